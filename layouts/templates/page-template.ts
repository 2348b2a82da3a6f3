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
 * Eleventy keeps every page of a run in memory until the run ends. A layout
 * joins its page from many pieces, and V8 may keep such a string as a tree
 * of them (a rope) until something reads it, far larger than the text; so
 * the page is made one flat string here (`flat`). At 10,000 articles without
 * search, on the corpus of another shape: 0.96 GB kept as ropes, 0.78-0.79 GB
 * flat, and 1.2 s faster than sending the page's UTF-8 bytes, as the build
 * did when Eleventy decoded a Buffer back to a string before writing it
 * (docs/performance.md); now that a Buffer is written as it is
 * (src/write/template-render.ts), every page as bytes still took ~1 s more
 * CPU and no less memory. Bytes a layout made itself (an Atom feed, put
 * together from entries kept as bytes) pass as they are.
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
      return typeof page === "string" ? flat(page) : page.then(flat);
    },
  };
}

/**
 * `text`, made one flat string in memory: reading a character of a rope
 * makes V8 copy its pieces into one string, which the rope then points to,
 * and the pieces can be let go.
 */
function flat(text: string): string {
  text.charCodeAt(0);
  return text;
}
