import { statsSync, type ImageMetadata, type ImageOptions } from "@11ty/eleventy-img";
import path from "node:path";
import type { Article } from "../model/types.ts";
import type { SiteContext } from "./context.ts";

/**
 * Lead images: each is converted at build time by @11ty/eleventy-img into
 * AVIF, WebP and the original format at a few widths (never wider than the
 * original), under content-hashed names in /images/. The view reads the
 * sizes without converting anything (`statsSync`); src/write/images.ts
 * writes the files with the same options, so the URLs agree.
 */
export const IMAGE_OPTIONS: ImageOptions = {
  widths: [480, 960, 1440],
  formats: ["avif", "webp", "auto"],
  urlPath: "/images/",
  sharpJpegOptions: { quality: 78, progressive: true },
  sharpWebpOptions: { quality: 75 },
  // AVIF's encoder at effort 3, not sharp's default 4: a photo's AVIF files
  // took 0.43 s of CPU instead of 1.78 s and were 1 % larger (a grainy one:
  // 0.85 s instead of 3.3 s, 5.5 % larger). At effort 4 AVIF was nine tenths
  // of converting an image, and a first build of an archive with a thousand
  // lead images took 15-30 minutes (docs/performance.md).
  sharpAvifOptions: { quality: 55, effort: 3 },
};

/** How wide the image is drawn: the article column, or the screen on phones. */
export const LEAD_IMAGE_SIZES = "(min-width: 48rem) 46rem, 100vw";

export interface LeadImageView {
  sources: { type: string; srcset: string }[];
  /** The fallback `<img>`: the original format at its largest width, and all its widths. */
  src: string;
  srcset: string;
  width: number;
  height: number;
  sizes: string;
  alt: string;
  caption?: string;
  credit?: string;
}

/** Where an article's image file is. */
export function imageFile(article: Article, context: SiteContext): string | undefined {
  return article.image ? path.join(context.archive.root, article.image.src) : undefined;
}

export function imageMetadata(file: string): ImageMetadata {
  return statsSync(file, { ...IMAGE_OPTIONS, outputDir: "." });
}

export function leadImageView(article: Article, context: SiteContext): LeadImageView | undefined {
  const file = imageFile(article, context);
  if (!article.image || !file) return undefined;
  const formats = Object.values(imageMetadata(file));
  const fallbackVariants = formats[formats.length - 1]!;
  const largest = fallbackVariants[fallbackVariants.length - 1]!;
  return {
    sources: formats.slice(0, -1).map((variants) => ({ type: variants[0]!.sourceType, srcset: variants.map((v) => v.srcset).join(", ") })),
    src: largest.url,
    srcset: fallbackVariants.map((v) => v.srcset).join(", "),
    width: largest.width,
    height: largest.height,
    sizes: LEAD_IMAGE_SIZES,
    alt: article.image.alt,
    ...(article.image.caption ? { caption: article.image.caption } : {}),
    ...(article.image.credit ? { credit: article.image.credit } : {}),
  };
}
