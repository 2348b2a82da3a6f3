import Image from "@11ty/eleventy-img";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Article } from "../model/types.ts";
import type { SiteContext } from "../views/context.ts";
import { IMAGE_OPTIONS, imageFile, imageMetadata } from "../views/images.ts";

/**
 * Converts every published article's lead image. Files are made once, in a
 * cache folder that outlives builds (their names are hashes of the source
 * and the options), then copied into the new site. The folder is `.cache/`
 * in the project, not `node_modules/.cache/`, which `npm ci` empties: CI
 * keeps it between runs (.github/workflows/site.yml), since converting an
 * image takes ~0.5-1 s of CPU and an archive has thousands.
 */
export const IMAGE_CACHE = fileURLToPath(new URL("../../.cache/clippings-images/", import.meta.url));

export interface WriteImagesOptions {
  /** Told how many images are done, after each. */
  onImage?: (done: number) => void;
  /** The conversion cache (`IMAGE_CACHE`; tests give their own). */
  cache?: string;
}

/**
 * Writes the lead images of `articles` (a build gives those that have one;
 * `serve` the edited ones) into `outputDir`/images, converting those whose
 * files are not all in the cache.
 */
export async function writeImages(context: SiteContext, outputDir: string, articles: readonly Article[], options: WriteImagesOptions = {}): Promise<number> {
  const cache = options.cache ?? IMAGE_CACHE;
  const target = path.join(outputDir, "images");
  let cleaned = false;
  let written = 0;
  let done = 0;
  for (const article of articles) {
    const file = imageFile(article, context);
    if (!file) continue;
    const names = Object.values(imageMetadata(file))
      .flat()
      .map((variant) => variant.filename);
    if (!names.every((name) => fs.existsSync(path.join(cache, name)))) {
      // Looked for only before converting: the cache may hold tens of thousands of files, and `serve` writes after every edit.
      if (!cleaned) {
        removeAbandonedConversions(cache);
        cleaned = true;
      }
      await convert(file, cache);
    }
    fs.mkdirSync(target, { recursive: true });
    for (const name of names) {
      fs.copyFileSync(path.join(cache, name), path.join(target, name));
      written += 1;
    }
    options.onImage?.(++done);
  }
  return written;
}

/**
 * Converts `file` into a folder of its own inside `cache`, then moves the
 * finished files into `cache` (a rename, atomic on one file system). The
 * cache is trusted by name alone, so a file there must be whole: a build
 * stopped while converting (Ctrl+C, a CI time limit) leaves only its own
 * folder, removed by a later build (`removeAbandonedConversions`).
 */
async function convert(file: string, cache: string): Promise<void> {
  fs.mkdirSync(cache, { recursive: true });
  const staging = fs.mkdtempSync(path.join(cache, `${CONVERTING}${process.pid}-`));
  try {
    const metadata = await Image(file, { ...IMAGE_OPTIONS, outputDir: staging });
    for (const variant of Object.values(metadata).flat()) fs.renameSync(variant.outputPath, path.join(cache, variant.filename));
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
}

/** The prefix of a conversion's own folder in the cache, followed by its process id. */
const CONVERTING = ".converting-";

/** Removes the conversion folders of processes that have ended. */
function removeAbandonedConversions(cache: string): void {
  if (!fs.existsSync(cache)) return;
  for (const entry of fs.readdirSync(cache)) {
    if (entry.startsWith(CONVERTING) && !isRunning(Number.parseInt(entry.slice(CONVERTING.length), 10))) {
      fs.rmSync(path.join(cache, entry), { recursive: true, force: true });
    }
  }
}

/** Whether process `pid` runs (not a number: no). */
function isRunning(pid: number): boolean {
  if (!Number.isInteger(pid)) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
