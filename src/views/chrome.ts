import { TAXONOMIES, type Taxonomy } from "../schema/article.ts";
import type { SiteSettings } from "../schema/site.ts";
import { TAXONOMY_LABELS } from "./labels.ts";
import type { AlternateLink, JsonLd, PageChrome, SocialMeta } from "./types.ts";

export type Section = "home" | "archive" | Taxonomy | "search" | "none";

export interface ChromeInput {
  url: string;
  /** The page's own title; the site title is added. Absent on the home page. */
  title?: string;
  description?: string;
  section: Section;
  lang?: string;
  /** Feeds of this page besides the site's own. */
  feeds?: AlternateLink[];
  social?: Partial<Pick<SocialMeta, "type" | "image" | "publishedTime" | "modifiedTime" | "tags">>;
  structuredData?: JsonLd[];
  noindex?: boolean;
  /** Stylesheets this page needs besides the site's (the search UI's). */
  stylesheets?: string[];
}

/** The site's feeds, linked from every page. */
export const SITE_FEEDS = { atom: "/feed.xml", json: "/feed.json" } as const;

/** The site-wide files every page's head names. */
export interface PageAssets {
  stylesheet: string;
  fontPreloads: string[];
}

/** The frame of a page: document title, meta description, navigation. */
export function pageChrome(site: SiteSettings, assets: PageAssets, page: ChromeInput): PageChrome {
  const lang = page.lang ?? site.language;
  const description = page.description ?? site.description ?? site.title;
  const canonicalUrl = `${site.url}${page.url}`;
  return {
    lang,
    title: page.title ? `${page.title} – ${site.title}` : site.title,
    description,
    canonicalUrl,
    siteTitle: site.title,
    stylesheets: [assets.stylesheet, ...(page.stylesheets ?? [])],
    fontPreloads: assets.fontPreloads,
    alternates: [
      { href: SITE_FEEDS.atom, type: "application/atom+xml", title: `${site.title} (Atom)` },
      { href: SITE_FEEDS.json, type: "application/feed+json", title: `${site.title} (JSON Feed)` },
      ...(page.feeds ?? []),
    ],
    social: {
      type: page.social?.type ?? "website",
      title: page.title ?? site.title,
      description,
      url: canonicalUrl,
      siteName: site.title,
      locale: lang.replace("-", "_"),
      tags: page.social?.tags ?? [],
      ...(page.social?.image ? { image: page.social.image } : {}),
      ...(page.social?.publishedTime ? { publishedTime: page.social.publishedTime } : {}),
      ...(page.social?.modifiedTime ? { modifiedTime: page.social.modifiedTime } : {}),
    },
    structuredData: page.structuredData ?? [],
    noindex: page.noindex ?? false,
    nav: [
      { href: "/", text: "Latest", current: page.section === "home" },
      { href: "/archive/", text: "Archive", current: page.section === "archive" },
      ...TAXONOMIES.map((t) => ({ href: `/${t}/`, text: TAXONOMY_LABELS[t].plural, current: page.section === t })),
      { href: "/search/", text: "Search", current: page.section === "search" },
    ],
  };
}
