/**
 * Negative fixtures: one class of bad input per case. Each case starts from a
 * small valid archive (site.json plus one article, or a copy of
 * tests/fixtures/archive), introduces exactly one defect, and checks the
 * error's code, file, field and line (not its wording). A representative
 * subset (the first case of every error code, and the mixed case) is also
 * built by the real CLI, which must exit 1, print the error list in its
 * format and leave the output folder as it was.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { ERROR_CODES, sortErrors, type ContentError, type ErrorCode } from "../../src/errors/catalogue.ts";
import { loadArchive } from "../../src/model/archive.ts";
import { parseDateText, type DateText } from "../../src/schema/dates.ts";
import { listFiles, runCli } from "../helpers/cli.ts";
import { contentFolder, copyFixture, FIXTURE_ARCHIVE, writeFiles, type ContentFolder, type FileMap } from "../helpers/content-folder.ts";

const NOW = "2025-11-01";
const NOW_VALUE: DateText = (() => {
  const parsed = parseDateText(NOW);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.value;
})();

// ---------------------------------------------------------------------------
// The minimal valid archive: site.json and one article. Line numbers below
// refer to these texts: in an article, front matter line i is file line i + 1
// (line 1 is the opening ---).

const SITE = `{
  "title": "Broken Gazette",
  "url": "https://broken.example/",
  "language": "en",
  "timeZone": "UTC",
  "pageSize": 10
}
`;

const A = "articles/2025/10/first.md";
/** A real (small) JPEG for the cases with a valid image. */
const JPEG = fs.readFileSync(path.join(FIXTURE_ARCHIVE, "articles/2025/10/images/museum-hall.jpg"));
const B = "articles/2025/10/second.md";

/** A Markdown file from front matter lines (file lines 2, 3, ...). */
function fm(...lines: string[]): string {
  return ["---", ...lines, "---", "Body text.", ""].join("\n");
}

/** The minimal article (title line 2, date line 3, source line 4), extra lines from line 5. */
function first(...extra: string[]): string {
  return fm("title: First article", "date: 2025-10-24", "source: Wire Service", ...extra);
}

/** A second valid article with its own slug (second), extra lines from line 5. */
function second(...extra: string[]): string {
  return fm("title: Second article", "date: 2025-10-24", "source: Wire Service", ...extra);
}

/** The minimal article with its date line replaced. */
function dated(date: string, ...extra: string[]): string {
  return fm("title: First article", `date: ${date}`, "source: Wire Service", ...extra);
}

/** The same text with Windows line ends. */
function crlf(text: string): string {
  return text.replace(/\n/g, "\r\n");
}

/** site.json with one text replaced (throws if the text is not there: a broken test). */
function site(from: string, to: string): FileMap {
  if (!SITE.includes(from)) throw new Error(`site.json has no ${from}`);
  return { "site.json": SITE.replace(from, to) };
}

/** A fixture file with texts replaced, `[from, to]` pairs (throws if a text is not there). */
function fixture(file: string, ...changes: [from: string, to: string][]): FileMap {
  let text = fs.readFileSync(path.join(FIXTURE_ARCHIVE, file), "utf8");
  for (const [from, to] of changes) {
    if (!text.includes(from)) throw new Error(`${file} has no ${from}`);
    text = text.replace(from, to);
  }
  return { [file]: text };
}

// ---------------------------------------------------------------------------

interface Want {
  code: ErrorCode;
  file: string;
  line?: number;
  field: string;
  /** Text the message must contain (the other file of a clash, a suggestion). */
  mentions?: string;
}

interface Case {
  name: string;
  /** Start from a copy of tests/fixtures/archive instead of the minimal archive. */
  fixture?: true;
  files: FileMap;
  /** Files written beside the content folder (outside it). */
  outside?: FileMap;
  /** Load with drafts included. */
  drafts?: true;
  errors: Want[];
  /** Also run the real CLI on this case (besides the first case of each code). */
  cli?: true;
}

function wrong(code: ErrorCode, file: string, line: number | undefined, field: string, mentions?: string): Want {
  return { code, file, ...(line === undefined ? {} : { line }), field, ...(mentions === undefined ? {} : { mentions }) };
}

const LONG_TITLE = "x".repeat(301);

