import { renderForPageAndFeed, type PageAndFeedHtml } from "../markdown/markdown.ts";
import type { Article } from "../model/types.ts";
import type { SiteContext } from "./context.ts";

/**
 * An article's body as HTML, for its page and for the feeds that show it,
 * rendered once per build per article object (one Markdown parse for both;
 * the same string when the body has no relative link or image). The feed
 * HTML is kept anyway by the feed entries (feeds.ts), so keeping the page's
 * beside it costs little.
 */
const bodies = new WeakMap<Article, PageAndFeedHtml>();

export function articleBodyHtml(article: Article, context: SiteContext): PageAndFeedHtml {
  let html = bodies.get(article);
  if (!html) {
    html = renderForPageAndFeed(article.body, context.absolute(article.url));
    bodies.set(article, html);
  }
  return html;
}
