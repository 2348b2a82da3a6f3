import Eleventy from "@11ty/eleventy";
import { fileURLToPath } from "node:url";
import type { SiteViews } from "../views/site-views.ts";
import { writeImages } from "./images.ts";
import { writeSiteSearch } from "./search-index.ts";

const TEMPLATES = fileURLToPath(new URL("../../layouts/templates", import.meta.url));
const CONFIG = fileURLToPath(new URL("../../.eleventy.ts", import.meta.url));

/** Renders every page of `views` into `outputDir` with Eleventy, then the lead images and the search index. */
export async function renderSite(views: SiteViews, outputDir: string): Promise<void> {
  const eleventy = new Eleventy(TEMPLATES, outputDir, {
    configPath: CONFIG,
    quietMode: true,
    config: (config) => {
      config.addGlobalData("clippings", views);
      // Fonts are binary: Eleventy copies them (a JavaScript template's Buffer is decoded as text).
      for (const file of views.stylesheet.files) config.addPassthroughCopy({ [file.source]: file.url.slice(1) });
    },
  });
  eleventy.disableLogger();
  await eleventy.write();
  await writeImages(views.context, outputDir);
  await writeSiteSearch(views.context, outputDir);
}
