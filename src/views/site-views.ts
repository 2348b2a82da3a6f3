import { TAXONOMIES, type Taxonomy } from "../schema/article.ts";
import type { Archive, Article, Entity } from "../model/types.ts";
import { articlePageView, articleTeaser } from "./article-views.ts";
import { stylesheetAsset } from "./assets.ts";
import { pageChrome } from "./chrome.ts";
import { entityPageView, QUOTES_ON_ENTITY_PAGE, quotesPageView, taxonomyPageView } from "./entity-views.ts";
import { TAXONOMY_LABELS } from "./labels.ts";
import { pageCount, pageItems, pageUrl, paginationView } from "./paginate.ts";
import type { ArticlePageView, EntityPageView, ListingPageView, QuotesPageView, TaxonomyPageView } from "./types.ts";

/** One page to write: its URL and what its view is built from. */
export type PageRef =
  | { kind: "home"; url: string; page: number; total: number }
  | { kind: "article"; url: string; article: Article }
  | { kind: "taxonomy"; url: string; taxonomy: Taxonomy }
  | { kind: "entity"; url: string; entity: Entity; page: number; total: number }
  | { kind: "quotes"; url: string; entity: Entity; page: number; total: number };

export type PageKind = PageRef["kind"];
export type RefOf<K extends PageKind> = Extract<PageRef, { kind: K }>;

/** The view model of each kind of page. */
export interface ViewOf {
  home: ListingPageView;
  article: ArticlePageView;
  taxonomy: TaxonomyPageView;
  entity: EntityPageView;
  quotes: QuotesPageView;
}

/**
 * Everything the templates get: the list of pages of each kind, and the view
 * model of any of them, built when the page is rendered (so that no more
 * than one page's view is in memory at a time).
 */
export class SiteViews {
  readonly pages: { [K in PageKind]: RefOf<K>[] };
  readonly stylesheet: { url: string; content: string };

  constructor(readonly archive: Archive) {
    this.stylesheet = stylesheetAsset();
    this.pages = listPages(archive);
  }

  /** The view model of any page. */
  view<K extends PageKind>(ref: RefOf<K>): ViewOf[K] {
    const r = ref as PageRef;
    switch (r.kind) {
      case "home":
        return this.home(r) as ViewOf[K];
      case "article":
        return this.article(r) as ViewOf[K];
      case "taxonomy":
        return this.taxonomy(r) as ViewOf[K];
      case "entity":
        return this.entity(r) as ViewOf[K];
      case "quotes":
        return this.quotes(r) as ViewOf[K];
    }
  }

  home(ref: RefOf<"home">): ListingPageView {
    const { site, articles } = this.archive;
    return {
      chrome: this.chrome(ref.url, ref.page === 1 ? undefined : `Latest articles, page ${ref.page}`, "home"),
      heading: ref.page === 1 ? "Latest articles" : `Latest articles, page ${ref.page} of ${ref.total}`,
      ...(ref.page === 1 && site.description ? { intro: site.description } : {}),
      articles: pageItems(articles, ref.page, site.pageSize).map(articleTeaser),
      ...optional("pagination", paginationView("/", ref.page, ref.total)),
    };
  }

  article(ref: RefOf<"article">): ArticlePageView {
    const a = ref.article;
    return articlePageView(a, this.archive.site, this.chrome(a.url, a.title, "none", a.summary, a.lang));
  }

  taxonomy(ref: RefOf<"taxonomy">): TaxonomyPageView {
    const label = TAXONOMY_LABELS[ref.taxonomy].plural;
    return taxonomyPageView(ref.taxonomy, this.archive.entities[ref.taxonomy], this.chrome(ref.url, label, ref.taxonomy));
  }

  entity(ref: RefOf<"entity">): EntityPageView {
    const e = ref.entity;
    const title = ref.page === 1 ? e.name : `${e.name}, page ${ref.page}`;
    const description = e.description ?? `${TAXONOMY_LABELS[e.taxonomy].singular}: ${e.name}. Articles, quotes and figures in ${this.archive.site.title}.`;
    return entityPageView(e, ref.page, ref.total, this.archive.site, this.chrome(ref.url, title, e.taxonomy, description));
  }

  quotes(ref: RefOf<"quotes">): QuotesPageView {
    const e = ref.entity;
    const title = ref.page === 1 ? `Quotes by ${e.name}` : `Quotes by ${e.name}, page ${ref.page}`;
    return quotesPageView(e, ref.page, ref.total, this.archive.site, this.chrome(ref.url, title, e.taxonomy, `Every quote by ${e.name} in ${this.archive.site.title}.`));
  }

  private chrome(url: string, title: string | undefined, section: Parameters<typeof pageChrome>[2]["section"], description?: string, lang?: string) {
    return pageChrome(this.archive.site, this.stylesheet.url, {
      url,
      section,
      ...(title ? { title } : {}),
      ...(description ? { description } : {}),
      ...(lang ? { lang } : {}),
    });
  }
}

/** Every page of the site, by kind, in a fixed order. */
export function listPages(archive: Archive): SiteViews["pages"] {
  const size = archive.site.pageSize;
  const homeTotal = pageCount(archive.articles.length, size);
  const pages: SiteViews["pages"] = {
    home: range(homeTotal).map((page) => ({ kind: "home", url: pageUrl("/", page), page, total: homeTotal })),
    article: archive.articles.map((article) => ({ kind: "article", url: article.url, article })),
    taxonomy: TAXONOMIES.map((taxonomy) => ({ kind: "taxonomy", url: `/${taxonomy}/`, taxonomy })),
    entity: [],
    quotes: [],
  };
  for (const taxonomy of TAXONOMIES) {
    for (const entity of archive.entities[taxonomy]) {
      const total = pageCount(entity.articles.length, size);
      for (const page of range(total)) pages.entity.push({ kind: "entity", url: pageUrl(entity.url, page), entity, page, total });
      if (entity.quotes.length > QUOTES_ON_ENTITY_PAGE) {
        const quoteTotal = pageCount(entity.quotes.length, size);
        for (const page of range(quoteTotal)) {
          pages.quotes.push({ kind: "quotes", url: pageUrl(`${entity.url}quotes/`, page), entity, page, total: quoteTotal });
        }
      }
    }
  }
  return pages;
}

function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i + 1);
}

function optional<K extends string, T>(key: K, value: T | undefined): { [P in K]?: T } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: T };
}
