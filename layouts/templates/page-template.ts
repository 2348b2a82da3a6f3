import type { PageKindName, RefOf, RenderData, ViewOf } from "../../src/views/site-views.ts";

/** What Eleventy passes a paginated template: the views and this page's reference. */
export interface PageData<K extends PageKindName> {
  clippings: RenderData;
  ref: RefOf<K>;
}

/**
 * An Eleventy template for every page of one kind: Eleventy paginates over
 * the page list one page at a time, and the layout renders the page's view.
 *
 * The page goes to Eleventy as its UTF-8 bytes, which are what is written
 * anyway: Eleventy keeps every page of a run in memory until the run ends,
 * and most pages are two-byte strings in V8 (src/parse/utf8.ts). At 10,000 articles
 * without search the build's peak went from 0.84-0.89 GB to 0.67-0.70 GB,
 * in the same time (docs/performance.md).
 */
export function pageTemplate<K extends PageKindName>(kind: K, layout: (view: ViewOf<K>) => string | Buffer | Promise<string>) {
  return {
    data: {
      pagination: { data: `clippings.pages.${kind}`, size: 1, alias: "ref" },
      permalink: (d: PageData<K>) => d.ref.url,
    },
    render: (d: PageData<K>) => {
      const page = layout(d.clippings.view(kind, d.ref));
      if (Buffer.isBuffer(page)) return page;
      return typeof page === "string" ? Buffer.from(page) : page.then((text) => Buffer.from(text));
    },
  };
}
