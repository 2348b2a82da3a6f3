/**
 * Shared pieces of the fuzz tests: a writable copy of the fixture archive
 * with one article and a few entity files that set every field, arbitraries
 * of YAML and JSON values (as JS values serialised by `yaml`, and as raw
 * text), and the property every build must keep: it never throws, and it is
 * either accepted or refused with content errors that name a file of the
 * content folder and a field.
 *
 * Seeds are fixed (per test, from its name), so a run is reproducible; set
 * FUZZ_SEED to explore other inputs and FUZZ_SCALE to multiply the run counts
 * (e.g. `FUZZ_SCALE=10 npx vitest run tests/fuzz`).
 */
import fs from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, expect } from "vitest";
import { parse, stringify, type ToStringOptions } from "yaml";
import { ERROR_CODES, formatErrorReport, type ContentError } from "../../src/errors/catalogue.ts";
import { loadArchive } from "../../src/model/archive.ts";
import { parseDateText, type DateText } from "../../src/schema/dates.ts";
import { planSite, type PageKindName } from "../../src/views/site-views.ts";
import { copyFixture, type ContentFolder } from "../helpers/content-folder.ts";

// ---------------------------------------------------------------------------
// Runs and seeds

const BASE_SEED = Number(process.env.FUZZ_SEED ?? 20260101);
const SCALE = Number(process.env.FUZZ_SCALE ?? 1);

/** fast-check parameters for one property: a seed fixed by the test's name. */
export function params<T>(name: string, numRuns: number): fc.Parameters<T> {
  let hash = 2166136261;
  for (const ch of name) hash = Math.imul(hash ^ ch.codePointAt(0)!, 16777619);
  return { seed: (BASE_SEED ^ hash) | 0, numRuns: Math.max(1, Math.round(numRuns * SCALE)) };
}

export const NOW_TEXT = "2026-01-01T00:00Z";
export const NOW: DateText = (() => {
  const parsed = parseDateText(NOW_TEXT);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.value;
})();

// ---------------------------------------------------------------------------
// The base archive: the fixture plus files that set every field

/** An article that sets every field of the contract (nested ones too). */
export const EVERY_FIELD_ARTICLE = "articles/2025/10/every-field.md";
export const EVERY_FIELD_TEXT = `---
title: Every field of the contract
date: 2025-10-26T08:15+09:00
updated: 2025-10-27
summary: An article that sets every field, for the fuzz tests.
source:
  name: Korea Daily
  url: https://korea-daily.example/every-field
  author: Min-ji Park
authors: [Archive Desk, Second Desk]
people: [Vladimir Putin, Keir Giles]
organisations: [NATO]
topics: [Sanctions, Diplomacy]
places: [Seoul]
quotes:
  - text: Every field is here.
    speaker: Keir Giles
    role: senior consulting fellow
    context: In an interview
  - text: The alliance agrees.
    speaker: NATO
figures:
  - value: 42
    label: fields checked
    unit: USD
    qualifier: about
    attribution: The fuzz desk
    asOf: 2025-10
corrections:
  - date: 2025-10-28
    text: A correction.
image:
  src: images/museum-hall.jpg
  alt: A museum hall
  caption: The hall.
  credit: Fixture Photo Agency
redirectFrom: [/old/every-field/]
slug: every-field
draft: false
lang: en-GB
---
Body with **Markdown** and a [link](https://example.org/).
`;

/**
 * The every-field article with valid but odd values in every field: template
 * and markup look-alikes, bidi and invisible characters, years 1 and 9999, the
 * largest double, a non-currency unit, percent-encoded and non-ASCII redirect
 * paths, slug "0", an Arabic-digit language. Accepted: every view must cope.
 */
