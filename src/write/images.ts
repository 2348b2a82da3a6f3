import Image from "@11ty/eleventy-img";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Article } from "../model/types.ts";
import type { SiteContext } from "../views/context.ts";
import { IMAGE_OPTIONS, imageFile } from "../views/images.ts";

/**
 * Converts every published article's lead image. Files are made once, in a
 * cache folder that outlives builds (their names are hashes of the source
 * and the options), then copied into the new site. The folder is `.cache/`
 * in the project, not `node_modules/.cache/`, which `npm ci` empties: CI
 * keeps it between runs (.github/workflows/site.yml), since converting an
 * image takes ~0.5-1 s of CPU and an archive has thousands.
 */
export const IMAGE_CACHE = fileURLToPath(new URL("../../.cache/clippings-images/", import.meta.url));

/**
 * Writes the lead images of `articles` (a build gives those that have one;
 * `serve` the edited ones) into `outputDir`/images, converting those not in
 * the cache; `onImage` is told how many images are done.
 */
export async function writeImages(context: SiteContext, outputDir: string, articles: readonly Article[], onImage?: (done: number) => void): Promise<number> {
  const target = path.join(outputDir, "images");
  let written = 0;
  let done = 0;
  for (const article of articles) {
    const file = imageFile(article, context);
    if (!file) continue;
    const metadata = await Image(file, { ...IMAGE_OPTIONS, outputDir: IMAGE_CACHE });
    for (const variant of Object.values(metadata).flat()) {
      fs.mkdirSync(target, { recursive: true });
      fs.copyFileSync(variant.outputPath, path.join(target, variant.filename));
      written += 1;
    }
    onImage?.(++done);
  }
  return written;
}
