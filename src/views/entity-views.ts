import { renderMarkdown } from "../markdown/markdown.ts";
import type { Taxonomy } from "../schema/article.ts";
import type { SiteSettings } from "../schema/site.ts";
import { coOccurring } from "../model/queries.ts";
import type { Entity } from "../model/types.ts";
import { articleTeaser, figureView, quoteView } from "./article-views.ts";
import { count } from "./format.ts";
import { TAXONOMY_LABELS } from "./labels.ts";
import { pageItems, paginationView } from "./paginate.ts";
import type { EntityPageView, Link, PageChrome, QuotesPageView, TaxonomyPageView } from "./types.ts";

/** How many quotes, figures and related entities an entity's first page shows. */
export const QUOTES_ON_ENTITY_PAGE = 5;
export const FIGURES_ON_ENTITY_PAGE = 12;
export const RELATED_ON_ENTITY_PAGE = 12;

/** An entity page: its profile, quotes, figures and related entities on page 1, then its articles. */
export function entityPageView(entity: Entity, page: number, total: number, site: SiteSettings, chrome: PageChrome): EntityPageView {
  const first = page === 1;
  const labels = TAXONOMY_LABELS[entity.taxonomy];
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
export function quotesPageView(entity: Entity, page: number, total: number, site: SiteSettings, chrome: PageChrome): QuotesPageView {
  return {
    chrome,
    entity: { href: entity.url, text: entity.name },
    heading: `Quotes by ${entity.name}`,
    quotes: pageItems(entity.quotes, page, site.pageSize).map(({ quote, article }) => quoteView(quote, article, true)),
    ...optionalPagination(paginationView(`${entity.url}quotes/`, page, total)),
  };
}

/** Every entity of a taxonomy A-Z, grouped by initial, with article counts. */
export function taxonomyPageView(taxonomy: Taxonomy, entities: readonly Entity[], chrome: PageChrome): TaxonomyPageView {
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
