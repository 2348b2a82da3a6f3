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

/** The search record of one published article. */
export function searchRecord(article: Article, language: string): SearchRecord {
  const filters: Record<string, string[]> = {};
  for (const taxonomy of TAXONOMIES) {
    const entities = taxonomy === "sources" ? [article.source.entity] : article.entities[taxonomy];
    if (entities.length > 0) filters[filterName(taxonomy)] = entities.map((e) => e.name);
  }
  const body = plainText(article.body);
  // The default standfirst is the body's first paragraph (cut, with "…"): index that text once.
  const standfirst = article.summary.replace(/…$/u, "");
  const text = standfirst && !body.startsWith(standfirst) ? `${article.summary}\n${body}` : body;
  return {
    url: article.url,
    language,
    // Pagefind silently drops a record without text: an empty article is found by its headline.
    content: text || article.title,
    meta: { title: article.title },
    filters,
    sort: { date: article.date.at.toUTC().toISO()! },
  };
}

/**
 * Every published article's search record, newest first. All records are
 * indexed in the site's language, whatever each article's `lang`: Pagefind
 * writes one index per language and a search page loads only the index of
 * its own language, so per-article languages would hide every article not
 * in the site's language from /search/.
 */
export function searchRecords({ archive, site }: SiteContext): SearchRecord[] {
  return archive.articles.map((article) => searchRecord(article, site.language));
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
