import type { CoverageChartView } from "./coverage-chart.ts";
import type { TimeView } from "./format.ts";
import type { LeadImageView } from "./images.ts";
import type { PaginationView } from "./paginate.ts";

/**
 * View models: plain, fully computed data for the layouts. Layouts read
 * these and nothing else: no sorting, counting or lookups in templates.
 */

export interface Link {
  href: string;
  text: string;
}

export interface NavItem extends Link {
  current: boolean;
}

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
/** A JSON-LD object (schema.org). */
export type JsonLd = { [key: string]: JsonValue };

/** A feed for `<link rel="alternate">`. */
export interface AlternateLink {
  href: string;
  type: "application/atom+xml" | "application/feed+json";
  title: string;
}

/** Open Graph and Twitter card data. */
export interface SocialMeta {
  type: "website" | "article";
  title: string;
  description: string;
  url: string;
  siteName: string;
  /** BCP 47 with an underscore, as Open Graph wants it (en_GB). */
  locale: string;
  image?: { url: string; alt: string };
  publishedTime?: string;
  modifiedTime?: string;
  tags: string[];
}

/** What every page's frame needs. */
export interface PageChrome {
  lang: string;
  /** The document title. */
  title: string;
  description: string;
  canonicalUrl: string;
  siteTitle: string;
  nav: NavItem[];
  /** The site's stylesheet first. */
  stylesheets: string[];
  /** Web fonts to fetch before the stylesheet asks for them (woff2). */
  fontPreloads: string[];
  alternates: AlternateLink[];
  social: SocialMeta;
  /** Written as `<script type="application/ld+json">`. */
  structuredData: JsonLd[];
  /** Pages that must not be indexed (404, redirects). */
  noindex: boolean;
}

export interface ArticleTeaser {
  href: string;
  title: string;
  summary: string;
  lang: string;
  published: TimeView;
  source: string;
}

export interface QuoteView {
  text: string;
  speaker: Link;
  role?: string;
  context?: string;
  lang: string;
  /** The article it is from, on pages other than the article's own. */
  from?: Link & { published: TimeView };
}

export interface FigureView {
  value: string;
  /** The value is too long (more than 9 characters) for the largest type in a narrow fact box. */
  longValue: boolean;
  qualifier?: string;
  label: string;
  attribution?: string;
  asOf?: TimeView;
  lang: string;
  from?: Link & { published: TimeView };
}

export interface EntityGroup {
  label: string;
  entities: Link[];
}

export interface ArticlePageView {
  chrome: PageChrome;
  lang: string;
  title: string;
  summary: string;
  published: TimeView;
  updated?: TimeView;
  source: { name: string; href: string; reportUrl?: string; author?: string };
  authors: string[];
  bodyHtml: string;
  quotes: QuoteView[];
  figures: FigureView[];
  entityGroups: EntityGroup[];
  corrections: { date: TimeView; text: string }[];
  /** Articles sharing the most (and rarest) entities with this one. */
  related: ArticleTeaser[];
  image?: LeadImageView;
}

export interface ListingPageView {
  chrome: PageChrome;
  heading: string;
  intro?: string;
  articles: ArticleTeaser[];
  pagination?: PaginationView;
}

export interface RelatedEntity extends Link {
  kind: string;
  count: number;
}

export interface EntityPageView {
  chrome: PageChrome;
  kindLabel: string;
  taxonomy: Link;
  name: string;
  description?: string;
  profileHtml?: string;
  externalLinks: Link[];
  articleCount: string;
  /** First page only: articles per month, as a chart. */
  coverage?: CoverageChartView;
  /** First page only: the newest quotes, a link to all when there are more. */
  quotes: QuoteView[];
  allQuotes?: Link;
  figures: FigureView[];
  figuresNote?: string;
  related: RelatedEntity[];
  articles: ArticleTeaser[];
  pagination?: PaginationView;
  firstPage: boolean;
}

export interface QuotesPageView {
  chrome: PageChrome;
  entity: Link;
  heading: string;
  quotes: QuoteView[];
  pagination?: PaginationView;
}

export interface TaxonomyPageView {
  chrome: PageChrome;
  heading: string;
  intro: string;
  groups: { letter: string; id: string; entries: (Link & { count: string })[] }[];
}
