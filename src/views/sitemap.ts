import { latestDate } from "../model/queries.ts";
import type { ModelDate } from "../model/types.ts";
import type { SiteContext } from "./context.ts";
import { outputPath, pageKind, type PageKind, type PageRef } from "./page-kind.ts";
import { isoDateTime } from "./format.ts";

/**
 * `/sitemap.xml` and `/robots.txt`. The sitemap lists every HTML page of
 * every kind in the registry (see `PageKind` in page-kind.ts for how a kind
 * stays out or gives its `<lastmod>`). Past `limit` URLs (50,000, the
 * sitemaps.org maximum) `/sitemap.xml` becomes a sitemap index of
 * `/sitemap-1.xml`, `/sitemap-2.xml` …, each holding up to `limit` URLs.
 */
export const SITEMAP_URL_LIMIT = 50_000;
export const SITEMAP_URL = "/sitemap.xml";

/** A page in a sitemap, or a sitemap file in the index. */
export interface SitemapEntry {
  url: string;
  lastModified?: ModelDate;
}

export interface SitemapRef extends PageRef {
  /** `urlset`: pages; `index`: the sitemap files. */
  type: "urlset" | "index";
  entries: SitemapEntry[];
}

export interface SitemapView {
  type: "urlset" | "index";
  /** Absolute URLs; `lastmod` an RFC 3339 date-time. */
  items: { loc: string; lastmod?: string }[];
}

export interface RobotsView {
  sitemapUrl: string;
}

/** The registry's kinds, read when the pages are listed (the registry lists the sitemap kind too). */
export type KindTable = Readonly<Record<string, PageKind<PageRef, unknown>>>;

/**
 * The sitemap of the kinds `kinds()` returns. A function, so that the
 * registry can name this kind and itself in one object.
 */
export function sitemapKind(kinds: () => KindTable, limit = SITEMAP_URL_LIMIT): PageKind<SitemapRef, SitemapView> {
  return pageKind<SitemapRef, SitemapView>({
    list: (context) => sitemapFiles(sitemapEntries(Object.values(kinds()), context), limit),
    view: (ref, context) => sitemapView(ref, context),
    sitemap: false,
    // Every URL and last change it lists: `serve` renders the sitemap again
    // only when one of them changes, not after every edit (rendering it took
    // ~130 ms of a ~700 ms edit at 10,000 articles).
    dependsOn: (ref) => ({ articles: [], shows: ref.entries.map((e) => (e.lastModified ? `${e.url} ${isoDateTime(e.lastModified)}` : e.url)) }),
  });
}

/** `/robots.txt`: everything may be crawled; where the sitemap is. */
export const robotsKind = pageKind<PageRef, RobotsView>({
  list: () => [{ url: "/robots.txt" }],
  view: (_, context) => ({ sitemapUrl: context.absolute(SITEMAP_URL) }),
  sitemap: false,
});

/** Every page of `kinds` the sitemap lists, in registry order, with its last change where known. */
export function sitemapEntries(kinds: readonly PageKind<PageRef, unknown>[], context: SiteContext): SitemapEntry[] {
  const entries: SitemapEntry[] = [];
  for (const kind of kinds) {
    if (kind.sitemap === false) continue;
    for (const ref of context.pagesOf(kind)) {
      if (!outputPath(ref.url).endsWith(".html")) continue;
      const changed = kind.lastModified?.(ref, context);
      entries.push(changed ? { url: ref.url, lastModified: changed } : { url: ref.url });
    }
  }
  return entries;
}

/** `/sitemap.xml` alone, or, past `limit` entries, an index of `/sitemap-N.xml` files of `limit` entries each. */
export function sitemapFiles(entries: SitemapEntry[], limit = SITEMAP_URL_LIMIT): SitemapRef[] {
  if (!Number.isInteger(limit) || limit < 1) throw new Error(`sitemap limit must be a whole number from 1: ${limit}`);
  if (entries.length <= limit) return [{ url: SITEMAP_URL, type: "urlset", entries }];
  const files: SitemapRef[] = [];
  for (let start = 0; start < entries.length; start += limit) {
    files.push({ url: `/sitemap-${files.length + 1}.xml`, type: "urlset", entries: entries.slice(start, start + limit) });
  }
  const index = files.map((file) => {
    const changed = latestDate(file.entries.map((e) => e.lastModified));
    return changed ? { url: file.url, lastModified: changed } : { url: file.url };
  });
  return [{ url: SITEMAP_URL, type: "index", entries: index }, ...files];
}

export function sitemapView(ref: SitemapRef, context: SiteContext): SitemapView {
  return {
    type: ref.type,
    items: ref.entries.map((e) => ({ loc: context.absolute(e.url), ...(e.lastModified ? { lastmod: isoDateTime(e.lastModified) } : {}) })),
  };
}
