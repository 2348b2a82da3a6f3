import fs from "node:fs";
import path from "node:path";
import type { Progress } from "../cli/progress.ts";
import type { SiteViews } from "../views/site-views.ts";
import { lowerThreadPriority } from "../threads/priority.ts";
import { renderPages } from "./eleventy.ts";
import { writeImages } from "./images.ts";
import { writeSiteSearch } from "./search-index.ts";

export interface WriteSiteOptions {
  /** Write the search index. */
  search: boolean;
  /** Articles per part of the search index (`SEARCH_PART_SIZE` by default). */
  searchPartSize?: number;
}

/**
 * Writes the whole site into `outputDir`: Pagefind indexes the content model
 * on a worker thread (src/write/search-index.ts) while Eleventy renders the
 * pages on the main thread; then the fonts and lead images are copied in.
 * At 10,000 articles on two cores this is 7-9 s faster than indexing after
 * rendering (39.4-40.3 s against 46.9-48.8 s, `/usr/bin/time npm run build`),
 * for ~0.4 GB more at the peak (both at work at once). The rendering thread
 * runs at a low priority meanwhile: the index takes longer than the pages,
 * and the build took 22.0-22.6 s instead of 24.7-25.0 s (10,000 articles,
 * output on tmpfs).
 */
export async function writeSite(views: SiteViews, outputDir: string, progress: Progress, options: WriteSiteOptions = { search: true }): Promise<void> {
  const stopSearch = new AbortController();
  const search = options.search ? writeSiteSearch(views.context, outputDir, { partSize: options.searchPartSize, signal: stopSearch.signal }) : undefined;
  search?.catch(() => undefined); // awaited below; not an unhandled rejection meanwhile
  // The search index, not the rendering, is what the build ends waiting for:
  // rendering yields the CPU to Pagefind's binary and its worker when both want it.
  const restorePriority = search ? lowerThreadPriority() : () => undefined;
  try {
    await renderPages(views, outputDir, progress);
    restorePriority();
    copyFiles(views, outputDir);
    const illustrated = views.context.archive.articles.filter((article) => article.image);
    if (illustrated.length > 0) {
      progress.phase("Lead images", illustrated.length);
      await writeImages(views.context, outputDir, illustrated, { onImage: (done) => progress.update(done) });
    }
  } catch (error) {
    // Pagefind must not go on writing into a folder about to be removed.
    stopSearch.abort(error);
    throw error;
  }
  if (!search) return;
  progress.phase("Finishing the search index");
  await search;
}

/** Binary assets the stylesheet names (web fonts and their licences), copied as they are. */
function copyFiles(views: SiteViews, outputDir: string): void {
  for (const file of views.context.stylesheet.files) {
    const target = path.join(outputDir, file.url);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.copyFileSync(file.source, target);
  }
}
