import { Readable } from "node:stream";
import { ErrorLevel, SitemapIndexStream, SitemapStream, streamToPromise } from "sitemap";
import type { SitemapView } from "../../src/views/sitemap.ts";

/**
 * A sitemap (`<urlset>`) or sitemap index (`<sitemapindex>`), written by the
 * `sitemap` package, which escapes and checks every URL; an invalid one fails
 * the build. Only the sitemaps.org namespace is declared. The package writes
 * `lastmod` in UTC (`2025-03-03T15:00:00.000Z`): the same instant.
 */
export async function sitemapFile(view: SitemapView): Promise<string> {
  const stream =
    view.type === "index"
      ? new SitemapIndexStream({ level: ErrorLevel.THROW })
      : new SitemapStream({ level: ErrorLevel.THROW, xmlns: { news: false, video: false, image: false, xhtml: false } });
  const items = view.items.map((item) => ({ url: item.loc, ...(item.lastmod ? { lastmod: item.lastmod } : {}) }));
  const written = await streamToPromise(Readable.from(items).pipe(stream));
  return `${written.toString("utf8")}\n`;
}
