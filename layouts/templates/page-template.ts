import type { PageKindName, RefOf, RenderData, ViewOf } from "../../src/views/site-views.ts";

/** What Eleventy passes a paginated template: the views and this page's reference. */
export interface PageData<K extends PageKindName> {
  clippings: RenderData;
  ref: RefOf<K>;
}

/**
 * An Eleventy template for every page of one kind: Eleventy paginates over
 * the page list one page at a time, and the layout renders the page's view.
 */
export function pageTemplate<K extends PageKindName>(kind: K, layout: (view: ViewOf<K>) => string | Promise<string>) {
  return {
    data: {
      pagination: { data: `clippings.pages.${kind}`, size: 1, alias: "ref" },
      permalink: (d: PageData<K>) => d.ref.url,
    },
    render: (d: PageData<K>) => layout(d.clippings.view(kind, d.ref)),
  };
}