export const ODD_BUT_VALID = `---
title: "{{ title }} {% raw %} </script><script>alert(1)</script> ]]> \\u202Eevil\\u202C & 💥 \\u0000"
date: 0001-01-01T00:00-12:00
updated: 9999-12-31T23:59+14:00
summary: "Line one\\nline two\\u2028<b>bold</b> {{ x }}"
source:
  name: "\\"Quoted\\" & <Co> \\u00A0 ‘Ltd’"
  url: "https://example.org/?a=<b>&c='d'\\"><script>"
  author: "</title>"
authors: ["\\u200B", "Ж"]
people: ["Keir  Giles", "KEIR GILES", "\\uFEFFPutin", "👨‍👩‍👧", "...", "-", "'"]
organisations: [NATO, "\\"", "x"]
topics: ["]]>", "<!-- -->", "$&"]
places: ["\\u0085", "İstanbul", "ﬁ"]
quotes:
  - text: "</blockquote>\\n\\n# heading\\n\\n<script>x</script>"
    speaker: "👨‍👩‍👧"
    role: "{% endraw %}"
    context: "\\u202E"
  - text: "x"
    speaker: "x"
figures:
  - value: 1.7976931348623157e308
    label: "<b>max</b>"
    unit: XYZ
    qualifier: fewer than
    attribution: "&amp;"
    asOf: "0000"
  - value: -0.000001
    label: tiny
    unit: "%"
  - value: -1e21
    label: big
    unit: JPY
corrections:
  - date: 9999-12-31
    text: "<i>late</i>\\n\\n- list"
  - date: 0001-01-01
    text: early
image:
  src: ./images//museum-hall.jpg
  alt: "\\"><img src=x onerror=alert(1)>"
  caption: "line\\nbreak"
  credit: "©"
redirectFrom: ["/%2e%2e/", "/ä/", "/a:b/", "/x.y.z"]
slug: "0"
draft: false
lang: ar-u-nu-arab
---
Body.
`;

/** Entity files that set every entity field, one per taxonomy (all named by articles). */
export const ENTITY_FILES: Record<string, string> = {
  "people/vladimir-putin.md": `---
name: Vladimir Putin
aliases: [Putin, "Владимир Путин"]
slug: vladimir-putin
description: President of Russia.
url: https://kremlin.example/
wikidata: Q7747
---
President of the **Russian Federation**.
`,
  "organisations/nato.md": `---
name: NATO
aliases: [North Atlantic Treaty Organization]
slug: nato
description: A military alliance.
url: https://www.nato.int/
wikidata: Q7184
---
`,
  "sources/korea-daily.md": `---
name: Korea Daily
aliases: [The Korea Daily]
slug: korea-daily
description: A newspaper.
url: https://korea-daily.example/
wikidata: Q1
---
`,
  "topics/sanctions.md": `---
name: Sanctions
aliases: [Economic sanctions]
slug: sanctions
description: Economic penalties between states.
url: https://example.org/sanctions
wikidata: Q188301
---
`,
};

/** A copy of the fixture archive with the every-field files; `write` one file per run, `restore` it after. */
export interface FuzzFolder extends ContentFolder {
  /** The base text of a file (relative path). */
  original(file: string): string;
  write(file: string, text: string): void;
  restore(file: string): void;
}

/**
 * The fuzz folder of one test file: made before its tests, removed after
 * them, then the file's statistics printed (under `FUZZ_STATS=1`) when a
 * title is given.
 */
export function useFuzzFolder(statsTitle?: string): FuzzFolder {
  let folder: FuzzFolder | undefined;
  beforeAll(() => {
    folder = fuzzFolder();
  });
  afterAll(() => {
    folder?.remove();
    if (statsTitle) printStats(statsTitle);
  });
  const live = (): FuzzFolder => {
    if (!folder) throw new Error("the fuzz folder is made in beforeAll: use it inside tests");
    return folder;
  };
  return {
    get base() {
      return live().base;
    },
    get dir() {
      return live().dir;
    },
    remove: () => live().remove(),
    original: (file) => live().original(file),
    write: (file, text) => live().write(file, text),
    restore: (file) => live().restore(file),
  };
}

export function fuzzFolder(): FuzzFolder {
  const folder = copyFixture({ [EVERY_FIELD_ARTICLE]: EVERY_FIELD_TEXT, ...ENTITY_FILES });
  const originals = new Map<string, string>();
  const original = (file: string): string => {
    let text = originals.get(file);
    if (text === undefined) {
      text = fs.readFileSync(path.join(folder.dir, file), "utf8");
      originals.set(file, text);
    }
    return text;
  };
  return {
    ...folder,
    original,
    write(file, text) {
      original(file);
      fs.writeFileSync(path.join(folder.dir, file), text);
    },
    restore(file) {
      fs.writeFileSync(path.join(folder.dir, file), original(file));
    },
  };
}

/** Writes `text` to `file`, checks the property (`expectAcceptedOrReported`), and puts the file back. */
export function checkChange(
  folder: FuzzFolder,
  file: string,
  text: string,
  options: { named?: boolean; include?: { drafts?: boolean; future?: boolean } } = { named: true },
): Outcome {
  try {
    folder.write(file, text);
    return expectAcceptedOrReported(folder.dir, file, text, options);
  } finally {
    folder.restore(file);
  }
}

/** The article and entity files of the base archive (for whole-file mutations). */
export function markdownFilesOf(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true, encoding: "utf8" }) as string[])
    .map((f) => f.split(path.sep).join("/"))
    .filter((f) => f.endsWith(".md"))
    .sort();
}

