import type { ContentError } from "../errors/catalogue.ts";
import type { ArchiveResult } from "../model/archive.ts";
import type { Archive } from "../model/types.ts";
import { archiveKind } from "./archive.ts";
import { assetKind } from "./asset-files.ts";
import { articleKind } from "./article-views.ts";
import { SiteContext } from "./context.ts";
import { entityKind, quotesKind, taxonomyKind } from "./entity-views.ts";
import { homeKind } from "./home.ts";
import { feedKind } from "./feeds.ts";
import { notFoundKind } from "./not-found.ts";
import { robotsKind, sitemapKind, type KindTable } from "./sitemap.ts";
import { redirectKind, redirectsFileKind } from "./redirects.ts";
import { searchKind } from "./search.ts";
import { outputPath, weightOf, type PageKind, type PageRef, type PageSource } from "./page-kind.ts";

/**
 * Every kind of page the site has. Adding a kind: a module in src/views with
 * its `PageKind`, a line here, a layout in layouts/pages and a template in
 * layouts/templates.
 */
export const PAGE_KINDS = {
  home: homeKind,
  article: articleKind,
  taxonomy: taxonomyKind,
  entity: entityKind,
  quotes: quotesKind,
  archive: archiveKind,
  search: searchKind,
  redirect: redirectKind,
  redirectsFile: redirectsFileKind,
  feed: feedKind,
  notFound: notFoundKind,
  robots: robotsKind,
  sitemap: sitemapKind((): KindTable => PAGE_KINDS),
  asset: assetKind,
};

type Kinds = typeof PAGE_KINDS;
export type PageKindName = keyof Kinds;
export type RefOf<K extends PageKindName> = Kinds[K] extends PageKind<infer R, unknown> ? R : never;
export type ViewOf<K extends PageKindName> = Kinds[K] extends PageKind<PageRef, infer V> ? V : never;

/** What the templates get: pages of each kind to render, and the view model of each of them. */
export interface RenderData {
  readonly pages: { [K in PageKindName]: RefOf<K>[] };
  view<K extends PageKindName>(kind: K, ref: RefOf<K>): ViewOf<K>;
}

/**
 * Every page of the site, by kind, and the view model of each of them,
 * built when that page is rendered.
 */
export class SiteViews implements RenderData {
  readonly context: SiteContext;
  readonly pages: { [K in PageKindName]: RefOf<K>[] };
  /** Content errors found while planning the pages (URLs claimed twice). */
  readonly errors: ContentError[];

  constructor(archive: Archive) {
    this.context = new SiteContext(archive);
    const pages = {} as { [K in PageKindName]: RefOf<K>[] };
    for (const kind of Object.keys(PAGE_KINDS) as PageKindName[]) {
      (pages as Record<PageKindName, PageRef[]>)[kind] = this.context.pagesOf(PAGE_KINDS[kind] as PageKind<PageRef, unknown>);
    }
    this.pages = pages;
    this.errors = urlClashes(Object.values(pages).flat() as PageRef[]);
  }

  /** The view model of one page. */
  view<K extends PageKindName>(kind: K, ref: RefOf<K>): ViewOf<K> {
    return (PAGE_KINDS[kind] as unknown as PageKind<RefOf<K>, ViewOf<K>>).view(ref, this.context);
  }

  /** How many files the pages make. */
  get pageCount(): number {
    return Object.values(this.pages).reduce((n, list) => n + list.length, 0);
  }

  /**
   * The pages in batches weighing at most `size` article pages (a page
   * kind's `weight`; a page heavier than `size` gets a batch of its own),
   * each a `RenderData` of its own, in registry order: Eleventy holds every
   * page of a run in memory until the run ends, so rendering a large site in
   * batches bounds the memory.
   */
  batches(size: number): RenderData[] {
    const kinds = Object.keys(this.pages) as PageKindName[];
    const empty = () => Object.fromEntries(kinds.map((k) => [k, [] as PageRef[]])) as Record<PageKindName, PageRef[]>;
    const batches: RenderData[] = [];
    let pages = empty();
    /** What the open batch weighs; 0 while it is empty (every weight is positive). */
    let weight = 0;
    const close = () => {
      batches.push({ pages: pages as RenderData["pages"], view: (kind, ref) => this.view(kind, ref) });
      pages = empty();
      weight = 0;
    };
    for (const kind of kinds) {
      const pageKind = PAGE_KINDS[kind] as PageKind<PageRef, unknown>;
      for (const ref of this.pages[kind] as PageRef[]) {
        const each = weightOf(pageKind, ref, this.context);
        if (weight > 0 && weight + each > size) close();
        pages[kind].push(ref);
        weight += each;
      }
    }
    if (weight > 0) close();
    return batches;
  }
}

/**
 * The views of a loaded archive, or every content error found: the
 * archive's own, then the page plan's (a URL claimed twice). What build,
 * check and serve all do after reading the content.
 */
export function planSite(result: ArchiveResult): { ok: true; views: SiteViews } | { ok: false; errors: ContentError[] } {
  if (!result.ok) return result;
  const views = new SiteViews(result.archive);
  return views.errors.length > 0 ? { ok: false, errors: views.errors } : { ok: true, views };
}

/**
 * Two pages written to one file: a content error when a content file asked
 * for one of them (a redirect path), naming both files; otherwise a fault in
 * Clippings' URL plan.
 */
function urlClashes(pages: readonly PageRef[]): ContentError[] {
  const byFile = new Map<string, PageRef>();
  const errors: ContentError[] = [];
  for (const page of pages) {
    const file = outputPath(page.url);
    const first = byFile.get(file);
    if (!first) {
      byFile.set(file, page);
      continue;
    }
    // Reported on the later file (by path), naming the other, as for articles' URLs.
    const pageIsLater = !first.source || (page.source !== undefined && sourceKey(page.source) > sourceKey(first.source));
    const [claimant, other] = pageIsLater ? [page, first] : [first, page];
    if (!claimant.source) throw new Error(`two pages are written to ${file}: ${first.url} and ${page.url}`);
    const owner = other.source ? `${other.source.file} (${other.source.field})` : `the page ${other.url}`;
    errors.push({
      code: "duplicate-url",
      file: claimant.source.file,
      ...(claimant.source.line ? { line: claimant.source.line } : {}),
      field: claimant.source.field,
      message: `${claimant.url} is already taken by ${owner}; choose another path`,
    });
  }
  return errors;
}

function sourceKey(source: PageSource): string {
  return `${source.file}\u0000${source.field}`;
}
