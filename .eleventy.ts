import type { UserConfig } from "@11ty/eleventy";
import { templateRender } from "./src/write/template-render.ts";

/**
 * Eleventy wiring, nothing else. Content is read, validated and modelled by
 * `src/` before Eleventy starts; the build hands Eleventy the finished views
 * as the global `clippings` (see src/write/eleventy.ts). Eleventy renders
 * the thin templates in layouts/templates/ (TypeScript, run by tsx), one
 * paginated template per kind of page.
 */
export default function (eleventyConfig: UserConfig) {
  // Data (pagination, permalink) as 11ty.js templates; rendered by their own
  // `render`, whose Buffers are written without a round trip through text.
  eleventyConfig.addExtension(["11ty.ts"], { key: "11ty.js", compile: (_content, inputPath) => templateRender(inputPath) });
  eleventyConfig.addTemplateFormats("11ty.ts");
  // The input folder (layouts/templates) and the output folder are given by
  // src/write/eleventy.ts as absolute paths, so the build runs from any folder.
  return { templateFormats: ["11ty.ts"] };
}
