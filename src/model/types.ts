import type { DateTime } from "luxon";
import type { DateText } from "../schema/dates.ts";
import type { FigureFields, ListedTaxonomy, Taxonomy } from "../schema/article.ts";
import type { SiteSettings } from "../schema/site.ts";
import type { EntityFile } from "./entity-files.ts";

/** The content model: what every view reads. Built once per build. */

/** A date as written plus the instant it stands for, in the site zone. */
export interface ModelDate {
  written: DateText;
  /** In the site time zone. */
  at: DateTime;
  /** A bare calendar date: show no time of day. */
  dateOnly: boolean;
}

export interface Quote {
  text: string;
  speaker: Entity;
  role?: string;
  context?: string;
}

export interface Figure extends Omit<FigureFields, "asOf"> {
  asOf?: DateText;
}

export interface Article {
  /** Relative to the content folder. */
  file: string;
  slug: string;
  /** `/YYYY/MM/DD/<slug>/`. */
  url: string;
  title: string;
  summary: string;
  date: ModelDate;
  updated?: ModelDate;
  source: { entity: Entity; author?: string; url?: string };
  authors: string[];
  /** Entities named, resolved and without repeats; quote speakers are in `people`. */
  entities: Record<ListedTaxonomy, Entity[]>;
  quotes: Quote[];
  figures: Figure[];
  /** Lead image; `src` relative to the content folder. */
  image?: { src: string; alt: string; caption?: string; credit?: string };
  /** Oldest first. */
  corrections: { date: ModelDate; text: string }[];
  /**
   * When it last changed: the latest of `date`, `updated` and the
   * corrections' dates (feeds' `updated`, the sitemap's `lastmod`,
   * `dateModified`). Read for every listing that shows the article.
   */
  lastModified: ModelDate;
  redirectFrom: string[];
  /** BCP 47 language of the article. */
  lang: string;
  /** The Markdown body, as UTF-8 bytes (`utf8Text` gives it back as text; src/parse/utf8.ts says why). */
  body: Uint8Array;
}

export interface QuoteRef {
  article: Article;
  quote: Quote;
}

export interface FigureRef {
  article: Article;
  figure: Figure;
}

export interface Entity {
  taxonomy: Taxonomy;
  /** The folded canonical name: the entity's identity. */
  key: string;
  /** Displayed name: the entity file's `name`, else the most frequent spelling. */
  name: string;
  slug: string;
  /** `/<taxonomy>/<slug>/`. */
  url: string;
  /** The entity file, when there is one. */
  file?: string;
  description?: string;
  /** Markdown profile from the entity file's body. */
  profile?: string;
  externalUrl?: string;
  wikidata?: string;
  aliases: string[];
  /** Published articles naming it, newest first. */
  articles: Article[];
  /** Quotes by this person or organisation, newest first. */
  quotes: QuoteRef[];
  /** Figures from articles on this topic, newest first. */
  figures: FigureRef[];
}

export interface Archive {
  /** The content folder, absolute (lead images are read from it). */
  root: string;
  site: SiteSettings;
  /** Published articles, newest first (ties: slug). */
  articles: Article[];
  /** Entities with at least one published article, per taxonomy, A-Z. */
  entities: Record<Taxonomy, Entity[]>;
  /** Held-back articles (drafts, embargoed) by reason; they have no pages. */
  heldBack: { drafts: number; embargoed: number };
  /** Every valid entity file, used or not (the hygiene report reads the unused ones). */
  entityFiles: readonly EntityFile[];
}

export interface BuildOptions {
  drafts: boolean;
  future: boolean;
  /** "Now" for embargoes, as given by `--now` (read in the site zone); else the clock. */
  now?: DateText;
}
