/**
 * The catalogue of content errors. Every problem an editor can cause has a
 * code here; the code is stable (tests and docs refer to it), the message is
 * written at the place that finds the problem and says how to fix it.
 */
export const ERROR_CODES = {
  "site-missing": "content/site.json does not exist",
  "json-syntax": "site.json is not valid JSON (includes repeated keys)",
  "front-matter-missing": "an article or entity file does not start with a --- front matter block, or never closes it",
  "yaml-syntax": "the front matter is not valid YAML (includes repeated keys)",
  "not-a-mapping": "the front matter (or site.json) is a list or a single value, not a set of key: value pairs",
  required: "a required field is missing or empty",
  "wrong-type": "a field has the wrong type (text, number, true/false, list, object)",
  "unknown-field": "a field name the contract does not define (often a typo)",
  "too-long": "a text is longer than its limit",
  "invalid-date": "a date is not YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS][Z|±HH:MM], or is impossible",
  "updated-before-date": "updated is earlier than date",
  "invalid-url": "a URL is not an absolute http: or https: address",
  "invalid-slug": "a slug is not lower-case letters and digits joined by single hyphens",
  "invalid-language": "lang or language is not a BCP 47 language tag",
  "invalid-time-zone": "timeZone is not an IANA time zone name",
  "invalid-number": "a number is not finite, or not a whole number where one is needed",
  "invalid-choice": "a value is not one of the allowed words",
  "invalid-path": "a redirectFrom entry is not a site path starting with /",
  "invalid-wikidata": "wikidata is not a Wikidata item id such as Q7747",
  "image-missing": "a lead image file does not exist",
  "image-invalid": "a lead image file is not a JPEG, PNG, WebP, AVIF or GIF image",
  "duplicate-url": "two articles have the same date path and slug",
  "duplicate-entity": "two entity files of one taxonomy have names that fold alike",
  "alias-conflict": "an alias is claimed twice, or equals another entity's name",
  "slug-conflict": "two different entities of one taxonomy would have the same URL",
  "unknown-folder": "a folder in the content folder whose name is close to a known one",
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export interface ContentError {
  code: ErrorCode;
  /** Path relative to the content folder, with forward slashes. */
  file: string;
  /** 1-based line in the file, where known. */
  line?: number;
  /** The field, with list positions: `quotes[0].speaker`. */
  field: string;
  message: string;
}

/** What `formatError` and `sortErrors` read: content errors and content warnings alike. */
export type Located = Pick<ContentError, "file" | "line" | "field" | "message">;

/**
 * One error (or warning) as `FILE:LINE: field: message` (LINE left out when
 * unknown), always on one line: messages quote values as written, and a line
 * break or other control character in one is shown escaped (`\n`, `\u0000`).
 */
export function formatError(error: Located): string {
  const where = error.line === undefined ? error.file : `${error.file}:${error.line}`;
  return oneLine(`${where}: ${error.field}: ${error.message}`);
}

/** Control characters but the tab, and Unicode's own line separators. */
const CONTROL = /[\u0000-\u0008\u000A-\u001F\u007F\u0085\u2028\u2029]/g;

function oneLine(text: string): string {
  return text.replace(CONTROL, (c) => (c === "\n" ? "\\n" : c === "\r" ? "\\r" : `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`));
}

/** Errors in a fixed order: by file, then line, then field. */
export function sortErrors<T extends Located>(errors: readonly T[]): T[] {
  return errors.toSorted(
    (a, b) =>
      compareText(a.file, b.file) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      compareText(a.field, b.field) ||
      compareText(a.message, b.message),
  );
}

/** Every error (or warning), one a line, then the count line `N errors` (`N warnings`). */
export function formatErrorReport(errors: readonly Located[], noun: "errors" | "warnings" = "errors"): string {
  const lines = sortErrors(errors).map(formatError);
  lines.push(`${errors.length} ${noun}`);
  return lines.join("\n");
}

/** Code-point order, the same on every machine (no locale). */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
