import type { Article, Entity, ModelDate } from "../model/types.ts";
import type { SiteContext } from "./context.ts";

/** Where a page comes from, for errors about its URL. */
export interface PageSource {
  file: string;
  field: string;
  line?: number;
}

/** One page (or file) to write: its URL and what its view is built from. */
export interface PageRef {
  url: string;
  /** The content file that asked for this page, where one did. */
  source?: PageSource;
}

/**
 * A kind of page: how to list every page of the kind, and how to build one
 * page's view model. Views are built when a page is rendered, so only one
 * page's view is in memory at a time.
 *
 * The sitemap (src/views/sitemap.ts) lists every HTML page (a URL written as
 * a `.html` file) of every kind, unless the kind says `sitemap: false`: pages
 * search engines should not index (404, redirects), and files that are no
 * pages (feeds, robots.txt, the sitemap itself). `lastModified` gives a
 * page's `<lastmod>`: for an article its `lastModified`, for a listing the
 * newest `lastModified` of the articles it shows; without it the page is
 * listed with no date.
 */
export interface PageKind<R extends PageRef, V> {
  list(context: SiteContext): R[];
  view(ref: R, context: SiteContext): V;
  /** `false`: leave this kind's pages out of the sitemap. */
  sitemap?: false;
  /** When this page last changed, for the sitemap; `undefined` when nothing says. */
  lastModified?(ref: R, context: SiteContext): ModelDate | undefined;
  /**
   * What the page shows from the archive, for `serve`, which re-renders after
   * an edit only the pages whose list of articles changed or that show an
   * edited article or an entity it names (src/views/changed-pages.ts).
   * Without it, the page is re-rendered after every edit.
   */
  dependsOn?(ref: R, context: SiteContext): PageDependencies | undefined;
  /**
   * How much one page's output weighs against an average article page's,
   * `PAGE_UNIT_BYTES`, estimated from what it shows (positive; 1 when
   * unsaid). Eleventy keeps a whole batch's output in memory until the
   * batch ends, so batches are filled by weight (`SiteViews.batches`).
   */
  weigh?(ref: R, context: SiteContext): number;
}

/**
 * The weight of one page: an average article page of the bench corpus,
 * ~17 KB of HTML (docs/performance.md). Article pages, feeds and entity
 * pages are weighed by their estimated bytes against it, so that a batch
 * of long articles, or of entity pages with long coverage charts, holds
 * fewer of them.
 */
export const PAGE_UNIT_BYTES = 17_000;

/** What a page of `kind` weighs (`PageKind.weigh`). */
export function weightOf<R extends PageRef>(kind: PageKind<R, unknown>, ref: R, context: SiteContext): number {
  return kind.weigh?.(ref, context) ?? 1;
}

export interface PageDependencies {
  /** The articles the page shows, in order. */
  articles: readonly Article[];
  /** Entities whose every change the page shows (an entity's first page: its quotes, figures, neighbours). */
  entities?: readonly Entity[];
  /** Other pages it links to that come and go with the archive (previous, next). */
  links?: readonly string[];
  /** Anything else it shows that an edit can change, as text (the sitemap: every page's URL and last change). */
  shows?: readonly string[];
}

export function pageKind<R extends PageRef, V>(kind: PageKind<R, V>): PageKind<R, V> {
  return kind;
}

/** The file a URL is written to: `/a/b/` -> `a/b/index.html`, `/feed.xml` -> `feed.xml`. */
export function outputPath(url: string): string {
  const path = url.replace(/^\/+/, "");
  return url.endsWith("/") ? `${path}index.html` : path;
}
