import { renderMarkdown } from "../markdown/markdown.ts";
import { TAXONOMIES, type Taxonomy } from "../schema/article.ts";
import { coOccurring, newestChange } from "../model/queries.ts";
import type { Article, Entity } from "../model/types.ts";
import { articleTeaser, figureView, quoteView } from "./article-views.ts";
import { articleCoverage } from "./coverage-chart.ts";
import { count } from "./format.ts";
import { TAXONOMY_LABELS } from "./labels.ts";
import { pageCount, pageItems, pageUrl, paginationView } from "./paginate.ts";
import type { SiteContext } from "./context.ts";
import { entityFeedLink } from "./feeds.ts";
import { entityStructuredData } from "./structured-data.ts";
import { PAGE_UNIT_BYTES, pageKind, type PageRef } from "./page-kind.ts";
import type { EntityPageView, Link, QuotesPageView, TaxonomyPageView } from "./types.ts";

/** How many quotes, figures and related entities an entity's first page shows. */
export const QUOTES_ON_ENTITY_PAGE = 5;
export const FIGURES_ON_ENTITY_PAGE = 12;
export const RELATED_ON_ENTITY_PAGE = 12;

export interface EntityRef extends PageRef {
  entity: Entity;
  page: number;
  total: number;
}

export interface TaxonomyRef extends PageRef {
  taxonomy: Taxonomy;
}

/** Every entity's pages: page 1 at its URL, then `page/2/` … */
export const entityKind = pageKind<EntityRef, EntityPageView>({
  list: ({ archive, site }) =>
    TAXONOMIES.flatMap((taxonomy) =>
      archive.entities[taxonomy].flatMap((entity) => paged(entity.url, entity.articles.length, site.pageSize, (url, page, total) => ({ url, entity, page, total }))),
    ),
  view: (ref, context) => entityPageView(ref.entity, ref.page, ref.total, context),
  weigh: ({ entity, page }, { site }) => entityPageBytes(entity, pageItems(entity.articles, page, site.pageSize), page) / PAGE_UNIT_BYTES,
  // Page 1 also shows the newest quotes and figures and the entities named alongside: every edit naming the entity can change it.
  dependsOn: ({ entity, page }, { site }) => ({ articles: pageItems(entity.articles, page, site.pageSize), ...(page === 1 ? { entities: [entity] } : {}) }),
  lastModified: ({ entity, page }, { site }) =>
    newestChange([
      ...pageItems(entity.articles, page, site.pageSize),
      // The first page also shows the newest quotes and figures.
      ...(page === 1 ? [...entity.quotes.slice(0, QUOTES_ON_ENTITY_PAGE), ...entity.figures.slice(0, FIGURES_ON_ENTITY_PAGE)].map((x) => x.article) : []),
    ]),
});

/**
 * About how large an entity page is, for the render batches: fitted to the
 * entity pages of three corpora (mean error 4.5 % on first pages, 1.7 % on
 * later ones). A first page grows with its teasers and with the months its
 * coverage chart and table span (25 years of them made the corpus of
 * another shape's first pages 47 KB); a later page with its teasers' text.
 */
function entityPageBytes(entity: Entity, shown: readonly Article[], page: number): number {
  if (page > 1) return shown.reduce((bytes, article) => bytes + 275 + article.title.length + article.summary.length, 4_000);
  const newest = entity.articles[0]?.date.at;
  const oldest = entity.articles.at(-1)?.date.at;
  const months = newest && oldest ? (newest.year - oldest.year) * 12 + newest.month - oldest.month + 1 : 0;
  return 6_700 + 690 * shown.length + 87 * months;
}

/** All quotes of a speaker, when the first page cannot show them all. */
export const quotesKind = pageKind<EntityRef, QuotesPageView>({
  list: ({ archive, site }) =>
    TAXONOMIES.flatMap((taxonomy) =>
      archive.entities[taxonomy]
        .filter((entity) => entity.quotes.length > QUOTES_ON_ENTITY_PAGE)
        .flatMap((entity) => paged(`${entity.url}quotes/`, entity.quotes.length, site.pageSize, (url, page, total) => ({ url, entity, page, total }))),
    ),
  view: (ref, context) => quotesPageView(ref.entity, ref.page, ref.total, context),
  dependsOn: ({ entity, page }, { site }) => ({ articles: pageItems(entity.quotes, page, site.pageSize).map((q) => q.article) }),
  lastModified: ({ entity, page }, { site }) => newestChange(pageItems(entity.quotes, page, site.pageSize).map((q) => q.article)),
});

/** One A-Z index per taxonomy. */
export const taxonomyKind = pageKind<TaxonomyRef, TaxonomyPageView>({
  list: () => TAXONOMIES.map((taxonomy) => ({ url: `/${taxonomy}/`, taxonomy })),
  // The articles of the taxonomy's entities are those naming one of them (a source: every article);
  // read from the articles, each once, not from every entity's list (~90,000 refs at 10,000 articles).
  lastModified: ({ taxonomy }, { archive }) => newestChange(taxonomy === "sources" ? archive.articles : archive.articles.filter((a) => a.entities[taxonomy].length > 0)),
  view: ({ taxonomy, url }, context) =>
    taxonomyPageView(taxonomy, context.archive.entities[taxonomy], context.chrome({ url, title: TAXONOMY_LABELS[taxonomy].plural, section: taxonomy })),
});