// ---------------------------------------------------------------------------
// The property

export interface Outcome {
  errors: ContentError[];
  pageCount: number;
}

/**
 * Loads the content folder and plans (and builds the view model of) every
 * page, as a build does before writing. Throws only if Clippings does.
 */
export function buildInMemory(dir: string, include: { drafts?: boolean; future?: boolean } = {}): Outcome {
  const plan = planSite(loadArchive(dir, { drafts: include.drafts ?? false, future: include.future ?? false, now: NOW }));
  if (!plan.ok) return { errors: plan.errors, pageCount: 0 };
  const { views } = plan;
  for (const kind of Object.keys(views.pages) as PageKindName[]) {
    for (const ref of views.pages[kind]) views.view(kind, ref as never);
  }
  return { errors: [], pageCount: views.pageCount };
}

/**
 * Every error is one line of the report: messages quote the editor's value as
 * written, and formatError escapes line breaks (regressions.test.ts).
 */
export const MESSAGES_ARE_ONE_LINE = true;

/** With FUZZ_STATS=1: how many builds were accepted, and the error codes seen (printed by `printStats`). */
const stats = new Map<string, number>();
function count(key: string): void {
  if (process.env.FUZZ_STATS) stats.set(key, (stats.get(key) ?? 0) + 1);
}
export function printStats(title: string): void {
  if (!process.env.FUZZ_STATS) return;
  const rows = [...stats].sort((a, b) => b[1] - a[1]).map(([k, n]) => `  ${k}: ${n}`);
  console.log(`${title}\n${rows.join("\n")}`);
}

/**
 * The property: the build of `dir` (with `file` changed to `text`) does not
 * throw; it is accepted with pages, or every error is a catalogued content
 * error with a relative file, a field and a plain message, and (when `named`)
 * one of them names the changed file.
 */
export function expectAcceptedOrReported(
  dir: string,
  file: string,
  text: string,
  options: { named?: boolean; include?: { drafts?: boolean; future?: boolean } } = {},
): Outcome {
  let outcome: Outcome;
  try {
    outcome = buildInMemory(dir, options.include);
  } catch (error) {
    const e = error as Error;
    throw new Error(`the build threw instead of reporting a content error: ${e.stack ?? String(e)}`);
  }
  const { errors } = outcome;
  count(errors.length === 0 ? "(accepted)" : "(refused)");
  for (const code of new Set(errors.map((e) => e.code))) count(code);
  if (errors.length === 0) {
    expect(outcome.pageCount, "an accepted archive has pages").toBeGreaterThan(0);
    return outcome;
  }
  const report = formatErrorReport(errors);
  const context = `\n--- ${file} ---\n${text}\n--- errors ---\n${report}`;
  for (const e of errors) {
    const where = `${JSON.stringify(e)}${context}`;
    expect(Object.keys(ERROR_CODES), where).toContain(e.code);
    expect(typeof e.file === "string" && e.file.length > 0, `error without a file: ${where}`).toBe(true);
    expect(path.isAbsolute(e.file) || /^[A-Za-z]:/.test(e.file), `absolute file: ${where}`).toBe(false);
    expect(e.file.includes("\\"), `backslash in file: ${where}`).toBe(false);
    expect(e.file.split("/").some((part) => part === ".." || part === "."), `file with . or ..: ${where}`).toBe(false);
    expect(fs.existsSync(path.join(dir, e.file)), `file not in the content folder: ${where}`).toBe(true);
    // Non-empty; an unknown key is named as written, even when it is only spaces.
    expect(typeof e.field === "string" && e.field.length > 0, `error without a field: ${where}`).toBe(true);
    expect(e.line === undefined || (Number.isInteger(e.line) && e.line >= 1), `bad line: ${where}`).toBe(true);
    if (e.line !== undefined && !e.file.endsWith("/")) {
      const lines = fs.readFileSync(path.join(dir, e.file), "utf8").split(/\r\n?|\n/).length;
      expect(e.line, `line past the end of ${e.file} (${lines} lines): ${where}`).toBeLessThanOrEqual(lines);
    }
    expect(typeof e.message === "string" && e.message.trim().length > 0, `error without a message: ${where}`).toBe(true);
    expect(e.message, `stack trace in message: ${where}`).not.toMatch(/^\s+at .*:\d+:\d+\)?$/m);
    // The editor's own text may say "undefined" (perhaps folded over lines); Clippings' words must not.
    for (const leak of ["[object Object]", "undefined", "[object Array]", "function "]) {
      if (!squash(text).includes(squash(leak)) && !e.field.includes(leak)) expect(e.message.includes(leak), `"${leak}" in message: ${where}`).toBe(false);
    }
  }
  const lines = report.split("\n");
  expect(lines.at(-1), `the report does not end with the count${context}`).toBe(`${errors.length} errors`);
  if (MESSAGES_ARE_ONE_LINE) expect(lines.length, `an error spans several lines${context}`).toBe(errors.length + 1);
  if (options.named) {
    expect(
      errors.some((e) => e.file === file || e.message.includes(file)),
      `no error names ${file}${context}`,
    ).toBe(true);
  }
  return outcome;
}