const CASES: Case[] = [
  // -- site.json -------------------------------------------------------------
  { name: "site.json is missing", files: { "site.json": null }, errors: [wrong("site-missing", "site.json", undefined, "site.json")] },
  {
    name: "site.json: a comma missing between two keys",
    files: site('"Broken Gazette",', '"Broken Gazette"'),
    errors: [wrong("json-syntax", "site.json", 3, "site.json")],
  },
  { name: "site.json: a trailing comma", files: site('"pageSize": 10', '"pageSize": 10,'), errors: [wrong("json-syntax", "site.json", 7, "site.json")] },
  {
    name: "site.json: a value in single quotes",
    files: site('"title": "Broken Gazette"', "\"title\": 'Broken Gazette'"),
    errors: [wrong("json-syntax", "site.json", 2, "site.json")],
  },
  { name: "site.json: an unquoted value", files: site('"language": "en"', '"language": en'), errors: [wrong("json-syntax", "site.json", 4, "site.json")] },
  { name: "site.json is empty", files: { "site.json": "" }, errors: [wrong("json-syntax", "site.json", 1, "site.json")] },
  {
    name: "site.json: a key written twice",
    files: site('"language": "en",', '"language": "en",\n  "language": "de",'),
    errors: [wrong("json-syntax", "site.json", 5, "site.json")],
  },
  { name: "site.json is a list", files: { "site.json": "[]\n" }, errors: [wrong("not-a-mapping", "site.json", 1, "site.json")] },
  { name: "site.json without title", files: site('  "title": "Broken Gazette",\n', ""), errors: [wrong("required", "site.json", 1, "title")] },
  {
    name: "site.json: an unknown key (timezone)",
    files: site('"timeZone"', '"timezone"'),
    errors: [wrong("unknown-field", "site.json", 5, "timezone", '"timeZone"')],
  },
  { name: "site.json: url without scheme", files: site('"https://broken.example/"', '"broken.example"'), errors: [wrong("invalid-url", "site.json", 3, "url")] },
  { name: "site.json: url ftp://", files: site('"https://broken.example/"', '"ftp://broken.example/"'), errors: [wrong("invalid-url", "site.json", 3, "url")] },
  { name: "site.json: language en_GB", files: site('"language": "en"', '"language": "en_GB"'), errors: [wrong("invalid-language", "site.json", 4, "language")] },
  {
    name: "site.json: timeZone Europe/Londres",
    files: site('"timeZone": "UTC"', '"timeZone": "Europe/Londres"'),
    errors: [wrong("invalid-time-zone", "site.json", 5, "timeZone")],
  },
  { name: "site.json: pageSize 0", files: site('"pageSize": 10', '"pageSize": 0'), errors: [wrong("invalid-number", "site.json", 6, "pageSize")] },
  { name: "site.json: pageSize 2.5", files: site('"pageSize": 10', '"pageSize": 2.5'), errors: [wrong("invalid-number", "site.json", 6, "pageSize")] },
  { name: "site.json: pageSize 1001", files: site('"pageSize": 10', '"pageSize": 1001'), errors: [wrong("invalid-number", "site.json", 6, "pageSize")] },
  { name: 'site.json: pageSize "10" as text', files: site('"pageSize": 10', '"pageSize": "10"'), errors: [wrong("wrong-type", "site.json", 6, "pageSize")] },

  // -- front matter ----------------------------------------------------------
  {
    name: "article without front matter",
    files: { [A]: "title: First article\ndate: 2025-10-24\n\nBody text.\n" },
    errors: [wrong("front-matter-missing", A, 1, "front matter")],
  },
  {
    name: "entity file without front matter",
    files: { "people/keir-giles.md": "Keir Giles is a fellow.\n" },
    errors: [wrong("front-matter-missing", "people/keir-giles.md", 1, "front matter")],
  },
  {
    name: "front matter never closed",
    files: { [A]: "---\ntitle: First article\ndate: 2025-10-24\nsource: Wire Service\n\nBody text.\n" },
    errors: [wrong("front-matter-missing", A, 1, "front matter")],
  },
  {
    name: "YAML: a colon inside an unquoted title",
    files: { [A]: fm("title: Putin: sanctions will fail", "date: 2025-10-24", "source: Wire Service") },
    errors: [wrong("yaml-syntax", A, 2, "front matter")],
  },
  { name: "YAML: a repeated key", files: { [A]: first("title: First article again") }, errors: [wrong("yaml-syntax", A, 5, "front matter")] },
  { name: "YAML: an unclosed list", files: { [A]: first("people: [Keir Giles, Lee Jae-myung") }, errors: [wrong("yaml-syntax", A, 5, "front matter")] },
  {
    name: "YAML: a repeated key in an entity file",
    files: { "people/keir-giles.md": fm("name: Keir Giles", "name: Keir Giles") },
    errors: [wrong("yaml-syntax", "people/keir-giles.md", 3, "front matter")],
  },
  { name: "front matter is a list", files: { [A]: fm("- title", "- date") }, errors: [wrong("not-a-mapping", A, 1, "front matter")] },
  { name: "front matter is empty", files: { [A]: "---\n---\nBody text.\n" }, errors: [wrong("not-a-mapping", A, 1, "front matter")] },
  {
    name: "Windows line ends (CRLF): the line of an unknown field",
    files: { [A]: crlf(first("organizations: [NATO]", "draft: false")) },
    errors: [wrong("unknown-field", A, 5, "organizations", '"organisations"')],
  },
  {
    name: "entity front matter is a single value",
    files: { "people/keir-giles.md": fm("Keir Giles") },
    errors: [wrong("not-a-mapping", "people/keir-giles.md", 1, "front matter")],
  },

  // -- required --------------------------------------------------------------
  { name: "missing title", files: { [A]: fm("date: 2025-10-24", "source: Wire Service") }, errors: [wrong("required", A, 2, "title")] },
  { name: "missing date", files: { [A]: fm("title: First article", "source: Wire Service") }, errors: [wrong("required", A, 2, "date")] },
  { name: "missing source", files: { [A]: fm("title: First article", "date: 2025-10-24") }, errors: [wrong("required", A, 2, "source")] },
  {
    name: "empty source (source: with no value)",
    files: { [A]: fm("title: First article", "date: 2025-10-24", "source:") },
    errors: [wrong("required", A, 4, "source")],
  },
  {
    name: "source object without name",
    files: { [A]: fm("title: First article", "date: 2025-10-24", "source:", "  url: https://wire.example/") },
    errors: [wrong("required", A, 5, "source.name")],
  },
  { name: "missing quotes[0].speaker", files: { [A]: first("quotes:", "  - text: Hello there.") }, errors: [wrong("required", A, 6, "quotes[0].speaker")] },
  { name: "missing quotes[0].text", files: { [A]: first("quotes:", "  - speaker: Keir Giles") }, errors: [wrong("required", A, 6, "quotes[0].text")] },
  { name: "missing figures[0].label", files: { [A]: first("figures:", "  - value: 3") }, errors: [wrong("required", A, 6, "figures[0].label")] },
  {
    name: 'empty title ("")',
    files: { [A]: fm('title: ""', "date: 2025-10-24", "source: Wire Service") },
    errors: [wrong("required", A, 2, "title")],
  },
  {
    name: "empty title (title: with no value)",
    files: { [A]: fm("title:", "date: 2025-10-24", "source: Wire Service") },
    errors: [wrong("required", A, 2, "title")],
  },
  {
    name: "title of spaces only",
    files: { [A]: fm('title: "   "', "date: 2025-10-24", "source: Wire Service") },
    errors: [wrong("required", A, 2, "title")],
  },
  {
    name: "image without alt",
    files: { [A]: first("image:", "  src: photo.jpg"), "articles/2025/10/photo.jpg": "not really a JPEG" },
    errors: [wrong("required", A, 6, "image.alt")],
  },
  {
    name: "entity file without name",
    files: { "people/keir-giles.md": fm("description: Senior consulting fellow.") },
    errors: [wrong("required", "people/keir-giles.md", 2, "name")],
  },

  // -- wrong-type ------------------------------------------------------------
  { name: "title: 1984 (a number)", files: { [A]: fm("title: 1984", "date: 2025-10-24", "source: Wire Service") }, errors: [wrong("wrong-type", A, 2, "title")] },
  { name: 'draft: "false" (text)', files: { [A]: first('draft: "false"') }, errors: [wrong("wrong-type", A, 5, "draft")] },
  { name: "people: a plain string", files: { [A]: first("people: Vladimir Putin") }, errors: [wrong("wrong-type", A, 5, "people")] },
  { name: "authors: a plain string", files: { [A]: first("authors: Archive Desk") }, errors: [wrong("wrong-type", A, 5, "authors")] },
  {
    name: 'figures[0].value: "2,000"',
    files: { [A]: first("figures:", '  - value: "2,000"', "    label: soldiers killed") },
    errors: [wrong("wrong-type", A, 6, "figures[0].value")],
  },
  { name: "source: 42", files: { [A]: fm("title: First article", "date: 2025-10-24", "source: 42") }, errors: [wrong("wrong-type", A, 4, "source")] },
  { name: "image: a plain string", files: { [A]: first("image: photo.jpg") }, errors: [wrong("wrong-type", A, 5, "image")] },
  { name: "quotes[0]: a plain string", files: { [A]: first("quotes:", "  - He said so.") }, errors: [wrong("wrong-type", A, 6, "quotes[0]")] },
  {
    name: "title on two lines",
    files: { [A]: fm("title: |", "  First line", "  second line", "date: 2025-10-24", "source: Wire Service") },
    errors: [wrong("wrong-type", A, 2, "title")],
  },
  {
    name: "entity wikidata: 7747 (a number)",
    files: { "people/vladimir-putin.md": fm("name: Vladimir Putin", "wikidata: 7747") },
    errors: [wrong("wrong-type", "people/vladimir-putin.md", 3, "wikidata")],
  },

  // -- unknown-field ---------------------------------------------------------
  {
    name: "organizations (US spelling)",
    files: { [A]: first("organizations: [NATO]") },
    errors: [wrong("unknown-field", A, 5, "organizations", '"organisations"')],
  },
  {
    name: "an unknown key inside a quote",
    files: { [A]: first("quotes:", "  - text: We will keep talking.", "    speaker: Lee Jae-myung", "    rol: President") },
    errors: [wrong("unknown-field", A, 8, "quotes[0].rol", '"role"')],
  },
  {
    name: "an unknown key inside source",
    files: { [A]: fm("title: First article", "date: 2025-10-24", "source:", "  name: Wire Service", "  autor: Min-ji Park") },
    errors: [wrong("unknown-field", A, 6, "source.autor", '"author"')],
  },
  {
    name: "an unknown key in an entity file",
    files: { "people/vladimir-putin.md": fm("name: Vladimir Putin", "descripton: President of Russia.") },
    errors: [wrong("unknown-field", "people/vladimir-putin.md", 3, "descripton", '"description"')],
  },

  // -- too-long --------------------------------------------------------------
  {
    name: "title of 301 characters",
    files: { [A]: fm(`title: ${LONG_TITLE}`, "date: 2025-10-24", "source: Wire Service") },
    errors: [wrong("too-long", A, 2, "title")],
  },
  {
    name: "a quote's role of 301 characters",
    files: { [A]: first("quotes:", "  - text: Hello there.", "    speaker: Keir Giles", `    role: ${LONG_TITLE}`) },
    errors: [wrong("too-long", A, 8, "quotes[0].role")],
  },
  {
    name: "an entity description of 501 characters",
    files: { "people/keir-giles.md": fm("name: Keir Giles", `description: ${"x".repeat(501)}`) },
    errors: [wrong("too-long", "people/keir-giles.md", 3, "description")],
  },

  // -- invalid-date ----------------------------------------------------------
  { name: "date 2025-13-45", files: { [A]: dated("2025-13-45") }, errors: [wrong("invalid-date", A, 3, "date")] },
  { name: "date 2025-02-30", files: { [A]: dated("2025-02-30") }, errors: [wrong("invalid-date", A, 3, "date")] },
  { name: "date 2025-10-24 14:30 (a space, not T)", files: { [A]: dated("2025-10-24 14:30") }, errors: [wrong("invalid-date", A, 3, "date")] },
  { name: "date 24/10/2025", files: { [A]: dated("24/10/2025") }, errors: [wrong("invalid-date", A, 3, "date")] },
  { name: "date 2025-10-24T24:30", files: { [A]: dated("2025-10-24T24:30") }, errors: [wrong("invalid-date", A, 3, "date")] },
  { name: "date with offset +15:00", files: { [A]: dated("2025-10-24T10:00+15:00") }, errors: [wrong("invalid-date", A, 3, "date")] },
  {
    name: "a clock time the site zone skips (clocks go forward)",
    files: { "site.json": SITE.replace('"UTC"', '"Europe/London"'), [A]: dated("2025-03-30T01:30") },
    errors: [wrong("invalid-date", A, 3, "date")],
  },
  { name: "updated 2025-10-32", files: { [A]: first("updated: 2025-10-32") }, errors: [wrong("invalid-date", A, 5, "updated")] },
  {
    name: "corrections[0].date 2025-02-30",
    files: { [A]: first("corrections:", "  - date: 2025-02-30", "    text: An earlier version misspelt the venue.") },
    errors: [wrong("invalid-date", A, 6, "corrections[0].date")],
  },
  {
    name: "figures[0].asOf 2025-13",
    files: { [A]: first("figures:", "  - value: 3", "    label: ships seized", "    asOf: 2025-13") },
    errors: [wrong("invalid-date", A, 8, "figures[0].asOf")],
  },

  // -- updated-before-date ---------------------------------------------------
  { name: "updated a day before a bare date", files: { [A]: first("updated: 2025-10-23") }, errors: [wrong("updated-before-date", A, 5, "updated")] },
  {
    name: "updated a minute before a date-time",
    files: { [A]: dated("2025-10-24T12:00", "updated: 2025-10-24T11:59") },
    errors: [wrong("updated-before-date", A, 5, "updated")],
  },
  {
    name: "updated before date once offsets are applied",
    files: { [A]: dated("2025-10-24T12:00+02:00", "updated: 2025-10-24T10:30+03:00") },
    errors: [wrong("updated-before-date", A, 5, "updated")],
  },
  {
    name: "updated (bare) before the date's calendar day in the site zone (Asia/Seoul)",
    fixture: true,
    files: { "articles/2025/10/zoned.md": dated("2025-10-24T20:00Z", "updated: 2025-10-24") },
    errors: [wrong("updated-before-date", "articles/2025/10/zoned.md", 5, "updated")],
  },

  // -- invalid-url -----------------------------------------------------------
  {
    name: "source.url ftp://",
    files: { [A]: fm("title: First article", "date: 2025-10-24", "source:", "  name: Wire Service", "  url: ftp://wire.example/report") },
    errors: [wrong("invalid-url", A, 6, "source.url")],
  },
  {
    name: "source.url javascript:",
    files: { [A]: fm("title: First article", "date: 2025-10-24", "source:", "  name: Wire Service", '  url: "javascript:alert(1)"') },
    errors: [wrong("invalid-url", A, 6, "source.url")],
  },
  {
    name: "entity url without scheme",
    files: { "organisations/nato.md": fm("name: NATO", "url: www.nato.int") },
    errors: [wrong("invalid-url", "organisations/nato.md", 3, "url")],
  },

  // -- invalid-slug, invalid-language, invalid-choice, invalid-path, invalid-wikidata
  { name: "slug Bad_Slug", files: { [A]: first("slug: Bad_Slug") }, errors: [wrong("invalid-slug", A, 5, "slug")] },
  { name: "slug with a double hyphen", files: { [A]: first("slug: first--article") }, errors: [wrong("invalid-slug", A, 5, "slug")] },
  {
    name: "entity slug with a space",
    files: { "people/vladimir-putin.md": fm("name: Vladimir Putin", "slug: vladimir putin") },
    errors: [wrong("invalid-slug", "people/vladimir-putin.md", 3, "slug")],
  },
  { name: "lang en_GB", files: { [A]: first("lang: en_GB") }, errors: [wrong("invalid-language", A, 5, "lang")] },
  { name: "figure value .inf", files: { [A]: first("figures:", "  - value: .inf", "    label: ships") }, errors: [wrong("invalid-number", A, 6, "figures[0].value")] },
  { name: "figure value .nan", files: { [A]: first("figures:", "  - value: .nan", "    label: ships") }, errors: [wrong("invalid-number", A, 6, "figures[0].value")] },
  {
    name: 'figure qualifier "roughly"',
    files: { [A]: first("figures:", "  - value: 3", "    label: ships", "    qualifier: roughly") },
    errors: [wrong("invalid-choice", A, 8, "figures[0].qualifier")],
  },
  { name: "redirectFrom old/path", files: { [A]: first("redirectFrom:", "  - /2024/old/", "  - old/path") }, errors: [wrong("invalid-path", A, 7, "redirectFrom[1]")] },
  { name: "redirectFrom https://x/y", files: { [A]: first("redirectFrom: [https://x/y]") }, errors: [wrong("invalid-path", A, 5, "redirectFrom[0]")] },
  { name: "redirectFrom with a .. part", files: { [A]: first("redirectFrom: [/a/../b/]") }, errors: [wrong("invalid-path", A, 5, "redirectFrom[0]")] },
  {
    name: "wikidata q7747 (lower case)",
    files: { "people/vladimir-putin.md": fm("name: Vladimir Putin", "wikidata: q7747") },
    errors: [wrong("invalid-wikidata", "people/vladimir-putin.md", 3, "wikidata")],
  },
  {
    name: "wikidata Q0",
    files: { "people/vladimir-putin.md": fm("name: Vladimir Putin", "wikidata: Q0") },
    errors: [wrong("invalid-wikidata", "people/vladimir-putin.md", 3, "wikidata")],
  },

  // -- image-missing ---------------------------------------------------------
  { name: "image src that does not exist", files: { [A]: first("image:", "  src: missing.jpg", "  alt: A ship") }, errors: [wrong("image-missing", A, 6, "image.src")] },
  {
    name: "image src outside the content folder (the file exists)",
    files: { [A]: first("image:", "  src: ../../../../outside.jpg", "  alt: A ship") },
    outside: { "outside.jpg": "not really a JPEG" },
    errors: [wrong("image-missing", A, 6, "image.src")],
  },
  { name: "image src an absolute path", files: { [A]: first("image:", "  src: /etc/passwd", "  alt: A ship") }, errors: [wrong("image-missing", A, 6, "image.src")] },
  { name: "image src a folder", files: { [A]: first("image:", "  src: .", "  alt: A ship") }, errors: [wrong("image-missing", A, 6, "image.src")] },

  // -- image-invalid ---------------------------------------------------------
  {
    name: "image src a text file named .jpg",
    files: { [A]: first("image:", "  src: ship.jpg", "  alt: A ship"), "articles/2025/10/ship.jpg": "not really a JPEG" },
    errors: [wrong("image-invalid", A, 6, "image.src")],
  },

  // -- duplicate-url ---------------------------------------------------------
  {
    name: "two articles, same date and slug (slug field)",
    files: { [B]: second("slug: first") },
    errors: [wrong("duplicate-url", B, 5, "slug", A)],
  },
  {
    name: "two articles, same date and file name in two folders",
    files: { "articles/2025/10/later/first.md": second() },
    errors: [wrong("duplicate-url", "articles/2025/10/later/first.md", 3, "date", A)],
  },
  {
    name: "two articles whose dates fall on one day in the site zone",
    files: { "articles/2025/10/zoned/first.md": fm("title: Zoned", "date: 2025-10-23T22:00-05:00", "source: Wire Service") },
    errors: [wrong("duplicate-url", "articles/2025/10/zoned/first.md", 3, "date", A)],
  },

  // -- duplicate-entity ------------------------------------------------------
  {
    name: 'entity files "Chatham House" and "chatham  house"',
    files: { "organisations/chatham-house.md": fm("name: Chatham House"), "organisations/old-chatham.md": fm("name: chatham  house") },
    errors: [wrong("duplicate-entity", "organisations/old-chatham.md", 2, "name", "organisations/chatham-house.md")],
  },
  {
    name: "entity files whose names differ by a no-break space",
    files: { "organisations/chatham-house.md": fm("name: Chatham House"), "organisations/old-chatham.md": fm("name: Chatham\u00a0House") },
    errors: [wrong("duplicate-entity", "organisations/old-chatham.md", 2, "name", "organisations/chatham-house.md")],
  },
  {
    name: "entity file whose name differs from the fixture's by an en dash",
    fixture: true,
    files: { "people/z-lee.md": fm("name: Lee Jae\u2013myung") },
    errors: [wrong("duplicate-entity", "people/z-lee.md", 2, "name", "people/lee-jae-myung.md")],
  },

  // -- alias-conflict --------------------------------------------------------
  {
    name: "an alias claimed by two entities",
    files: { "people/a-putin.md": fm("name: Vladimir Putin", "aliases: [Putin]"), "people/b-putin.md": fm("name: V. V. Putin", "aliases: [putin]") },
    errors: [wrong("alias-conflict", "people/b-putin.md", 3, "aliases[0]", "people/a-putin.md")],
  },
  {
    name: "an alias equal to the name of an entity file read later",
    files: { "people/a-putin.md": fm("name: Vladimir Putin", "aliases: [Putin]"), "people/z-putin.md": fm("name: Putin") },
    errors: [wrong("alias-conflict", "people/a-putin.md", 3, "aliases[0]", "people/z-putin.md")],
  },
  {
    name: "an alias equal to another entity's name",
    fixture: true,
    files: { "people/putin.md": fm("name: Putin") },
    errors: [wrong("alias-conflict", "people/vladimir-putin.md", 3, "aliases[0]", "people/putin.md")],
  },

  // -- slug-conflict ---------------------------------------------------------
  {
    name: '"Chatham House" and "Chatham-House" in two articles',
    files: { [A]: first("organisations: [Chatham House]"), [B]: second("organisations: [Chatham-House]") },
    errors: [wrong("slug-conflict", B, 5, "organisations[0]", A)],
  },
  {
    name: '"Keir Giles" in people and "Keir-Giles" as a quote speaker in another article',
    files: { [A]: first("people: [Keir Giles]"), [B]: second("quotes:", "  - text: We shouldn't be surprised.", "    speaker: Keir-Giles") },
    errors: [wrong("slug-conflict", B, 7, "quotes[0].speaker", A)],
  },
  {
    name: '"Keir-Giles" as a quote speaker and "Keir Giles" in people below it, in one article: the later line is wrong',
    files: { [B]: second("quotes:", "  - text: We shouldn't be surprised.", "    speaker: Keir-Giles", "people: [Keir Giles]") },
    errors: [wrong("slug-conflict", B, 8, "people[0]", B)],
  },
  {
    name: 'sources "Wire Service" and "Wire-Service" (source object) in two articles',
    files: { [B]: fm("title: Second article", "date: 2025-10-24", "source:", "  name: Wire-Service", "  author: Min-ji Park") },
    errors: [wrong("slug-conflict", B, 5, "source.name", A)],
  },
  {
    name: "two entity files with the same slug",
    files: { "people/a.md": fm("name: Anna Example", "slug: same-person"), "people/b.md": fm("name: Bea Example", "slug: same-person") },
    errors: [wrong("slug-conflict", "people/b.md", 3, "slug", "people/a.md")],
  },
  {
    name: "an entity file's slug equal to the slug of a name in an article",
    fixture: true,
    files: fixture("topics/sanctions.md", ["name: Sanctions\n", "name: Sanctions\nslug: diplomacy\n"]),
    errors: [wrong("slug-conflict", "topics/sanctions.md", 3, "slug", "articles/2025/03/summit-in-seoul.md")],
  },

  // -- unknown-folder --------------------------------------------------------
  {
    name: "an organizations/ folder with Markdown files",
    files: { "organizations/nato.md": fm("name: NATO") },
    errors: [wrong("unknown-folder", "organizations/", undefined, "folder", "organisations/")],
  },
  {
    name: "an article/ folder with Markdown files",
    files: { "article/2025/extra.md": second() },
    errors: [wrong("unknown-folder", "article/", undefined, "folder", "articles/")],
  },

  // -- held-back articles are validated too ----------------------------------
  {
    name: "a draft with an impossible date",
    files: { [B]: fm("title: Second article", "date: 2025-02-30", "source: Wire Service", "draft: true") },
    errors: [wrong("invalid-date", B, 3, "date")],
    cli: true,
  },
  {
    name: "a draft whose image is missing",
    files: { [B]: second("draft: true", "image:", "  src: missing.jpg", "  alt: A ship") },
    errors: [wrong("image-missing", B, 7, "image.src")],
  },
  {
    name: "an embargoed article (fixture) with an unknown field",
    fixture: true,
    files: fixture("articles/2025/10/embargoed.md", ["people: [Future Person]\n", "people: [Future Person]\norganizations: [Future Org]\n"]),
    errors: [wrong("unknown-field", "articles/2025/10/embargoed.md", 6, "organizations", '"organisations"')],
  },
  {
    name: "a draft clashing with a published URL, when drafts are built",
    drafts: true,
    files: { [B]: second("slug: first", "draft: true") },
    errors: [wrong("duplicate-url", B, 5, "slug", A)],
  },

  // -- several defects in several files --------------------------------------
  {
    name: "eight defects in six files of the fixture archive",
    fixture: true,
    cli: true,
    files: {
      ...fixture("site.json", ['"pageSize": 2', '"pageSize": 0']),
      ...fixture("people/vladimir-putin.md", ["wikidata: Q7747", "wikidata: q7747"]),
      ...fixture("articles/2025/10/museum.md", ["date: 2025-10-24\nsource: BritPanorama\nlang: en-GB", "date: 2025-13-45\nsource: BritPanorama\nlang: en_GB"]),
      ...fixture("articles/2025/03/summit-in-seoul.md", ["qualifier: up to", "qualifier: roughly"], ["  - date: 2025-03-03", "  - date: 2025-02-30"]),
      ...fixture("articles/2025/10/draft-piece.md", ["draft: true\n", "draft: true\nupdated: 2025-10-19\n"]),
      "organizations/nato.md": fm("name: NATO"),
    },
    errors: [
      wrong("invalid-choice", "articles/2025/03/summit-in-seoul.md", 25, "figures[0].qualifier"),
      wrong("invalid-date", "articles/2025/03/summit-in-seoul.md", 34, "corrections[1].date"),
      wrong("updated-before-date", "articles/2025/10/draft-piece.md", 7, "updated"),
      wrong("invalid-date", "articles/2025/10/museum.md", 3, "date"),
      wrong("invalid-language", "articles/2025/10/museum.md", 5, "lang"),
      wrong("unknown-folder", "organizations/", undefined, "folder"),
      wrong("invalid-wikidata", "people/vladimir-putin.md", 5, "wikidata"),
      wrong("invalid-number", "site.json", 7, "pageSize"),
    ],
  },
];

