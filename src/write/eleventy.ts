import Eleventy from "@11ty/eleventy";
import { fileURLToPath } from "node:url";
import type { Progress } from "../cli/progress.ts";
import type { RenderData, SiteViews } from "../views/site-views.ts";

const TEMPLATES = fileURLToPath(new URL("../../layouts/templates", import.meta.url));
const CONFIG = fileURLToPath(new URL("../../.eleventy.ts", import.meta.url));

/**
 * Pages per Eleventy run. Eleventy keeps every page of a run (and its
 * output) in memory until the run ends, so a large site is rendered in
 * batches: memory stays bounded whatever the size of the archive.
 */
export const PAGES_PER_RUN = 5000;

/** Renders every page of `views` into `outputDir` with Eleventy, a batch per run. */
export async function renderPages(views: SiteViews, outputDir: string, progress: Progress, batchSize = PAGES_PER_RUN): Promise<void> {
  progress.phase("Rendering pages", views.pageCount);
  let done = 0;
  for (const batch of views.batches(batchSize)) {
    done += await renderBatch(batch, outputDir);
    progress.update(done);
  }
}

/** Renders the pages of `data` into `outputDir` (other files there stay) in one Eleventy run; returns how many. */
export async function renderBatch(data: RenderData, outputDir: string): Promise<number> {
  const eleventy = new Eleventy(TEMPLATES, outputDir, {
    configPath: CONFIG,
    quietMode: true,
    config: (config) => config.addGlobalData("clippings", data),
  });
  eleventy.disableLogger();
  await eleventy.write();
  return Object.values(data.pages).reduce((n, list) => n + list.length, 0);
}