/** Text without white space, quotes and backslashes (YAML may fold and escape a value). */
function squash(text: string): string {
  return text.replace(/[\s"'\\]/g, "");
}

// ---------------------------------------------------------------------------
// Values

/** Strings that mean something else to YAML 1.1, JSON, dates, URLs, paths or the contract, by kind. */
export const SPECIALS = {
  yaml: [
    "yes", "no", "Yes", "NO", "on", "off", "y", "n", "true", "false", "True", "FALSE", "~", "null", "Null", "NULL",
    "", " ", "  padded  ", "0x1F", "0o17", "017", "1_000", "2,000", "1e3", "1e999", "-0", "+12", "12.50", "007",
    ".inf", "-.inf", ".nan", ".NaN", "NaN", "Infinity", "-Infinity", "<<", "=", "---", "...", "# not a comment", "a #b", "@x", "`x`",
    "&anchor", "*alias", "!tag", "!!binary", "%YAML 1.1", "? key", ": value", "- item", "[a, b]", "{a: 1}", "'single'", '"double"',
  ],
  dates: [
    "2025-10-24", "2025-10-24T14:30", "2025-10-24T14:30:59Z", "2025-10-24T14:30+01:00", "2025-10-24 14:30", "2025-10-24t14:30",
    "2025-13-45", "2025-02-30", "2024-02-29", "2025-02-29", "2025-10-24T24:00", "2025-10-24T23:60", "2025-10-24T14:30:60",
    "2025-10-24T14:30:00.5Z", "2025-10-24T14:30+14:59", "2025-10-24T14:30-15:00", "2025-10-24T14:30+01", "2025-03-30T01:30",
    "2025-03-09T02:30", "2025-10-26T01:30", "2025-10-26", "2025-10-25", "2025-10-26T08:14+09:00", "2025-10-26T08:15+09:00",
    "2025-10-27T00:00-14:00", "2025-12-31T23:59:59-12:00", "2026-01-01", "2026-01-01T00:00Z", "2026-01-01T00:00:01Z", "2025-12-31T23:59:59Z",
    "0000-01-01", "0001-01-01T00:00-12:00", "9999-12-31T23:59+14:00", "1970-01-01T00:00Z", "1900-02-29", "2000-02-29",
    "2025", "2025-09", "2025-00", "2025-13", "0000", "24/10/2025", "20251024", "2025-10-24T14:30Z ", "\u0662\u0660\u0662\u0665-10-24",
  ],
  choices: ["USD", "usd", "EUR", "JPY", "KRW", "XYZ", "XXX", "ABCD", "%", "‰", "about", "at least", "more than", "up to", "fewer than", "About", "roughly", " about "],
  languages: [
    "en", "en-GB", "en_GB", "ko", "de-CH-1996", "zh-Hant-TW", "und", "root", "i-klingon", "x-private", "en-u-nu-arab", "zz-ZZZZ",
    "tlh", "sr-Latn", "EN-gb", "en-", "-en", "e", "toolongsubtagxx", "ar", "he", "ja-JP-u-ca-japanese", "th-TH-u-nu-thai", "en-x-a",
    "qaa", "art-lojban", "zh-min-nan", "en-GB-oed", "de-DE-u-co-phonebk", "en-US-u-hc-h24", "fa-IR", "my", "hi-Latn",
  ],
  zones: [
    "UTC", "utc", "Etc/UTC", "Europe/London", "Asia/Seoul", "Asia/Kathmandu", "Etc/GMT+12", "Etc/GMT-14", "Pacific/Kiritimati",
    "America/Havana", "America/Santiago", "America/St_Johns", "Australia/Lord_Howe", "Local", "Z", "+01:00", "GMT+5", "Mars/Olympus",
    "EST5EDT", "Europe/Kyiv", "Europe/Kiev", "US/Pacific", "UTC+01:00",
  ],
  urls: [
    "http://", "https://", "https://example.org/x", "http://[::1]/", "https://exa mple.org", "https://example.org/a b",
    "javascript:alert(1)", "mailto:a@b.c", "file:///etc/passwd", "//example.org/", "ftp://example.org/", "HTTPS://EXAMPLE.ORG",
    "https://user:pass@example.org:8080/p?q#f", "https://例え.jp/", "https://xn--r8jz45g.jp/", "http://a", "https://example.org/\"><script>",
    "https://example.org/?a=<b>&c='d'", "http://1.2.3.4:0/", "https://example.org:99999/", "https://.", "http://-/",
  ],
  paths: [
    "/", "/old/path/", "/old/path", "/story.html", "/old/../x", "/./x", "/a?b", "/a#b", "//", "/a//b", "/a\\b", "/ä/ü/", "/%20/", "/%2e%2e/",
    "/index.html", "/404.html", "/feed.xml", "/feed.json", "/robots.txt", "/people/", "/people/keir-giles/", "/people/keir-giles/feed.xml",
    "/people/keir-giles/quotes/", "/2025/10/26/every-field/", "/2025/10/24/museum/", "/sitemap.xml", "/search/", "/assets/", "/_redirects",
    "/pagefind/", "/images/", "/archive/", "/archive/2025/", "/archive/2025/10/", "/page/2/", "/old/putin-speaks.html", "/2025/03/putin",
    "/old/every-field/", "/old/every-field", "/a.", "/.hidden/", "/a b/", "/CON/", "/a:b/",
  ],
  slugs: [
    "Q7747", "Q0", "q7747", "Q", "Q01", "Q1e3", "Q99999999999999999999", "every-field", "north-korean-troops", "North-Korean", "a--b", "-a", "a-",
    "a", "0", "keir-giles", "vladimir-putin", "putin", "nato", "korea-daily", "sanctions", "diplomacy", "museum", "index", "page", "feed", "quotes",
    "x0123456789", "people", "archive",
  ],
  images: [
    "images/museum-hall.jpg", "./images/museum-hall.jpg", "images//museum-hall.jpg", "../10/images/museum-hall.jpg", "images/museum-hall.JPG",
    "../../../site.json", "../../../../outside.jpg", "/etc/passwd", "images", "images/", "every-field.md", "C:\\x.jpg", "museum.md",
    "images/missing.png", ".", "..", "...", "\u0000.jpg", "images/museum-hall.jpg?x=1", "images/museum-hall.jpg#x", "file:images/museum-hall.jpg",
  ],
  names: [
    "Keir Giles", "keir giles", "Keir-Giles", "KEIR GILES", " Keir  Giles ", "Putin", "Vladimir Putin", "Владимир Путин", "NATO", "nato",
    "North Atlantic Treaty Organization", "Korea Daily", "Korea-Daily", "The Korea Daily", "Sanctions", "sanctions", "Economic sanctions",
    "Diplomacy", "Seoul", "Russia", "김정은", "Kim Jong Un", "이재명", "Lee Jae-myung", "Wire Service", "Chatham House", "Chatham\u00A0House",
    "Chatham  House", "Chatham–House", "Nobody Yet", "Secret Person", "Future Person", "Rosneft", "💥", "👨‍👩‍👧", "...", "-", "'", "\"",
  ],
  js: [
    "__proto__", "constructor", "prototype", "toString", "hasOwnProperty", "valueOf", "then", "undefined", "[object Object]",
    "<script>alert(1)</script>", "</title>", "&amp;", "&", "<", "]]>", "{{ title }}", "{% raw %}", "${x}", "$&", "$1",
  ],
  characters: [
    "\u0000", "\u0001", "\u0007", "\u001B[31m", "\u007F", "\uFEFF", "\uFEFFtitle", "\u200B", "\u200E", "\u202E", "\u2028", "\u2029", "\u00A0",
    "\u3000", "\t", "\r", "\n", "a\nb", "a\r\nb", "a\rb", "line\n\nparagraph", "\u0085", "💥", "👨‍👩‍👧", "🇰🇷", "é", "e\u0301",
    "ﬁ", "İ", "ß", "Σ", "\uD800", "\uDFFF", "\uD83D", "\uFFFE", "\uFFFF", "𝕏", "ｆｕｌｌ", "—", "–", "‘’“”", "…",
  ],
} satisfies Record<string, string[]>;

export const SPECIAL_STRINGS: readonly string[] = Object.values(SPECIALS).flat();

/**
 * Strings aimed at one field, by its name (the last name in its path):
 * dates at dates, paths at redirectFrom, names at names. Every field also gets
 * all the other values; these only make the near misses more likely.
 */
export function hintsFor(at: FieldPath): readonly string[] {
  const name = [...at].reverse().find((p): p is string => typeof p === "string") ?? "";
  switch (name) {
    case "date":
    case "updated":
    case "asOf":
      return SPECIALS.dates;
    case "url":
      return SPECIALS.urls;
    case "redirectFrom":
      return SPECIALS.paths;
    case "src":
      return SPECIALS.images;
    case "slug":
    case "wikidata":
      return SPECIALS.slugs;
    case "lang":
    case "language":
      return SPECIALS.languages;
    case "timeZone":
      return SPECIALS.zones;
    case "unit":
    case "qualifier":
      return SPECIALS.choices;
    case "people":
    case "organisations":
    case "topics":
    case "places":
    case "speaker":
    case "source":
    case "name":
    case "aliases":
    case "authors":
      return SPECIALS.names;
    default:
      return [...SPECIALS.js, ...SPECIALS.characters];
  }
}

/** A field's value leaning on its hints: a hinted string, or for a list field a list of them. */
export function hintedValue(at: FieldPath, list: boolean): fc.Arbitrary<unknown> {
  const hint = fc.constantFrom(...hintsFor(at));
  return list ? fc.oneof(fc.array(hint, { minLength: 1, maxLength: 4 }), hint) : hint;
}

/** Some text: special, unicode, arbitrary code units, or long. */
export const textValue: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...SPECIAL_STRINGS) },
  { weight: 3, arbitrary: fc.string({ unit: "grapheme", maxLength: 30 }) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 20 }) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme-ascii", maxLength: 30 }) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom("x", "word ", "Ж", "🙂", "a\n", " "), fc.constantFrom(199, 200, 201, 299, 300, 301, 499, 501, 999, 1000, 1001, 2001, 5001, 20000))
      .map(([unit, n]) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n)),
  },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...SPECIAL_STRINGS), fc.constantFrom(...SPECIAL_STRINGS)).map(([a, b]) => a + b) },
);

