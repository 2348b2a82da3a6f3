import Eleventy from "@11ty/eleventy";
import { fileURLToPath } from "node:url";
import type { Progress } from "../cli/progress.ts";
import { collectGarbage } from "../threads/garbage.ts";
import type { RenderData, SiteViews } from "../views/site-views.ts";

const TEMPLATES = fileURLToPath(new URL("../../layouts/templates", import.meta.url));
const CONFIG = fileURLToPath(new URL("../../.eleventy.ts", import.meta.url));

/**
 * Pages per Eleventy run. Eleventy keeps every page of a run (and its
 * output) in memory until the run ends, so a large site is rendered in
 * batches: memory stays bounded whatever the size of the archive.
 */
export const PAGES_PER_RUN = 5000;

/**
 * A full garbage collection between batches, when the heap has grown enough
 * since the last one (`collectAfterBatch`). V8 grows the heap to several
 * times what is alive when nothing asks it to collect. Measured at 10,000
 * articles without search, with pages held as bytes (the same peak as
 * the flat strings they are now: page-template.ts): 0.67-0.70 GB and
 * 14.0-15.2 s with a collection after every batch; 0.83-0.88 GB and
 * 13.5-13.9 s with one every second batch, but 1.06 GB on a corpus of
 * another shape and 1.99 GB at 50,000 articles; 0.97-1.31 GB and 14.2 s
 * without. Each collection takes ~80 ms at 10,000 articles (~200 ms at
 * 50,000: it marks the whole content model), and V8 then keeps a lower heap
 * limit and collects more often (docs/performance.md). The collection is
 * `collectGarbage` (src/threads/garbage.ts), which the search worker calls too.
 */

/**
 * The most the heap may grow between two collections of `renderPages`. A
 * batch grows the heap by ~200 MB at 50,000 articles: with 256 MB the
 * build collected after every second batch, and its peak with search was
 * 1,886-2,052 MB; with 128 MB it collects after every batch: 1,647-1,834 MB
 * (1,680-1,697 MB with 192 MB, too close to a batch's growth), in about
 * the same time on this day's noisy machine (alternating runs with search
 * 107.9 and 117.9 s against 106.2 and 114.3 s; without search 91-96 s
 * against 98-100 s; docs/performance.md). At 10,000 articles, whose heap
 * keeps ~90-135 MB alive, the cap is what is alive, as before.
 */
export const MAX_HEAP_GROWTH = 128 * 2 ** 20;

/**
 * Whether to collect after a batch: once the heap in use has grown, since
 * the last collection, by more than what was alive after it (it may double,
 * as V8's own limits let it) or by more than `MAX_HEAP_GROWTH`. A small
 * archive is collected after every batch, as all were before; a large one,
 * whose collections cost more (they mark a larger content model) and free
 * little during its feeds (whose entries stay alive), less often. When the
 * cap was 256 MB, at 50,000 articles without search: 51-53 s and
 * 1.55-1.61 GB instead of 59-60 s and 1.49 GB for a collection after every
 * batch (65 s and 1.52 GB instead of 73 s and 1.35 GB on the corpus of
 * another shape); at 10,000 it changed nothing. Now 128 MB: see
 * `MAX_HEAP_GROWTH`.
 */
export function collectAfterBatch(heapUsed: number, aliveAfterLast: number): boolean {
  return heapUsed - aliveAfterLast > Math.min(aliveAfterLast, MAX_HEAP_GROWTH);
}

/** Renders every page of `views` into `outputDir` with Eleventy, a batch per run. */
export async function renderPages(views: SiteViews, outputDir: string, progress: Progress, batchSize = PAGES_PER_RUN): Promise<void> {
  progress.phase("Rendering pages", views.pageCount);
  const collect = () => {
    collectGarbage?.();
    return process.memoryUsage().heapUsed;
  };
  let alive = collect(); // what reading the content left behind
  let done = 0;
  for (const batch of views.batches(batchSize)) {
    done += await renderBatch(batch, outputDir);
    // Nothing is rendered after the last batch: no collection for it.
    if (done < views.pageCount && collectAfterBatch(process.memoryUsage().heapUsed, alive)) alive = collect();
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
