import { z } from "zod";
import { dateText, entityName, finiteNumber, httpUrl, languageTag, oneLine, optional, partialDateText, sitePath, slug, text } from "./fields.ts";

/** The five taxonomies, in the order pages show them. */
export const TAXONOMIES = ["people", "organisations", "topics", "places", "sources"] as const;
export type Taxonomy = (typeof TAXONOMIES)[number];

/** The taxonomies an article lists by name (sources come from `source`). */
export const LISTED_TAXONOMIES = ["people", "organisations", "topics", "places"] as const satisfies readonly Taxonomy[];
export type ListedTaxonomy = (typeof LISTED_TAXONOMIES)[number];

/** True when `name` is a taxonomy's (a content folder, a field). */
export function isTaxonomy(name: string): name is Taxonomy {
  return (TAXONOMIES as readonly string[]).includes(name);
}

/** True when `name` is the field of a taxonomy an article lists by name. */
export function isListedTaxonomy(name: string): name is ListedTaxonomy {
  return (LISTED_TAXONOMIES as readonly string[]).includes(name);
}

export const FIGURE_QUALIFIERS = ["about", "at least", "more than", "up to", "fewer than"] as const;

const names = optional(z.array(entityName));

export const quoteSchema = z.strictObject({
  text: text(5000),
  speaker: entityName,
  role: optional(oneLine(300)),
  context: optional(oneLine(500)),
});

export const figureSchema = z.strictObject({
  value: finiteNumber,
  label: oneLine(300),
  unit: optional(oneLine(40)),
  qualifier: optional(z.enum(FIGURE_QUALIFIERS)),
  attribution: optional(oneLine(300)),
  asOf: optional(partialDateText),
});

const sourceObject = z.strictObject(
  {
    name: entityName,
    url: optional(httpUrl),
    author: optional(oneLine(300)),
  },
  { error: (issue) => (issue.code === "invalid_type" ? "must be the outlet's name, or an object with name and optional url and author" : undefined) },
);

/** `source: BritPanorama` is short for `source: { name: BritPanorama }`. */
export const sourceSchema = z.preprocess((value) => (typeof value === "string" ? { name: value } : value), sourceObject);

export const imageSchema = z.strictObject({
  src: text(500),
  alt: text(1000),
  caption: optional(text(1000)),
  credit: optional(oneLine(300)),
});

export const correctionSchema = z.strictObject({
  date: dateText,
  text: text(2000),
});

/** Article front matter: the single definition of its fields and types. */
export const articleSchema = z.strictObject({
  title: oneLine(300),
  date: dateText,
  updated: optional(dateText),
  summary: optional(text(1000)),
  source: sourceSchema,
  authors: optional(z.array(oneLine(200))),
  people: names,
  organisations: names,
  topics: names,
  places: names,
  quotes: optional(z.array(quoteSchema)),
  figures: optional(z.array(figureSchema)),
  image: optional(imageSchema),
  corrections: optional(z.array(correctionSchema)),
  redirectFrom: optional(z.array(sitePath)),
  slug: optional(slug),
  draft: optional(z.boolean()),
  lang: optional(languageTag),
});

export type ArticleFrontMatter = z.output<typeof articleSchema>;
export type QuoteFields = z.output<typeof quoteSchema>;
export type FigureFields = z.output<typeof figureSchema>;
export type ImageFields = z.output<typeof imageSchema>;