const numberValue: fc.Arbitrary<number | bigint> = fc.oneof(
  fc.integer(),
  fc.integer({ min: -3, max: 1001 }),
  fc.double(), // NaN, ±Infinity, -0 included
  fc.constantFrom(0, -0, 1, 20, 1000, 1001, 0.5, 1.5, 2 ** 53, 2 ** 53 + 2, Number.MAX_VALUE, Number.MIN_VALUE, -1e308, NaN, Infinity, -Infinity),
  fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }),
);

/** Object keys: the contract's fields, near misses, JS look-alikes, anything. */
export const KEYS: readonly string[] = [
  "title", "date", "updated", "summary", "source", "authors", "people", "organisations", "topics", "places", "quotes", "figures",
  "image", "corrections", "redirectFrom", "slug", "draft", "lang", "name", "url", "author", "text", "speaker", "role", "context",
  "value", "label", "unit", "qualifier", "attribution", "asOf", "src", "alt", "caption", "credit", "aliases", "description",
  "wikidata", "language", "timeZone", "pageSize", "organizations", "Title", "as_of", "redirect_from", "tags",
  "__proto__", "constructor", "prototype", "toString", "hasOwnProperty", "", " ", "<<", "~", "null", "1", "0",
];
export const keyValue: fc.Arbitrary<string> = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...KEYS) }, { weight: 1, arbitrary: textValue });

