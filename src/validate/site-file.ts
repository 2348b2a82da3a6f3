import fs from "node:fs";
import path from "node:path";
import type { ContentError } from "../errors/catalogue.ts";
import { isMapping, parsePositioned } from "../parse/yaml-document.ts";
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
  // Line ends read as LF: JSON allows a bare CR as white space, but the YAML
  // parser does not break lines at it (`"pageSize":\r2` would be the text "\r2").
  const text = fs.readFileSync(path.join(root, SITE_FILE), "utf8").replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  try {
    JSON.parse(text);
  } catch (e) {
    const message = (e as Error).message;
    const line = text.slice(0, jsonErrorOffset(text, message)).split("\n").length;
    return { ok: false, errors: [{ code: "json-syntax", file: SITE_FILE, line, field: "site.json", message: `is not valid JSON: ${message}` }] };
  }
  // JSON is YAML 1.2, so the YAML parser gives the line of every key.
  const doc = parsePositioned(text);
  // Valid JSON the YAML parser still refuses: a key written twice (JSON.parse keeps the last).
  if (doc.syntaxErrors.length > 0) {
    return {
      ok: false,
      errors: doc.syntaxErrors.map((e) => ({ code: "json-syntax", file: SITE_FILE, line: e.line, field: "site.json", message: `is not valid: ${e.message}; keep one of each key` })),
    };
  }
  if (!isMapping(doc.data)) {
    return {
      ok: false,
      errors: [{ code: "not-a-mapping", file: SITE_FILE, line: 1, field: "site.json", message: 'must be one JSON object of settings: {"title": "...", "url": "https://..."}' }],
    };
  }
  const result = applySchema(siteSchema, doc.data, SITE_FILE, doc);
  return result.ok ? { ok: true, site: result.value } : { ok: false, errors: result.errors.map((e) => ({ ...e, field: e.field === "front matter" ? "site.json" : e.field })) };
}

/**
 * Where JSON.parse failed. V8 names the position in most messages but not in
 * all ("Unexpected token ''', ... is not valid JSON", "Unexpected end of JSON
 * input"); then it is the end of the shortest prefix that already fails for a
 * reason other than ending early, found by bisection (a prefix fails that way
 * exactly when it holds the bad character).
 */
function jsonErrorOffset(text: string, message: string): number {
  const position = /position (\d+)/.exec(message);
  if (position) return Number(position[1]);
  const failsInside = (length: number): boolean => {
    try {
      JSON.parse(text.slice(0, length));
      return false;
    } catch (e) {
      const m = (e as Error).message;
      if (m.includes("end of JSON input")) return false;
      const at = /position (\d+)/.exec(m);
      return !at || Number(at[1]) < length;
    }
  };
  if (!failsInside(text.length)) return text.trimEnd().length;
  let low = 1;
  let high = text.length;
  while (low < high) {
    const mid = Math.floor((low + high) / 2);
    if (failsInside(mid)) high = mid;
    else low = mid + 1;
  }
  return low - 1;
}
