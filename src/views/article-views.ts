import { LISTED_TAXONOMIES } from "../schema/article.ts";
import type { SiteSettings } from "../schema/site.ts";
import type { Article, Figure, Quote } from "../model/types.ts";
import { formatDate, formatFigureValue, formatPartialDate, isoDateTime } from "./format.ts";
import { TAXONOMY_LABELS } from "./labels.ts";
import type { SiteContext } from "./context.ts";
import { articleBodyHtml } from "./feeds.ts";
import { leadImageView } from "./images.ts";
import { articleStructuredData } from "./structured-data.ts";
import { PAGE_UNIT_BYTES, pageKind, type PageRef } from "./page-kind.ts";
import type { ArticlePageView, ArticleTeaser, FigureView, QuoteView } from "./types.ts";

/** How many related articles an article page shows. */
export const RELATED_ARTICLES = 5;

/** An article in a listing. */
export function articleTeaser(article: Article): ArticleTeaser {
  return {
    href: article.url,
    title: article.title,
    summary: article.summary,
    lang: article.lang,
    published: formatDate(article.date, article.lang),
    source: article.source.entity.name,
  };
}

export function quoteView(quote: Quote, article: Article, withArticle: boolean): QuoteView {
  return {
    text: quote.text,
    speaker: { href: quote.speaker.url, text: quote.speaker.name },
    ...(quote.role ? { role: quote.role } : {}),
    ...(quote.context ? { context: quote.context } : {}),
    lang: article.lang,
    ...(withArticle ? { from: { href: article.url, text: article.title, published: formatDate(article.date, article.lang) } } : {}),
  };
}

export function figureView(figure: Figure, article: Article, site: SiteSettings, withArticle: boolean): FigureView {
  const value = formatFigureValue(figure, article.lang);
  return {
    value,
    longValue: [...value].length > 9,
    ...(figure.qualifier ? { qualifier: figure.qualifier } : {}),
    label: figure.label,
    ...(figure.attribution ? { attribution: figure.attribution } : {}),
    ...(figure.asOf ? { asOf: formatPartialDate(figure.asOf, article.lang, site.timeZone) } : {}),
    lang: article.lang,
    ...(withArticle ? { from: { href: article.url, text: article.title, published: formatDate(article.date, article.lang) } } : {}),
  };
}

export interface ArticleRef extends PageRef {
  article: Article;
}

/** One page per published article. */
export const articleKind = pageKind<ArticleRef, ArticlePageView>({
  list: ({ archive }) => archive.articles.map((article) => ({ url: article.url, article })),
  view: ({ article }, context) => articlePageView(article, context),
  lastModified: ({ article }) => article.lastModified,
  // ~11.4 KB of page around the body's HTML, about as long as its Markdown
  // (17 KB for 5.6 KB of body, 22.8 KB for 11.2 KB: two corpora, measured).
  weigh: ({ article }) => (11_400 + article.body.byteLength) / PAGE_UNIT_BYTES,
  // The related articles are left out: after an edit they refresh on the next full build.
  dependsOn: ({ article }) => ({ articles: [article] }),
});

/** The article page. */
export function articlePageView(article: Article, context: SiteContext): ArticlePageView {
  const { site } = context;
  const source = article.source;
  const image = leadImageView(article, context);
  return {
    chrome: context.chrome({
      url: article.url,
      title: article.title,
      section: "none",
      description: article.summary,
      lang: article.lang,
      social: {
        type: "article",
        publishedTime: isoDateTime(article.date),
        modifiedTime: isoDateTime(article.lastModified),
        tags: [...LISTED_TAXONOMIES.flatMap((t) => article.entities[t].map((e) => e.name))],
        ...(image ? { image: { url: context.absolute(image.src), alt: image.alt } } : {}),
      },
      structuredData: articleStructuredData(article, context, image && context.absolute(image.src)),
    }),
    lang: article.lang,
    title: article.title,
    summary: article.summary,
    published: formatDate(article.date, article.lang),
    ...(article.updated ? { updated: formatDate(article.updated, article.lang) } : {}),
    source: {
      name: source.entity.name,
      href: source.entity.url,
      ...(source.url ? { reportUrl: source.url } : {}),
      ...(source.author ? { author: source.author } : {}),
    },
    authors: article.authors,
    bodyHtml: articleBodyHtml(article, context),
    quotes: article.quotes.map((q) => quoteView(q, article, false)),
    figures: article.figures.map((f) => figureView(f, article, site, false)),
    entityGroups: [
      ...LISTED_TAXONOMIES.filter((t) => article.entities[t].length > 0).map((t) => ({
        label: TAXONOMY_LABELS[t].plural,
        entities: article.entities[t].map((e) => ({ href: e.url, text: e.name })),
      })),
      { label: TAXONOMY_LABELS.sources.singular, entities: [{ href: source.entity.url, text: source.entity.name }] },
    ],
    corrections: article.corrections.map((c) => ({ date: formatDate(c.date, article.lang), text: c.text })),
    related: context.related.find(article, RELATED_ARTICLES).map(({ article: other }) => articleTeaser(other)),
    ...(image ? { image } : {}),
  };
}
