import { ImageSize } from "@11ty/eleventy-img";
import fs from "node:fs";
import type { DateTime } from "luxon";
import path from "node:path";
import type { ContentError } from "../errors/catalogue.ts";
import { articleSchema, isListedTaxonomy, type ArticleFrontMatter, type Taxonomy } from "../schema/article.ts";
import { compareDates, existsInZone, toDateTime, type DateText } from "../schema/dates.ts";
import type { SiteSettings } from "../schema/site.ts";
import { validateMarkdownFile } from "../validate/markdown-file.ts";
import { sharedUtf8Bytes } from "../parse/utf8.ts";
import { isMapping, type FieldPath } from "../parse/yaml-document.ts";
import { slugOf } from "./slugs.ts";
import { defaultSummary } from "./summary.ts";
import type { BuildOptions, ModelDate } from "./types.ts";

/**
 * Where an article names an entity: for errors that must point at it. Its
 * line is found only for an error (`FieldLines`); an article's refs are in
 * the order they are written, so their order in one file is their lines'.
 */
export interface NameRef {
  taxonomy: Taxonomy;
  name: string;
  path: FieldPath;
}

/** A valid article before entities are resolved across the archive. */
export interface ArticleDraft {
  file: string;
  fields: ArticleFrontMatter;
  /** UTF-8 bytes (`utf8Text`). */
  body: Uint8Array;
  slug: string;
  url: string;
  date: ModelDate;
  updated?: ModelDate;
  lang: string;
  /** Why it has no page in this build, if it has none. */
  heldBack?: "draft" | "embargo";
  /** Every name in people, organisations, topics, places, the source and quote speakers, in the order written. */
  refs: NameRef[];
  /** The field a clash of URLs points at. */
  urlField: "slug" | "date";
}

/** One article file read: its draft, or every error in it. */
export type ArticleResult = { ok: true; draft: ArticleDraft } | { ok: false; errors: ContentError[] };

/** Reads, validates and dates one article; entities are resolved later. */
export function readArticle(root: string, file: string, site: SiteSettings, options: BuildOptions & { clock: DateTime }): ArticleResult {
  const result = validateMarkdownFile(root, file, articleSchema);
  if (!result.ok) return result;
  const { fields, doc, body } = result;
  const zone = site.timeZone;
  const errors: ContentError[] = [];

  const written: [string, (string | number)[], DateText | undefined][] = [
    ["date", ["date"], fields.date],
    ["updated", ["updated"], fields.updated],
    ...(fields.corrections ?? []).map((c, i): [string, (string | number)[], DateText] => [`corrections[${i}].date`, ["corrections", i, "date"], c.date]),
  ];
  for (const [field, at, date] of written) {
    if (date && !existsInZone(date, zone)) {
      errors.push({
        code: "invalid-date",
        file,
        line: doc.lineOf(at) ?? 1,
        field,
        message: `"${date.text}" does not exist in ${zone}: the clocks skip that time; write a time that exists, or add its offset`,
      });
    }
  }
  if (fields.updated && compareDates(fields.updated, fields.date, zone) < 0) {
    errors.push({
      code: "updated-before-date",
      file,
      line: doc.lineOf(["updated"]) ?? 1,
      field: "updated",
      message: `"${fields.updated.text}" is before the publication date "${fields.date.text}"; an update cannot come before the article`,
    });
  }
  if (fields.image) {
    const image = path.resolve(root, path.dirname(file), fields.image.src);
    const relative = path.relative(path.resolve(root), image);
    // `..images/x.jpg` is inside; `../x.jpg`, `..` and another drive are not.
    const inside = relative !== ".." && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative);
    if (!inside || !fs.existsSync(image) || !fs.statSync(image).isFile()) {
      errors.push({
        code: "image-missing",
        file,
        line: doc.lineOf(["image", "src"]) ?? 1,
        field: "image.src",
        message: inside
          ? `"${fields.image.src}" does not exist; the path is relative to the article file (${path.posix.dirname(file)}/)`
          : `"${fields.image.src}" points outside the content folder; keep images inside it`,
      });
    } else if (!isReadableImage(image)) {
      errors.push({
        code: "image-invalid",
        file,
        line: doc.lineOf(["image", "src"]) ?? 1,
        field: "image.src",
        message: `"${fields.image.src}" is not an image Clippings can read; use a JPEG, PNG, WebP, AVIF or GIF file`,
      });
    }
  }
  if (errors.length > 0) return { ok: false, errors };

  const date = modelDate(fields.date, zone);
  const slug = fields.slug ?? slugOf(path.posix.basename(file, ".md"));
  const refs: NameRef[] = [];
  const raw = doc.data as Record<string, unknown>; // a mapping: validated
  // Field by field in the order written (a mapping's keys keep their order).
  for (const key of Object.keys(raw)) {
    if (key === "source") refs.push({ taxonomy: "sources", name: fields.source.name, path: isMapping(raw["source"]) ? ["source", "name"] : ["source"] });
    else if (key === "quotes") fields.quotes?.forEach((quote, i) => refs.push({ taxonomy: "people", name: quote.speaker, path: ["quotes", i, "speaker"] }));
    else if (isListedTaxonomy(key)) fields[key]?.forEach((name, i) => refs.push({ taxonomy: key, name, path: [key, i] }));
  }

  const heldBack = fields.draft && !options.drafts ? "draft" : !options.future && date.at > options.clock ? "embargo" : undefined;
  return {
    ok: true,
    draft: {
      file,
      fields: heldBack || fields.summary ? fields : { ...fields, summary: defaultSummary(body) },
      // Held as bytes until a page, a feed entry or a search record renders it, shared with the search worker (src/parse/utf8.ts).
      body: sharedUtf8Bytes(body),
      slug,
      url: `/${date.at.toFormat("yyyy/MM/dd")}/${slug}/`,
      date,
      ...(fields.updated ? { updated: modelDate(fields.updated, zone) } : {}),
      lang: fields.lang ?? site.language,
      ...(heldBack ? { heldBack } : {}),
      refs,
      urlField: fields.slug ? "slug" : "date",
    },
  };
}

const IMAGE_TYPES = new Set(["jpg", "png", "webp", "avif", "gif", "tiff"]);

/** True when the file is a raster image of a type the image pipeline converts. */
function isReadableImage(file: string): boolean {
  try {
    const { type, width, height } = ImageSize(file);
    return type !== undefined && IMAGE_TYPES.has(type) && (width ?? 0) > 0 && (height ?? 0) > 0;
  } catch {
    return false;
  }
}

export function modelDate(written: DateText, zone: string): ModelDate {
  return { written, at: toDateTime(written, zone), dateOnly: written.time === undefined };
}