/** Inputs that look like clashes or mistakes but are valid by the contract. */
const VALID: { name: string; fixture?: true; files: FileMap }[] = [
  { name: "the minimal archive", files: {} },
  { name: "the fixture archive", fixture: true, files: {} },
  { name: "a draft with the URL of a published article (held back: no clash)", files: { [B]: second("slug: first", "draft: true") } },
  {
    name: "an embargoed article with the URL of a published article (held back: no clash)",
    files: {
      [A]: dated("2025-11-01"),
      [B]: fm("title: Second article", "date: 2025-11-01T09:00", "source: Wire Service", "slug: first"),
    },
  },
  {
    name: 'a draft naming "Chatham-House" while a published article names "Chatham House" (no slug conflict)',
    files: { [A]: first("organisations: [Chatham House]"), [B]: second("organisations: [Chatham-House]", "draft: true") },
  },
  { name: "updated (bare) on the same day as a date-time", files: { [A]: dated("2025-10-24T18:00", "updated: 2025-10-24") } },
  { name: "an image inside the content folder, with alt", files: { [A]: first("image:", "  src: ../photo.jpg", "  alt: A ship"), "articles/2025/photo.jpg": JPEG } },
  {
    name: "Windows line ends (CRLF), the last front matter lines a list and a boolean",
    files: { [A]: crlf(first("people: [Keir Giles]", "draft: false")), "people/keir-giles.md": crlf(fm("name: Keir Giles", "aliases: [K. Giles]")) },
  },
  {
    name: 'an image in a content folder whose name starts with ".." (inside)',
    files: { [A]: first("image:", "  src: ../../../..images/photo.jpg", "  alt: A ship"), "..images/photo.jpg": JPEG },
  },
  { name: "an organizations/ folder without Markdown files", files: { "organizations/notes.txt": "not content" } },
];

