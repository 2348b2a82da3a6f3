import type { Article } from "../model/types.ts";
import { pageKind, type PageRef } from "./page-kind.ts";
import type { PageChrome } from "./types.ts";

export interface RedirectRef extends PageRef {
  /** The old path as written in `redirectFrom`. */
  from: string;
  article: Article;
}

export interface RedirectView {
  chrome: PageChrome;
  title: string;
  /** The article's path (the refresh and the link work on any host). */
  target: string;
  /** Its absolute URL, for the canonical link. */
  canonical: string;
}

export interface RedirectsFileView {
  /** `from to 301` lines, in archive order. */
  lines: string[];
}

/**
 * The page an old path becomes: `/old/path/` and `/old/path` are written as
 * `old/path/index.html`, a path with a file extension (`/story.html`) as that
 * file.
 */
export function redirectUrl(path: string): string {
  const last = path.split("/").pop() ?? "";
  return path.endsWith("/") || last.includes(".") ? path : `${path}/`;
}

function redirectRefs(articles: readonly Article[]): RedirectRef[] {
  return articles.flatMap((article) =>
    article.redirectFrom.map((from, i) => ({ url: redirectUrl(from), from, article, source: { file: article.file, field: `redirectFrom[${i}]` } })),
  );
}

/** A small page at every `redirectFrom` path that sends readers and crawlers on. */
export const redirectKind = pageKind<RedirectRef, RedirectView>({
  list: ({ archive }) => redirectRefs(archive.articles),
  sitemap: false,
  dependsOn: ({ article }) => ({ articles: [article] }),
  view: (ref, context) => ({
    chrome: context.chrome({ url: ref.article.url, title: ref.article.title, section: "none", noindex: true, lang: ref.article.lang }),
    title: ref.article.title,
    target: ref.article.url,
    canonical: context.absolute(ref.article.url),
  }),
});

/** `/_redirects`, for hosts that read one (Netlify, Cloudflare Pages): permanent redirects. */
export const redirectsFileKind = pageKind<PageRef, RedirectsFileView>({
  list: () => [{ url: "/_redirects" }],
  sitemap: false,
  view: (_, { archive }) => ({
    lines: redirectRefs(archive.articles).map((ref) => `${ref.from} ${ref.article.url} 301`),
  }),
});