function paged<R>(base: string, items: number, pageSize: number, make: (url: string, page: number, total: number) => R): R[] {
  const total = pageCount(items, pageSize);
  return Array.from({ length: total }, (_, i) => make(pageUrl(base, i + 1), i + 1, total));
}

/** An entity page: its profile, quotes, figures and related entities on page 1, then its articles. */
export function entityPageView(entity: Entity, page: number, total: number, context: SiteContext): EntityPageView {
  const { site } = context;
  const first = page === 1;
  const labels = TAXONOMY_LABELS[entity.taxonomy];
  const description = entity.description ?? `${labels.singular}: ${entity.name}. Articles, quotes and figures in ${site.title}.`;
  const chrome = context.chrome({ url: pageUrl(entity.url, page), title: first ? entity.name : `${entity.name}, page ${page}`, section: entity.taxonomy, description, feeds: [entityFeedLink(entity)], structuredData: entityStructuredData(entity, pageUrl(entity.url, page), context) });
  const externalLinks: Link[] = [];
  if (entity.externalUrl) externalLinks.push({ href: entity.externalUrl, text: "Website" });
  if (entity.wikidata) externalLinks.push({ href: `https://www.wikidata.org/wiki/${entity.wikidata}`, text: `Wikidata (${entity.wikidata})` });
  const figures = first ? entity.figures.slice(0, FIGURES_ON_ENTITY_PAGE) : [];
  return {
    chrome,
    kindLabel: labels.singular,
    taxonomy: { href: `/${entity.taxonomy}/`, text: labels.plural },
    name: entity.name,
    ...(entity.description ? { description: entity.description } : {}),
    ...(first && entity.profile ? { profileHtml: renderMarkdown(entity.profile) } : {}),
    externalLinks: first ? externalLinks : [],
    articleCount: count(entity.articles.length, "article"),
    ...(first ? { coverage: articleCoverage(entity.articles, { locale: site.language }) } : {}),
    quotes: first ? entity.quotes.slice(0, QUOTES_ON_ENTITY_PAGE).map(({ quote, article }) => quoteView(quote, article, true)) : [],
    ...(first && entity.quotes.length > QUOTES_ON_ENTITY_PAGE
      ? { allQuotes: { href: `${entity.url}quotes/`, text: `All ${count(entity.quotes.length, "quote")} by ${entity.name}` } }
      : {}),
    figures: figures.map(({ figure, article }) => figureView(figure, article, site, true)),
    ...(first && entity.figures.length > figures.length ? { figuresNote: `The ${figures.length} newest of ${count(entity.figures.length, "figure")}.` } : {}),
    related: first
      ? coOccurring(entity, RELATED_ON_ENTITY_PAGE).map(({ entity: other, count: n }) => ({
          href: other.url,
          text: other.name,
          kind: TAXONOMY_LABELS[other.taxonomy].singular,
          count: n,
        }))
      : [],
    articles: pageItems(entity.articles, page, site.pageSize).map(articleTeaser),
    ...optionalPagination(paginationView(entity.url, page, total)),
    firstPage: first,
  };
}

/** All quotes of a person or organisation, newest first, paginated. */
export function quotesPageView(entity: Entity, page: number, total: number, context: SiteContext): QuotesPageView {
  const { site } = context;
  const chrome = context.chrome({
    url: pageUrl(`${entity.url}quotes/`, page),
    title: page === 1 ? `Quotes by ${entity.name}` : `Quotes by ${entity.name}, page ${page}`,
    section: entity.taxonomy,
    description: `Every quote by ${entity.name} in ${site.title}.`,
  });
  return {
    chrome,
    entity: { href: entity.url, text: entity.name },
    heading: `Quotes by ${entity.name}`,
    quotes: pageItems(entity.quotes, page, site.pageSize).map(({ quote, article }) => quoteView(quote, article, true)),
    ...optionalPagination(paginationView(`${entity.url}quotes/`, page, total)),
  };
}

/** Every entity of a taxonomy A-Z, grouped by initial, with article counts. */
export function taxonomyPageView(taxonomy: Taxonomy, entities: readonly Entity[], chrome: TaxonomyPageView["chrome"]): TaxonomyPageView {
  const groups = new Map<string, TaxonomyPageView["groups"][number]>();
  for (const entity of entities) {
    const letter = initial(entity.name);
    let group = groups.get(letter);
    if (!group) {
      group = { letter, id: `letter-${groups.size + 1}`, entries: [] };
      groups.set(letter, group);
    }
    group.entries.push({ href: entity.url, text: entity.name, count: count(entity.articles.length, "article") });
  }
  const labels = TAXONOMY_LABELS[taxonomy];
  return {
    chrome,
    heading: labels.plural,
    intro: `${labels.intro}: ${count(entities.length, labels.singular.toLowerCase(), taxonomy === "people" ? "people" : labels.plural.toLowerCase())}.`,
    groups: [...groups.values()],
  };
}

function initial(name: string): string {
  const first = Array.from(name.normalize("NFD").replace(/\p{M}/gu, ""))[0] ?? "#";
  return /\p{L}/u.test(first) ? first.toLocaleUpperCase() : "#";
}

function optionalPagination<T>(pagination: T | undefined): { pagination?: T } {
  return pagination ? { pagination } : {};
}
