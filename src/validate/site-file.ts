import fs from "node:fs";
import path from "node:path";
import type { ContentError } from "../errors/catalogue.ts";
import { parsePositioned } from "../parse/yaml-document.ts";
import { SITE_FILE } from "../read/content-files.ts";
import { siteSchema, type SiteSettings } from "../schema/site.ts";
import { applySchema } from "./schema-issues.ts";

export type SiteResult = { ok: true; site: SiteSettings } | { ok: false; errors: ContentError[] };

/** Reads and validates `site.json`. */
export function validateSiteFile(root: string, exists: boolean): SiteResult {
  if (!exists) {
    return {
      ok: false,
      errors: [{ code: "site-missing", file: SITE_FILE, field: "site.json", message: 'is missing; create it with at least {"title": "...", "url": "https://..."}' }],
    };
  }
  const text = fs.readFileSync(path.join(root, SITE_FILE), "utf8").replace(/^\uFEFF/, "");
  try {
    JSON.parse(text);
  } catch (e) {
    const message = (e as Error).message;
    const position = /position (\d+)/.exec(message);
    const line = position ? text.slice(0, Number(position[1])).split("\n").length : undefined;
    return { ok: false, errors: [{ code: "json-syntax", file: SITE_FILE, ...(line ? { line } : {}), field: "site.json", message: `is not valid JSON: ${message}` }] };
  }
  // JSON is YAML 1.2, so the YAML parser gives the line of every key.
  const doc = parsePositioned(text);
  const result = applySchema(siteSchema, doc.data, SITE_FILE, doc);
  return result.ok ? { ok: true, site: result.value } : { ok: false, errors: result.errors.map((e) => ({ ...e, field: e.field === "front matter" ? "site.json" : e.field })) };
}
