import { TAXONOMIES, type Taxonomy } from "../schema/article.ts";
import type { SiteSettings } from "../schema/site.ts";
import { TAXONOMY_LABELS } from "./labels.ts";
import type { PageChrome } from "./types.ts";

export type Section = "home" | Taxonomy | "none";

export interface ChromeInput {
  url: string;
  /** The page's own title; the site title is added. Absent on the home page. */
  title?: string;
  description?: string;
  section: Section;
  lang?: string;
}

/** The frame of a page: document title, meta description, navigation. */
export function pageChrome(site: SiteSettings, stylesheet: string, page: ChromeInput): PageChrome {
  return {
    lang: page.lang ?? site.language,
    title: page.title ? `${page.title} – ${site.title}` : site.title,
    description: page.description ?? site.description ?? site.title,
    canonicalUrl: `${site.url}${page.url}`,
    siteTitle: site.title,
    stylesheet,
    nav: [
      { href: "/", text: "Latest", current: page.section === "home" },
      ...TAXONOMIES.map((t) => ({ href: `/${t}/`, text: TAXONOMY_LABELS[t].plural, current: page.section === t })),
    ],
  };
}
