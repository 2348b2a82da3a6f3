import { TAXONOMIES } from "../schema/article.ts";
import { articleTeaser } from "./article-views.ts";
import { TAXONOMY_LABELS } from "./labels.ts";
import { pageKind, type PageRef } from "./page-kind.ts";
import type { ArticleTeaser, Link, PageChrome } from "./types.ts";

/** How many of the newest articles the 404 page offers. */
export const NEWEST_ON_NOT_FOUND = 5;

export interface NotFoundView {
  chrome: PageChrome;
  heading: string;
  /** What happened and what to do, one paragraph each. */
  explanation: string[];
  /** The home page and the indexes, each with a line on what it holds. */
  ways: (Link & { description: string })[];
  newest: ArticleTeaser[];
}

/**
 * `/404.html`, which static hosts serve for a missing page (at any path, so
 * every link is root-relative). Not indexed and not in the sitemap.
 */
export const notFoundKind = pageKind<PageRef, NotFoundView>({
  list: () => [{ url: "/404.html" }],
  view: ({ url }, context) => {
    const { archive, site } = context;
    return {
      chrome: context.chrome({ url, title: "Page not found", section: "none", noindex: true, description: `There is no page at this address in ${site.title}.` }),
      heading: "Page not found",
      explanation: [
        "There is no page at this address. The link may be mistyped or cut short, or the page may have moved.",
        "Try the newest articles, or find a person, organisation, topic, place or source in the indexes below.",
      ],
      ways: [
        { href: "/", text: "Latest articles", description: `The newest articles in ${site.title}` },
        ...TAXONOMIES.map((t) => ({ href: `/${t}/`, text: TAXONOMY_LABELS[t].plural, description: TAXONOMY_LABELS[t].intro })),
      ],
      newest: archive.articles.slice(0, NEWEST_ON_NOT_FOUND).map(articleTeaser),
    };
  },
  sitemap: false,
});
