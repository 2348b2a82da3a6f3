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
 */
export interface PageKind<R extends PageRef, V> {
  list(context: SiteContext): R[];
  view(ref: R, context: SiteContext): V;
}

export function pageKind<R extends PageRef, V>(kind: PageKind<R, V>): PageKind<R, V> {
  return kind;
}

/** The file a URL is written to: `/a/b/` -> `a/b/index.html`, `/feed.xml` -> `feed.xml`. */
export function outputPath(url: string): string {
  const path = url.replace(/^\/+/, "");
  return url.endsWith("/") ? `${path}index.html` : path;
}