/** The cases the real CLI builds: the first case of each error code, and those marked `cli`. */
const CLI_CASES = CASES.filter((c, i) => c.cli || c.errors.some((e) => CASES.findIndex((d) => d.errors.some((f) => f.code === e.code)) === i));

// ---------------------------------------------------------------------------

function folderFor(c: { fixture?: true; files: FileMap; outside?: FileMap }): ContentFolder {
  const folder = c.fixture ? copyFixture(c.files) : contentFolder({ "site.json": SITE, [A]: first(), ...c.files });
  if (c.outside) writeFiles(folder.base, c.outside);
  return folder;
}

function load(folder: ContentFolder, drafts = false) {
  return loadArchive(folder.dir, { drafts, future: false, now: NOW_VALUE });
}

function byPlace(a: Want, b: Want): number {
  const text = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  return text(a.file, b.file) || (a.line ?? 0) - (b.line ?? 0) || text(a.field, b.field);
}

function where(e: Pick<ContentError, "code" | "file" | "line" | "field">) {
  return { code: e.code, file: e.file, ...(e.line === undefined ? {} : { line: e.line }), field: e.field };
}

/** `FILE:LINE: field: ` as the CLI prints it. */
function prefix(w: Want): string {
  return `${w.file}${w.line === undefined ? "" : `:${w.line}`}: ${w.field}: `;
}

