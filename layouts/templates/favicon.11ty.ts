import type { SiteViews } from "../../src/views/site-views.ts";

type Data = { clippings: SiteViews };

export const data = {
  permalink: (d: Data) => d.clippings.favicon.url,
};

export const render = (d: Data) => d.clippings.favicon.content;
