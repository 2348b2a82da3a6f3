import { z } from "zod";
import { httpUrl, languageTag, oneLine, text, timeZone } from "./fields.ts";

/** `content/site.json`: the site settings. */
export const siteSchema = z.strictObject({
  title: oneLine(200),
  /** Absolute base URL; a trailing slash is dropped. */
  url: httpUrl.transform((value) => value.replace(/\/+$/, "")),
  description: z.preprocess((v) => (v === null ? undefined : v), text(1000).optional()),
  language: languageTag.default("en"),
  timeZone: timeZone.default("UTC"),
  pageSize: z.int().min(1).max(1000).default(20),
});

export type SiteSettings = z.output<typeof siteSchema>;