describe("one defect, one error (loadArchive)", () => {
  for (const c of CASES) {
    test(c.name, () => {
      const folder = folderFor(c);
      try {
        const result = load(folder, c.drafts);
        expect(result.ok, "the defect was accepted").toBe(false);
        if (result.ok) return;
        const errors = sortErrors(result.errors);
        const wanted = c.errors.toSorted(byPlace);
        expect(errors.map(where)).toEqual(wanted.map(where));
        wanted.forEach((w, i) => {
          const message = errors[i]?.message ?? "";
          expect(message.trim().length).toBeGreaterThan(0);
          if (w.mentions) expect(message).toContain(w.mentions);
        });
      } finally {
        folder.remove();
      }
    });
  }
});

describe("valid inputs near the defects", () => {
  for (const c of VALID) {
    test(c.name, () => {
      const folder = folderFor(c);
      try {
        const result = load(folder);
        expect(result.ok ? [] : result.errors).toEqual([]);
      } finally {
        folder.remove();
      }
    });
  }
});

describe("coverage", () => {
  test("the CLI runs on at least one case of every error code", () => {
    const covered = new Set(CLI_CASES.flatMap((c) => c.errors.map((e) => e.code)));
    expect(Object.keys(ERROR_CODES).filter((code) => !covered.has(code as ErrorCode))).toEqual([]);
  });

  test("every error code that content can cause has a case", () => {
    const covered = new Set(CASES.flatMap((c) => c.errors.map((e) => e.code)));
    expect(Object.keys(ERROR_CODES).filter((code) => !covered.has(code as ErrorCode))).toEqual([]);
  });

  test("the mixed case has errors in several files, listed by file then line", () => {
    const mixed = CASES.at(-1)!;
    expect(new Set(mixed.errors.map((e) => e.file)).size).toBeGreaterThanOrEqual(5);
    expect(mixed.errors.toSorted(byPlace)).toEqual(mixed.errors);
  });
});