/** Any JS value `yaml` can write: scalars, dates, nested lists and objects. */
export const anyValue: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown; leaf: unknown }>((tie) => ({
  leaf: fc.oneof(
    { weight: 6, arbitrary: textValue },
    { weight: 3, arbitrary: numberValue },
    { weight: 1, arbitrary: fc.boolean() },
    { weight: 1, arbitrary: fc.constant(null) },
    { weight: 1, arbitrary: fc.date({ noInvalidDate: true }) },
  ),
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    { weight: 5, arbitrary: tie("leaf") },
    { weight: 1, arbitrary: fc.array(tie("value"), { maxLength: 4 }) },
    { weight: 1, arbitrary: fc.dictionary(keyValue, tie("value"), { maxKeys: 4 }) },
  ),
})).value;

/**
 * Values shaped like what a field wants: a list of texts, an object with the
 * keys of a quote or figure, a big list (so nested values of every kind reach
 * the nested checks).
 */
export function shapedValue(keys: readonly string[]): fc.Arbitrary<unknown> {
  const keyArb = keys.length > 0 ? fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...keys) }, { weight: 1, arbitrary: keyValue }) : keyValue;
  const record = fc.dictionary(keyArb, anyValue, { maxKeys: keys.length + 1 });
  return fc.oneof(
    fc.array(textValue, { maxLength: 5 }),
    fc.array(anyValue, { maxLength: 3 }),
    record,
    fc.array(record, { maxLength: 3 }),
    fc.array(fc.constantFrom(...SPECIAL_STRINGS), { minLength: 50, maxLength: 300 }),
  );
}

