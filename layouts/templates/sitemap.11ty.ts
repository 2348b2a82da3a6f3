import { sitemapFile } from "../pages/sitemap.ts";
import { pageTemplate } from "./page-template.ts";

export const { data, render } = pageTemplate("sitemap", sitemapFile);