// ---------------------------------------------------------------------------
// The real CLI, as a child process: the first case of every code, and the
// cases marked `cli`.

const ERROR_LINE = /^[^:\s]+(:\d+)?: [^:]+: .+/;
const MARKER = "the previous build\n";

function expectNoStackTrace(stderr: string): void {
  expect(stderr).not.toMatch(/^\s+at /m);
  expect(stderr).not.toMatch(/^\w*Error\b/m);
  expect(stderr).not.toMatch(/node:internal|internal error/);
}

/** A content folder's parent with an output folder beside it that holds marker.txt. */
function withOutput(folder: ContentFolder): { out: string; entries: string[] } {
  const out = path.join(folder.base, "out");
  fs.mkdirSync(out);
  fs.writeFileSync(path.join(out, "marker.txt"), MARKER);
  return { out, entries: fs.readdirSync(folder.base).sort() };
}

function expectOutputUnchanged(folder: ContentFolder, out: string, entries: string[]): void {
  expect(listFiles(out)).toEqual(["marker.txt"]);
  expect(fs.readFileSync(path.join(out, "marker.txt"), "utf8")).toBe(MARKER);
  // No half-written site left beside it either.
  expect(fs.readdirSync(folder.base).sort()).toEqual(entries);
}


describe.concurrent("the CLI on broken content: exit 1, the error list, output untouched", () => {
  for (const c of CLI_CASES) {
    test(c.name, async () => {
      const folder = folderFor(c);
      try {
        const { out, entries } = withOutput(folder);
        const result = await runCli(["build", "--content", folder.dir, "--output", out, "--now", NOW, ...(c.drafts ? ["--drafts"] : [])]);
        expect(result.code, result.stderr).toBe(1);
        expect(result.stdout).toBe("");
        expectNoStackTrace(result.stderr);

        const lines = result.stderr.replace(/\n$/, "").split("\n");
        const countAt = lines.findIndex((line) => /^\d+ errors?$/.test(line));
        expect(countAt, result.stderr).toBeGreaterThan(0);
        const errorLines = lines.slice(0, countAt);
        for (const line of errorLines) expect(line).toMatch(ERROR_LINE);
        expect(Number.parseInt(lines[countAt]!, 10)).toBe(errorLines.length);
        const wanted = c.errors.toSorted(byPlace).map(prefix);
        expect(errorLines.length).toBe(wanted.length);
        // In order (by file, then line), each as FILE:LINE: field: message.
        expect(errorLines.map((line, i) => line.slice(0, wanted[i]!.length))).toEqual(wanted);
        expect(lines.slice(countAt + 1)).toEqual([expect.stringMatching(/not changed/)]);

        expectOutputUnchanged(folder, out, entries);
      } finally {
        folder.remove();
      }
    });
  }
});

