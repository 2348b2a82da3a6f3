import { createHash } from "node:crypto";
import type { DateTime } from "luxon";
import { stringify } from "yaml";
import { parsePositioned } from "../parse/yaml-document.ts";
import { slugOf } from "../model/slugs.ts";
import { ARTICLES_FOLDER } from "../read/content-files.ts";
import { toDateTime, type DateText } from "../schema/dates.ts";

/**
 * The pure parts of `clippings new`: the slug, where the file goes, and the
 * text written into it. The command itself (options, site.json, the file
 * system) is in new.ts.
 */

/** Longest slug made from a title; longer ones are cut at a hyphen. */
export const MAX_TITLE_SLUG = 80;

/**
 * The slug for a title, made by the project's slug function, at most
 * MAX_TITLE_SLUG characters (cut after a whole word where there is one);
 * undefined when nothing in the title transliterates (only emoji, say), where
 * the slug function would fall back to a hash.
 */
export function slugFromTitle(title: string): string | undefined {
  const slug = slugOf(title);
  if (slug === hashSlug(title)) return undefined;
  if (slug.length <= MAX_TITLE_SLUG) return slug;
  const cut = slug.slice(0, MAX_TITLE_SLUG + 1);
  const hyphen = cut.lastIndexOf("-");
  return (hyphen > 0 ? cut.slice(0, hyphen) : cut.slice(0, MAX_TITLE_SLUG)).replace(/-+$/, "");
}

/** The slug slugOf gives a text that transliterates to nothing (see src/model/slugs.ts). */
function hashSlug(text: string): string {
  return `x${createHash("sha256").update(text.normalize("NFC")).digest("hex").slice(0, 10)}`;
}

/** `2026-11-27T09:41+09:00`: the moment in `zone`, to the minute, with its offset. */
export function dateTextAt(now: DateTime, zone: string): string {
  return now.setZone(zone).toFormat("yyyy-MM-dd'T'HH:mmZZ");
}

/** The article's URL path, `/YYYY/MM/DD/<slug>/`, with the date in the site's zone (as the build makes it). */
export function articleUrl(date: DateText, slug: string, zone: string): string {
  return `/${toDateTime(date, zone).toFormat("yyyy/MM/dd")}/${slug}/`;
}

/** Where a new article goes, relative to the content folder: `articles/YYYY/MM/<slug>.md`, the month in the site's zone. */
export function articleFile(date: DateText, slug: string, zone: string): string {
  return `${ARTICLES_FOLDER}/${toDateTime(date, zone).toFormat("yyyy/MM")}/${slug}.md`;
}

export interface NewArticle {
  title: string;
  /** As it will be written: one of the contract's date forms. */
  date: string;
  source: string;
  /** Also the file name; written as `slug:` only if the file name would not give it. */
  slug: string;
  draft: boolean;
}

/** The placeholder body: a paragraph that builds (and reads as one) until the editor replaces it. */
export const BODY_PLACEHOLDER =
  "Write the article here, in Markdown. Unless `summary` is filled in, this first paragraph becomes the standfirst.";

/**
 * A YAML value for one line of front matter. Stringified by `yaml` with the
 * YAML 1.1 rules, which quote everything the project's YAML 1.2 core parser
 * would misread (`null`, `true`, `123`, `#...`, `- ...`, `a: b`) and also what
 * a YAML 1.1 tool would (`yes`, `on`, `2025-10-24`); never folded. Should
 * that not read back as `value`, the value is written as a JSON string,
 * which YAML 1.2 reads as it is: after some earlier values, `yaml` was seen
 * to leave a text ending in a space unquoted (in a fresh process it quotes
 * it), and the space was lost.
 */
export function yamlValue(value: string): string {
  const written = stringify(value, { version: "1.1", lineWidth: 0 }).trimEnd();
  return readsBack(written, value) ? written : JSON.stringify(value);
}

function readsBack(written: string, value: string): boolean {
  if (/[\r\n]/.test(written)) return false;
  const doc = parsePositioned(`k: ${written}`);
  return doc.syntaxErrors.length === 0 && (doc.data as { k?: unknown } | undefined)?.k === value;
}

/**
 * The text of a new article file: valid front matter (the required fields,
 * the usual tagging fields left empty, which counts as not given, and
 * `draft: true` unless it is to publish) and a placeholder body. The date is
 * written as it is (the contract's forms are plain YAML 1.2 text, as in every
 * example); the file is named after the slug, so `slug:` is written only in
 * the unlikely case that the file name would not give it back.
 */
export function articleText(article: NewArticle): string {
  const lines = [
    "---",
    `title: ${yamlValue(article.title)}`,
    `date: ${article.date}`,
    `source: ${yamlValue(article.source)}`,
    ...(slugOf(article.slug) === article.slug ? [] : [`slug: ${yamlValue(article.slug)}`]),
    "summary:",
    "people:",
    "organisations:",
    "topics:",
    "places:",
    ...(article.draft ? ["draft: true"] : []),
    "---",
    BODY_PLACEHOLDER,
    "",
  ];
  return lines.join("\n");
}
