import type { SiteViews } from "../../src/views/site-views.ts";

type Data = { clippings: SiteViews };

export const data = {
  permalink: (d: Data) => d.clippings.stylesheet.url,
};

export const render = (d: Data) => d.clippings.stylesheet.content;