describe.concurrent("the CLI's usage errors: exit 2, no stack trace", () => {
  const usage: { name: string; args: (dir: string, out: string) => string[] }[] = [
    { name: "an unknown option", args: (dir, out) => ["build", "--content", dir, "--output", out, "--bogus"] },
    { name: "an option without its value", args: (dir, out) => ["build", "--output", out, "--content"] },
    { name: "a content folder that does not exist", args: (dir, out) => ["build", "--content", path.join(dir, "missing"), "--output", out] },
    { name: "--now 2025-13-01", args: (dir, out) => ["build", "--content", dir, "--output", out, "--now", "2025-13-01"] },
    { name: "--now yesterday", args: (dir, out) => ["build", "--content", dir, "--output", out, "--now", "yesterday"] },
    { name: "an unknown command", args: (dir, out) => ["biuld", "--content", dir, "--output", out] },
  ];
  for (const u of usage) {
    test(u.name, async () => {
      const folder = folderFor({ files: {} });
      try {
        const { out, entries } = withOutput(folder);
        const result = await runCli(u.args(folder.dir, out));
        expect(result.code, result.stderr).toBe(2);
        expect(result.stderr).toMatch(/^clippings: /);
        expectNoStackTrace(result.stderr);
        expectOutputUnchanged(folder, out, entries);
      } finally {
        folder.remove();
      }
    });
  }
});
