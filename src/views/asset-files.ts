import { pageKind, type PageRef } from "./page-kind.ts";

export interface AssetRef extends PageRef {
  content: string;
}

/** Text assets written as they are: the stylesheet (under its hashed name) and the site icon. */
export const assetKind = pageKind<AssetRef, string>({
  list: ({ stylesheet, favicon }) => [
    { url: stylesheet.url, content: stylesheet.content },
    { url: favicon.url, content: favicon.content },
  ],
  view: (ref) => ref.content,
  sitemap: false,
});
