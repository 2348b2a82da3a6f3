import type { RobotsView } from "../../src/views/sitemap.ts";

/** `robots.txt`: every crawler may read everything; the sitemap's absolute URL. */
export function robotsFile(view: RobotsView): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${view.sitemapUrl}\n`;
}
