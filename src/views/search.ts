import { plainText } from "../model/plain-text.ts";
import type { Article } from "../model/types.ts";
import { TAXONOMIES, type Taxonomy } from "../schema/article.ts";
import type { SiteContext } from "./context.ts";
import { TAXONOMY_LABELS } from "./labels.ts";
import { pageKind, type PageRef } from "./page-kind.ts";
import type { Link, PageChrome } from "./types.ts";

/** Where Pagefind's bundle (index and UI files) is written and served. */
export const SEARCH_BUNDLE = "/pagefind/";

/**
 * One article as Pagefind indexes it. Pagefind 1.6 indexes every `meta`
 * value as searchable text, so `meta` holds only the headline (weighted
 * above the body by Pagefind); the date and source shown with a result are
 * read on the search page from the URL and the filters, not indexed.
 */
export interface SearchRecord {
  url: string;
  language: string;
  /** Standfirst (unless it is the body's opening) and body, as plain text. */
  content: string;
  meta: { title: string };
  /** Filter name (a taxonomy's plural label) -> displayed entity names. */
  filters: Record<string, string[]>;
  /** `date`: the publication instant in UTC, ISO 8601, so string order is time order. */
  sort: { date: string };
}

/** The filter a taxonomy's entities go into, by its displayed label. */
export function filterName(taxonomy: Taxonomy): string {
  return TAXONOMY_LABELS[taxonomy].plural;
}

/**
 * What one article's search record is made from: gathered on the main
 * thread (cheap), turned into the record by `recordOf` on the search worker,
 * where deriving the plain text (~1.3 s at 10,000 articles) does not hold up
 * rendering, or serve, which rebuilds the records after every edit.
 */
export interface SearchSource {
  url: string;
  language: string;
  title: string;
  summary: string;
  /** The body's Markdown. */
  body: string;
  filters: Record<string, string[]>;
  date: string;
}

/** What the search record of one published article is made from. */
export function searchSource(article: Article, language: string): SearchSource {
  const filters: Record<string, string[]> = {};
  for (const taxonomy of TAXONOMIES) {
    const entities = taxonomy === "sources" ? [article.source.entity] : article.entities[taxonomy];
    if (entities.length > 0) filters[filterName(taxonomy)] = entities.map((e) => e.name);
  }
  return { url: article.url, language, title: article.title, summary: article.summary, body: article.body, filters, date: article.date.at.toUTC().toISO()! };
}

/** The search record made from `source`. */
export function recordOf(source: SearchSource): SearchRecord {
  const body = plainText(source.body);
  // The default standfirst is the body's first paragraph (cut, with "…"): index that text once.
  const standfirst = source.summary.replace(/…$/u, "");
  const text = standfirst && !body.startsWith(standfirst) ? `${source.summary}\n${body}` : body;
  return {
    url: source.url,
    language: source.language,
    // Pagefind silently drops a record without text: an empty article is found by its headline.
    content: text || source.title,
    meta: { title: source.title },
    filters: source.filters,
    sort: { date: source.date },
  };
}

/** The search record of one published article. */
export function searchRecord(article: Article, language: string): SearchRecord {
  return recordOf(searchSource(article, language));
}

/**
 * What every published article's search record is made from, newest first.
 * All records are indexed in the site's language, whatever each article's
 * `lang`: Pagefind writes one index per language and a search page loads
 * only the index of its own language, so per-article languages would hide
 * every article not in the site's language from /search/.
 */
export function searchSources({ archive, site }: SiteContext): SearchSource[] {
  return archive.articles.map((article) => searchSource(article, site.language));
}

/** Every published article's search record, newest first (see `searchSources`). */
export function searchRecords(context: SiteContext): SearchRecord[] {
  return searchSources(context).map(recordOf);
}

export interface SearchPageView {
  chrome: PageChrome;
  heading: string;
  intro: string;
  /** Pagefind's UI, written by Pagefind into the bundle, and what the page's script needs. */
  ui: { script: string; bundlePath: string; sourceFilter: string };
  /** For readers without JavaScript: the browsable indexes. */
  browse: Link[];
}

/** The search page, `/search/`: Pagefind's UI over the index of every article. */
export const searchKind = pageKind<PageRef, SearchPageView>({
  list: () => [{ url: "/search/" }],
  view: (ref, context) => ({
    chrome: context.chrome({ url: ref.url, title: "Search", section: "search", stylesheets: [`${SEARCH_BUNDLE}pagefind-ui.css`], description: `Search the articles of ${context.site.title}.` }),
    heading: "Search",
    intro: "Search the text of every article; narrow the results by person, organisation, topic, place or source.",
    ui: {
      script: `${SEARCH_BUNDLE}pagefind-ui.js`,
      bundlePath: SEARCH_BUNDLE,
      sourceFilter: filterName("sources"),
    },
    browse: TAXONOMIES.map((t) => ({ href: `/${t}/`, text: TAXONOMY_LABELS[t].plural })),
  }),
});