/** How `yaml` writes a document: string styles, flow or block, odd indents. */
const yamlOptions: fc.Arbitrary<ToStringOptions> = fc.record(
  {
    defaultStringType: fc.constantFrom("PLAIN", "QUOTE_DOUBLE", "QUOTE_SINGLE", "BLOCK_LITERAL", "BLOCK_FOLDED"),
    defaultKeyType: fc.constantFrom(null, "PLAIN", "QUOTE_DOUBLE", "QUOTE_SINGLE"),
    collectionStyle: fc.constantFrom("any", "block", "flow"),
    indent: fc.integer({ min: 1, max: 8 }),
    indentSeq: fc.boolean(),
    lineWidth: fc.constantFrom(0, 8, 20, 80),
    minContentWidth: fc.constantFrom(0, 20),
    doubleQuotedAsJSON: fc.boolean(),
    nullStr: fc.constantFrom("null", "~", "", "Null"),
    trueStr: fc.constantFrom("true", "True", "yes", "on"),
    falseStr: fc.constantFrom("false", "FALSE", "no", "off"),
    simpleKeys: fc.boolean(),
  },
  { requiredKeys: [] },
);

/** Raw YAML for one value: syntax the serialiser never writes (tags, anchors, broken quotes, block scalars). */
export const rawYamlValue: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.constantFrom(
      "yes", "~", "", "2025-13-45", "2025-10-24", "2025-10-24 14:30:00", "2001-12-14t21:59:43.10-05:00", "0x1F", "0o17", "0b101", "1_000",
      ".inf", "-.inf", ".nan", "1e999", "-0", "12:30:00", "190:20:30",
      "!!binary aGVsbG8=", "!!binary |\n  R0lGODlhDAAMAIQAAP", "!!str 12", "!!str", "!!int '12'", "!!int x", "!!float x", "!!bool yes", "!!null x",
      "!!timestamp 2025-10-24", "!!set {a, b}", "!!omap [a: 1, b: 2]", "!!pairs [a: 1]", "!!map [1]", "!!seq {a: 1}", "!!js/function 'f'",
      "!foo bar", "!<tag:yaml.org,2002:str> x", "!<!> x", "! x", "!!", "!e! x", "&a x", "&a", "*a", "*undefined_alias", "&a [*a]",
      "&a [x, *a]", "&a {k: *a}", "[&a lol, *a, *a, *a, *a]", "<<: {a: 1}", "{<<: {a: 1}}", "[a, b", "{a: 1", "]", "}", "a]",
      "'unterminated", "\"unterminated", "'it''s'", "\"\\u0000\"", "\"\\x\"", "\"\\ud800\"", "\"\\U0001F600\"", "\"\\N\\_\\L\\P\"",
      "\"a\\\nb\"", "|", "|-\n  x\n  y", "|+\n  x\n\n", "|2\n   x", "|0\n x", "|9\n x", ">\n  folded\n  text", ">-\n\n  x", "- a\n- b",
      "a: b", "a: b\nc: d", "? a\n: b", "? [a, b]\n: c", "? {a: 1}\n: c", "@at", "`tick", "%YAML 1.1", "---", "...", "--- x",
      "# comment", "x # comment", "x#notcomment", "{a: 1, a: 2}", "[a, [b, [c, [d]]]]", "\t x", "x\ty", "\"a\nb\"", "'a\n\n b'",
      "a\n b\n  c", "[\n]", "{\n}", "[a,,b]", "[,]", "{,}", "{a, b: }", "[a: b, c: d]", "- - - x", "-\n -\n  - x",
      "x: y: z", ": x", "- ", "-", "?", ":", "*", "&", "!", "%", "@", "|x", ">x", "[]", "{}", "''", "\"\"",
      "[" + "[".repeat(300) + "]".repeat(301), "{a: ".repeat(200) + "1" + "}".repeat(200), "- ".repeat(200) + "x",
      "[" + Array.from({ length: 60 }, (_, i) => (i === 0 ? "&a [x, x, x, x, x, x, x, x, x, x]" : "*a")).join(", ") + "]",
    ),
  },
  { weight: 2, arbitrary: fc.string({ unit: "grapheme-ascii", maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 20 }) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.constantFrom("", "!!str ", "!!int ", "!!float ", "!!bool ", "!!null ", "!!seq ", "!!map ", "&x ", "!local ", "!!binary "), anyValue)
      .map(([prefix, value]) => prefix + stringify(value, { collectionStyle: "flow", lineWidth: 0 }).trimEnd()),
  },
);

