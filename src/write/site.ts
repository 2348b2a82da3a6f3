import fs from "node:fs";
import path from "node:path";
import type { Progress } from "../cli/progress.ts";
import type { SiteViews } from "../views/site-views.ts";
import { renderPages } from "./eleventy.ts";
import { writeImages } from "./images.ts";
import { writeSiteSearch } from "./search-index.ts";

/**
 * Writes the whole site into `outputDir`: the search index is built by
 * Pagefind's own process from the content model while Eleventy renders the
 * pages here, then the fonts and lead images are copied in.
 */
export async function writeSite(views: SiteViews, outputDir: string, progress: Progress, options: { search: boolean } = { search: true }): Promise<void> {
  const search = options.search ? writeSiteSearch(views.context, outputDir) : Promise.resolve();
  // Render and index at once; if either fails, wait for both before failing.
  const [rendered, indexed] = await Promise.allSettled([
    (async () => {
      await renderPages(views, outputDir, progress);
      copyFiles(views, outputDir);
      progress.phase("Lead images");
      await writeImages(views.context, outputDir);
      progress.phase("Search index");
    })(),
    search,
  ]);
  if (rendered.status === "rejected") throw rendered.reason;
  if (indexed.status === "rejected") throw indexed.reason;
}

/** Binary assets the stylesheet names (web fonts and their licences), copied as they are. */
function copyFiles(views: SiteViews, outputDir: string): void {
  for (const file of views.context.stylesheet.files) {
    const target = path.join(outputDir, file.url);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.copyFileSync(file.source, target);
  }
}
