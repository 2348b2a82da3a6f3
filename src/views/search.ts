import { ownCopy, utf8Text } from "../parse/utf8.ts";
import { plainText } from "../model/plain-text.ts";
import type { Article } from "../model/types.ts";
import { TAXONOMIES, type Taxonomy } from "../schema/article.ts";
import type { SiteContext } from "./context.ts";
import { TAXONOMY_LABELS } from "./labels.ts";
import { pageKind, type PageRef } from "./page-kind.ts";
import type { Link, PageChrome } from "./types.ts";

/**
 * Where the search bundle is written and served: Pagefind's UI files, the
 * module that searches all parts of the index at once (`pagefind.js`), and
 * one Pagefind index per part of the archive (`part-1/`, `part-2/`, …).
 */
export const SEARCH_BUNDLE = "/pagefind/";

/**
 * Articles per part of the search index. Pagefind's binary holds a whole
 * index in memory until it is written, ~0.25 MB per article (2.4 GB at
 * 10,000 articles, 8 GB at 50,000); indexing the archive in parts, one after
 * another, bounds that by the size of a part (1.3 GB at 5,000). Each part
 * costs a reader's first search ~85 KB more (its own copy of Pagefind's
 * engine), so parts are not made smaller than memory needs: at 10,000
 * articles, parts of 2,000 peaked at 1.9 GB in all against 2.4 GB, but
 * the first search fetched 1.0 MB against 0.57 MB (docs/search.md).
 */
export const SEARCH_PART_SIZE = 5000;

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
  /** `date`: the publication instant in UTC, ISO 8601, so string order is time order (none on a vocabulary record). */
  sort: { date?: string };
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
  /** The body's Markdown, as UTF-8 bytes (`Article.body`). */
  body: Uint8Array;
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
  const body = plainText(utf8Text(source.body));
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

/** One part of the search index: its folder in the bundle and what its records are made from. */
export interface SearchPart {
  /** The part's folder, relative to the bundle: `part-1/`, … */
  folder: string;
  sources: SearchSource[];
}

/**
 * The archive's articles in parts of `partSize`, counted from the oldest
 * article, so that a new article changes only the newest part's index (an
 * unchanged part is byte-identical and need not be uploaded again). Parts
 * are listed newest first; each holds a contiguous run of the archive's date
 * order, which is how the search page's module keeps results in date order
 * across parts. An empty archive has one empty part.
 */
export function searchParts(context: SiteContext, partSize = SEARCH_PART_SIZE): SearchPart[] {
  if (!Number.isInteger(partSize) || partSize < 1) throw new RangeError(`a search part holds at least 1 article, not ${partSize}`);
  const oldestFirst = searchSources(context).reverse();
  const parts: SearchPart[] = [];
  for (let start = 0; start === 0 || start < oldestFirst.length; start += partSize) {
    // Oldest first here; reversed back to newest first within each part and across parts.
    parts.push({ folder: `part-${parts.length + 1}/`, sources: oldestFirst.slice(start, start + partSize).reverse() });
  }
  return parts.reverse();
}

/**
 * The filter that marks a part's vocabulary record; the search module
 * leaves it out of every search and every filter list.
 */
export const VOCABULARY_FILTER = "vocabulary";

/** Whether an index of `parts` parts holds a vocabulary record in each (`Vocabulary`): when it has several. */
export function hasVocabulary(parts: number): boolean {
  return parts > 1;
}

/**
 * The vocabulary record of each part when the index has several: one record
 * holding every word of the whole archive once. Pagefind, finding no word
 * that starts with a search term in an index, matches the longest indexed
 * word the term starts with instead ("alert" matches "a"): in an index of
 * one part, a word found only in other parts would match unrelated
 * articles, which could outrank the real matches. With every word of the
 * archive in every part, a part falls back only when the whole archive
 * would, to the same word. Words are added as records are made (all in the
 * site's language); the record is made once, when asked for.
 */
export class Vocabulary {
  private readonly words = new Set<string>();
  private language: string | undefined;
  private made: SearchRecord | undefined;

  add(record: SearchRecord): void {
    this.language ??= record.language;
    for (const word of record.meta.title.split(/\s+/u)) this.keep(word);
    for (const word of record.content.split(/\s+/u)) this.keep(word);
    this.made = undefined;
  }

  /**
   * A word split from a record's text may be a view of the whole text (V8
   * slices strings of 13 characters or more): kept as it is, it would keep
   * that text alive to the end of the index, ~300 MB of record texts at
   * 50,000 articles whose words are often new (numbers, dates, links).
   */
  private keep(word: string): void {
    if (!this.words.has(word)) this.words.add(ownCopy(word));
  }

  /** The vocabulary record of every record added so far. */
  record(): SearchRecord {
    this.words.delete("");
    this.made ??= { url: "/search/vocabulary/", language: this.language ?? "en", content: [...this.words].join(" "), meta: { title: "" }, filters: { [VOCABULARY_FILTER]: ["all"] }, sort: {} };
    return this.made;
  }
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