// ---------------------------------------------------------------------------
// Front matter texts

export type FieldPath = (string | number)[];

/** The front matter of a Markdown file as plain data, and its body. */
export function splitMarkdown(text: string): { data: Record<string, unknown>; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!match) throw new Error(`not a front matter file:\n${text}`);
  return { data: parse(match[1]!, { version: "1.2", schema: "core" }) as Record<string, unknown>, body: match[2]! };
}

/** A deep copy of `data` with the value at `at` set (`undefined` deletes it). */
export function setIn(data: unknown, at: FieldPath, value: unknown): unknown {
  if (at.length === 0) return value;
  const [head, ...rest] = at;
  if (Array.isArray(data) && typeof head === "number") {
    const copy = [...data];
    const next = setIn(copy[head], rest, value);
    if (next === undefined) copy.splice(head, 1);
    else copy[head] = next;
    return copy;
  }
  const copy: Record<string, unknown> = { ...(data as Record<string, unknown>) };
  const key = String(head);
  const next = setIn(Object.hasOwn(copy, key) ? copy[key] : undefined, rest, value);
  // defineProperty: a `__proto__` key is a field like any other, not the prototype.
  if (next === undefined) delete copy[key];
  else Object.defineProperty(copy, key, { value: next, enumerable: true, writable: true, configurable: true });
  return copy;
}

const SENTINEL = "FUZZ_SENTINEL_VALUE";

/** Replaces the sentinel's line with raw YAML, indenting its further lines below the key. */
function replaceSentinel(yamlText: string, raw: string, extraIndent: string): string {
  const lines = yamlText.split("\n");
  const i = lines.findIndex((line) => line.includes(SENTINEL));
  if (i < 0) throw new Error(`no sentinel in\n${yamlText}`);
  const line = lines[i]!;
  const indent = /^\s*/.exec(line)![0] + extraIndent;
  const [first = "", ...more] = raw.split("\n");
  lines.splice(i, 1, line.replace(SENTINEL, () => first), ...more.map((l) => indent + l));
  return lines.join("\n");
}

/** A front matter document (as YAML text) with a field's value changed: by `yaml`'s serialiser, or raw text. */
export interface FieldChange {
  mode: "value" | "raw";
  value: unknown;
  options?: ToStringOptions;
  extraIndent?: string;
}

export function fieldChange(valueArb: fc.Arbitrary<unknown>): fc.Arbitrary<FieldChange> {
  return fc.oneof(
    { weight: 3, arbitrary: fc.record({ mode: fc.constant("value" as const), value: valueArb, options: yamlOptions }) },
    { weight: 1, arbitrary: fc.record({ mode: fc.constant("value" as const), value: fc.constant(undefined) }) },
    {
      weight: 2,
      arbitrary: fc.record({ mode: fc.constant("raw" as const), value: rawYamlValue, extraIndent: fc.constantFrom("  ", "", " ", "\t", "    ") }),
    },
  );
}

/** The YAML text of `data` with the value at `at` changed as `change` says. */
export function yamlWithChange(data: unknown, at: FieldPath, change: FieldChange): string {
  if (change.mode === "value") {
    const changed = setIn(data, at, change.value);
    try {
      return stringify(changed, change.options);
    } catch {
      // Option combinations the serialiser itself refuses; the value still gets tested.
      return stringify(changed);
    }
  }
  return replaceSentinel(stringify(setIn(data, at, SENTINEL), { lineWidth: 0 }), String(change.value), change.extraIndent ?? "  ");
}

/** A Markdown file from front matter text and a body. */
export function markdown(frontMatter: string, body: string): string {
  return `---\n${frontMatter.replace(/\n$/, "")}\n---\n${body}`;
}

/** Every path of `data` down to its leaves (list items: the first and the last). */
export function pathsOf(data: unknown, prefix: FieldPath = []): FieldPath[] {
  const out: FieldPath[] = [];
  if (Array.isArray(data)) {
    const indices = data.length > 1 ? [0, data.length - 1] : data.length === 1 ? [0] : [];
    for (const i of indices) out.push([...prefix, i], ...pathsOf(data[i], [...prefix, i]));
  } else if (data !== null && typeof data === "object") {
    for (const [key, value] of Object.entries(data)) out.push([...prefix, key], ...pathsOf(value, [...prefix, key]));
  }
  return out;
}

/** `quotes[0].speaker` from a path. */
export function pathName(at: FieldPath): string {
  return at.map((p, i) => (typeof p === "number" ? `[${p}]` : i === 0 ? p : `.${p}`)).join("");
}
