import { lastModified } from "../model/queries.ts";
import type { Article, ModelDate } from "../model/types.ts";
import { articleKind } from "./article-views.ts";
import type { SiteContext } from "./context.ts";
import { entityKind, FIGURES_ON_ENTITY_PAGE, quotesKind, QUOTES_ON_ENTITY_PAGE, taxonomyKind } from "./entity-views.ts";
import { homeKind } from "./home.ts";
import { outputPath, pageKind, type PageKind, type PageRef } from "./page-kind.ts";
import { pageItems } from "./paginate.ts";
import { redirectKind } from "./redirects.ts";
import { isoDateTime } from "./structured-data.ts";

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

type LastModified = (ref: PageRef, context: SiteContext) => ModelDate | undefined;

/**
 * The sitemap of the kinds `kinds()` returns. A function, so that the
 * registry can name this kind and itself in one object.
 */
export function sitemapKind(kinds: () => KindTable, limit = SITEMAP_URL_LIMIT): PageKind<SitemapRef, SitemapView> {
  return pageKind<SitemapRef, SitemapView>({
    list: (context) => sitemapFiles(sitemapEntries(Object.values(kinds()), context), limit),
    view: (ref, context) => sitemapView(ref, context),
    sitemap: false,
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
    const earlier = EARLIER_KINDS.get(kind);
    if (kind.sitemap === false || earlier === false) continue;
    const lastModifiedOf: LastModified | undefined = kind.lastModified ?? earlier;
    for (const ref of kind.list(context)) {
      if (!outputPath(ref.url).endsWith(".html")) continue;
      const changed = lastModifiedOf?.(ref, context);
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
    const changed = newest(file.entries.map((e) => e.lastModified));
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

function newest(dates: Iterable<ModelDate | undefined>): ModelDate | undefined {
  let latest: ModelDate | undefined;
  for (const date of dates) if (date && (!latest || date.at > latest.at)) latest = date;
  return latest;
}

/** The newest `lastModified` of some articles (a listing's last change). */
export function newestChange(articles: Iterable<Article>): ModelDate | undefined {
  let latest: ModelDate | undefined;
  for (const article of articles) {
    const changed = lastModified(article);
    if (!latest || changed.at > latest.at) latest = changed;
  }
  return latest;
}

function* articlesOf<T extends { article: Article }>(items: Iterable<T>): Iterable<Article> {
  for (const item of items) yield item.article;
}

function policy<R extends PageRef>(kind: PageKind<R, unknown>, lastModifiedOf: ((ref: R, context: SiteContext) => ModelDate | undefined) | false) {
  // The map is read with the refs this same kind lists, so R is what it gets.
  return [kind as PageKind<PageRef, unknown>, lastModifiedOf as LastModified | false] as const;
}

/**
 * The sitemap policy of the kinds written before `PageKind` had `sitemap`
 * and `lastModified`. Each belongs in its kind's module (a line there); it is
 * kept here until those modules declare it. A kind's own fields win.
 */
const EARLIER_KINDS = new Map<PageKind<PageRef, unknown>, LastModified | false>([
  policy(homeKind, (ref, { archive, site }) => newestChange(pageItems(archive.articles, ref.page, site.pageSize))),
  policy(articleKind, (ref) => lastModified(ref.article)),
  policy(taxonomyKind, (ref, { archive }) => newestChange(archive.entities[ref.taxonomy].flatMap((e) => e.articles))),
  policy(entityKind, ({ entity, page }, { site }) =>
    newest([
      newestChange(pageItems(entity.articles, page, site.pageSize)),
      // The first page also shows the newest quotes and figures.
      ...(page === 1
        ? [newestChange(articlesOf(entity.quotes.slice(0, QUOTES_ON_ENTITY_PAGE))), newestChange(articlesOf(entity.figures.slice(0, FIGURES_ON_ENTITY_PAGE)))]
        : []),
    ]),
  ),
  policy(quotesKind, ({ entity, page }, { site }) => newestChange(articlesOf(pageItems(entity.quotes, page, site.pageSize)))),
  policy(redirectKind, false),
]);
