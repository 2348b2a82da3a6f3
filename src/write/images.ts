import Image from "@11ty/eleventy-img";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { SiteContext } from "../views/context.ts";
import { IMAGE_OPTIONS, imageFile } from "../views/images.ts";

/**
 * Converts every published article's lead image. Files are made once, in a
 * cache folder that outlives builds (their names are hashes of the source
 * and the options), then copied into the new site.
 */
export const IMAGE_CACHE = fileURLToPath(new URL("../../node_modules/.cache/clippings-images/", import.meta.url));

export async function writeImages(context: SiteContext, outputDir: string): Promise<number> {
  const target = path.join(outputDir, "images");
  let written = 0;
  for (const article of context.archive.articles) {
    const file = imageFile(article, context);
    if (!file) continue;
    const metadata = await Image(file, { ...IMAGE_OPTIONS, outputDir: IMAGE_CACHE });
    for (const variant of Object.values(metadata).flat()) {
      fs.mkdirSync(target, { recursive: true });
      fs.copyFileSync(variant.outputPath, path.join(target, variant.filename));
      written += 1;
    }
  }
  return written;
}
