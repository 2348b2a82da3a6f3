import { afterEach, describe, expect, test } from "vitest";
import { formatError } from "../../src/errors/catalogue.ts";
import { hygieneReport } from "../../src/hygiene/report.ts";
import { WARNING_CODES, type ContentWarning, type WarningCode } from "../../src/hygiene/warnings.ts";
import { loadArchive } from "../../src/model/archive.ts";
import { parseDateText } from "../../src/schema/dates.ts";
import { article, writeContent } from "../helpers/archive.ts";
import { copyFixture } from "../helpers/content-folder.ts";

const folders: { remove: () => void }[] = [];
afterEach(() => folders.splice(0).forEach((f) => f.remove()));

/** The hygiene report of a content folder written from `files` (kept until the test ends: the report reads lines from it). */
function reportOf(files: Record<string, string>, site?: string): ContentWarning[] {
  const folder = writeContent(site ? { "site.json": site, ...files } : files);
  folders.push(folder);
  return reportOfFolder(folder.dir);
}

function reportOfFolder(dir: string): ContentWarning[] {
  const now = parseDateText("2026-01-01");
  if (!now.ok) throw new Error(now.message);
  const result = loadArchive(dir, { drafts: false, future: false, now: now.value });
  if (!result.ok) throw new Error(result.errors.map(formatError).join("\n"));
  return hygieneReport(result.archive);
}

function only(warnings: readonly ContentWarning[], code: WarningCode): ContentWarning[] {
  return warnings.filter((w) => w.code === code);
}

/** An article naming people (and more front matter lines). */
function names(date: string, people: string[], more = ""): string {
  return article(`title: T ${date}\ndate: ${date}\nsource: S\npeople: [${people.map((p) => JSON.stringify(p)).join(", ")}]\n${more}`);
}

describe("similar-names", () => {
  test("a misspelling: one warning at the rarer spelling's oldest article, with both spellings, counts, files and the fix", () => {
    const warnings = reportOf({
      "articles/2025/a.md": names("2025-01-01", ["Jens Stoltenberg"]),
      "articles/2025/b.md": names("2025-01-02", ["Jens Stoltenberg"]),
      "articles/2025/c.md": names("2025-01-03", ["Keir Giles", "Jens Stoltenburg"]),
    });
    expect(only(warnings, "similar-names")).toEqual([
      {
        code: "similar-names",
        file: "articles/2025/c.md",
        line: 5,
        field: "people[1]",
        message:
          '"Jens Stoltenburg" (1 article: articles/2025/c.md) looks like a misspelling of "Jens Stoltenberg" (2 articles); ' +
          'if they are the same person, add "Jens Stoltenburg" to aliases in people/jens-stoltenberg.md (create it with name: Jens Stoltenberg), or correct the article',
      },
    ]);
    expect(formatError(only(warnings, "similar-names")[0]!)).toMatch(/^articles\/2025\/c\.md:5: people\[1\]: "Jens Stoltenburg" \(1 article/);
  });

  test("with an entity file, the alias goes there; the rarer spelling's oldest article is the one pointed at, and up to three files are listed", () => {
    const warnings = reportOf({
      "people/stoltenberg.md": article("name: Jens Stoltenberg", ""),
      "articles/a.md": names("2025-01-01", ["Jens Stoltenberg"]),
      ...Object.fromEntries(["05", "02", "04", "03"].map((d) => [`articles/x${d}.md`, names(`2025-02-${d}`, ["Jens Stoltenburg"])])),
    });
    const [warning] = only(warnings, "similar-names");
    expect(warning?.file).toBe("articles/x02.md");
    expect(warning?.message).toBe(
      '"Jens Stoltenburg" (4 articles: articles/x02.md, articles/x03.md, articles/x04.md and 1 more) looks like a misspelling of ' +
        '"Jens Stoltenberg" (people/stoltenberg.md, 1 article); if they are the same person, add "Jens Stoltenburg" to aliases in people/stoltenberg.md, or correct the articles',
    );
  });

  test("declared aliases never warn: the two spellings are one entity", () => {
    const warnings = reportOf({
      "people/stoltenberg.md": article("name: Jens Stoltenberg\naliases: [Jens Stoltenburg, Stoltenberg]", ""),
      "articles/a.md": names("2025-01-01", ["Jens Stoltenberg", "Stoltenberg"]),
      "articles/b.md": names("2025-01-02", ["Jens Stoltenburg"]),
    });
    expect(only(warnings, "similar-names")).toEqual([]);
  });

  test("a surname alone, for people only", () => {
    const warnings = reportOf({
      "articles/a.md": names("2025-01-01", ["Emmanuel Macron"], "places: [Macron]"),
      "articles/b.md": names("2025-01-02", ["Emmanuel Macron", "Macron"]),
    });
    const similar = only(warnings, "similar-names");
    expect(similar.map((w) => [w.file, w.field])).toEqual([["articles/b.md", "people[1]"]]);
    expect(similar[0]?.message).toContain('"Macron" (1 article: articles/b.md) looks like the surname alone of "Emmanuel Macron" (2 articles)');
  });

  test("a surname shared by many people is one warning naming the most used", () => {
    const people = ["Kim Jong Un", "Kim Yo Jong", "Kim Jong Nam", "Kim Jong Il"];
    const warnings = reportOf({
      "articles/a.md": names("2025-01-01", people),
      "articles/b.md": names("2025-01-02", ["Kim Jong Un", "Kim"]),
    });
    const similar = only(warnings, "similar-names");
    expect(similar).toHaveLength(1);
    expect(similar[0]?.message).toMatch(/^"Kim" \(1 article: articles\/b\.md\) is part of the names of 4 people: "Kim Jong Un" \(2 articles\), "Kim \w+ \w+" \(1 article\), "Kim \w+ \w+" \(1 article\) and 1 more; write the full name/);
  });

  test("names that only look alike do not warn", () => {
    const warnings = reportOf({
      "articles/a.md": article("title: A\ndate: 2025-01-01\nsource: S\nplaces: [Slovakia, Austria, Iran, Iceland, Niger, Gaza City]\npeople: [Kim Jong Un, Donald Trump]"),
      "articles/b.md": article("title: B\ndate: 2025-01-02\nsource: S\nplaces: [Slovenia, Australia, Iraq, Ireland, Nigeria, Gaza Strip]\npeople: [Kim Yo Jong, Donald Trump Jr.]"),
    });
    expect(only(warnings, "similar-names")).toEqual([]);
  });

  test("each taxonomy is compared within itself, with its field: a legal form among sources, an old place name", () => {
    const warnings = reportOf({
      "articles/a.md": article("title: A\ndate: 2025-01-01\nsource: Gazprom\nplaces: [Kyiv]"),
      "articles/b.md": article("title: B\ndate: 2025-01-02\nsource: Gazprom\nplaces: [Kyiv]"),
      "articles/c.md": article("title: C\ndate: 2025-01-03\nsource:\n  name: Gazprom PJSC\n  url: https://gazprom.example/\nplaces: [Lviv, Kiev]"),
    });
    expect(only(warnings, "similar-names").map((w) => [w.file, w.line, w.field, w.message.split(";")[0]])).toEqual([
      ["articles/c.md", 5, "source.name", '"Gazprom PJSC" (1 article: articles/c.md) differs only by a legal form (PJSC, Inc., Ltd, AG, Group…) or "The" from "Gazprom" (2 articles)'],
      ["articles/c.md", 7, "places[1]", '"Kiev" (1 article: articles/c.md) looks like an old or new name of "Kyiv" (2 articles)'],
    ]);
  });

  test("a speaker named only in quotes is pointed at in its quote", () => {
    const warnings = reportOf({
      "articles/a.md": names("2025-01-01", ["Jens Stoltenberg"]),
      "articles/b.md": names("2025-01-02", ["Jens Stoltenberg"]),
      "articles/c.md": article("title: C\ndate: 2025-01-03\nsource: S\nquotes:\n  - text: We stand together.\n    speaker: Jens Stoltenburg"),
    });
    expect(only(warnings, "similar-names").map((w) => [w.file, w.line, w.field])).toEqual([["articles/c.md", 7, "quotes[0].speaker"]]);
  });

  test("the fixture archive: 김정은 beside Kim Jong Un", () => {
    const folder = copyFixture();
    folders.push(folder);
    const similar = only(reportOfFolder(folder.dir), "similar-names");
    expect(similar.map((w) => formatError(w))).toEqual([
      'articles/2025/10/hangul-and-quotes.md:6: people[0]: "김정은" (1 article: articles/2025/10/hangul-and-quotes.md) looks like the same name in another script as ' +
        '"Kim Jong Un" (1 article); if they are the same person, add "김정은" to aliases in people/kim-jong-un.md (create it with name: Kim Jong Un), or correct the article',
    ]);
  });
});

describe("unused-entity-file", () => {
  test("an entity file no published article names, at its name line", () => {
    const warnings = reportOf({
      "people/nobody.md": "---\ndescription: Named by no one.\nname: Nobody Yet\n---\n",
      "people/alias-used.md": article("name: Vladimir Putin\naliases: [Putin]", ""),
      "topics/drafted.md": article("name: Drafted", ""),
      "articles/a.md": names("2025-01-01", ["Putin"]),
      "articles/draft.md": article("title: D\ndate: 2025-01-01\nsource: S\ntopics: [Drafted]\ndraft: true"),
    });
    expect(only(warnings, "unused-entity-file")).toEqual([
      {
        code: "unused-entity-file",
        file: "people/nobody.md",
        line: 3,
        field: "name",
        message: '"Nobody Yet" is named by no published article, so this file adds no page; name it (or one of its aliases) in an article, or delete the file',
      },
      expect.objectContaining({ file: "topics/drafted.md", line: 2, field: "name" }),
    ]);
  });
});

describe("single-use", () => {
  test("people, organisations, topics and places named once without an entity file; not sources, not those in a similar-names warning", () => {
    const warnings = reportOf({
      "people/filed.md": article("name: Filed Person", ""),
      "articles/a.md": article("title: A\ndate: 2025-01-01\nsource: Once Wire\npeople: [Twice Person, Filed Person, Jens Stoltenberg]\norganisations: [Once Org]\ntopics: [Once Topic]\nplaces: [Once Place]"),
      "articles/b.md": article("title: B\ndate: 2025-01-02\nsource: S\npeople: [Twice Person, Jens Stoltenburg]"),
    });
    expect(only(warnings, "single-use").map((w) => [w.file, w.line, w.field, w.message.split(";")[0]])).toEqual([
      ["articles/a.md", 6, "organisations[0]", '"Once Org" is named by this article only and no other organisation looks like it'],
      ["articles/a.md", 7, "topics[0]", '"Once Topic" is named by this article only and no other topic looks like it'],
      ["articles/a.md", 8, "places[0]", '"Once Place" is named by this article only and no other place looks like it'],
    ]);
    expect(only(warnings, "single-use")[0]?.message).toContain("an entity file organisations/once-org.md (name: Once Org) confirms it and ends this warning");
    expect(only(warnings, "similar-names")).toHaveLength(1);
  });
});

describe("speaker-role", () => {
  const quote = (role: string) => `  - text: Words.\n    speaker: Keir Giles\n    role: ${role}`;
  const quoted = (date: string, ...roles: string[]) => article(`title: Q ${date}\ndate: ${date}\nsource: S\nquotes:\n${roles.map(quote).join("\n")}`);

  test("roles that differ on one day: every spelling and its quotes, at the least used role", () => {
    const warnings = reportOf({
      "articles/a.md": quoted("2025-10-24", "senior consulting fellow, Chatham House", "senior consulting fellow, Chatham House"),
      "articles/b.md": quoted("2025-10-24T18:00", "Senior Fellow"),
      "articles/c.md": quoted("2025-10-25", "analyst"),
    });
    expect(only(warnings, "speaker-role")).toEqual([
      {
        code: "speaker-role",
        file: "articles/b.md",
        line: 8,
        field: "quotes[0].role",
        message:
          '"Keir Giles" is quoted on 2025-10-24 as "senior consulting fellow, Chatham House" (articles/a.md quotes[0], quotes[1]) and as "Senior Fellow" (quotes[0]); ' +
          "write the role one way in the quotes of one day, or correct the one that is wrong",
      },
    ]);
  });

  test("roles that fold alike, quotes without a role and other days are no difference", () => {
    const warnings = reportOf({
      "articles/a.md": quoted("2025-10-24", "Senior  fellow"),
      "articles/b.md": quoted("2025-10-24", "senior fellow"),
      "articles/c.md": article("title: C\ndate: 2025-10-24\nsource: S\nquotes:\n  - text: Words.\n    speaker: Keir Giles"),
      "articles/d.md": quoted("2025-10-25", "analyst"),
    });
    expect(only(warnings, "speaker-role")).toEqual([]);
  });

  test("the calendar day is the site's: 20:00Z on 1 March is 2 March in Seoul", () => {
    const site = JSON.stringify({ title: "T", url: "https://t.example", timeZone: "Asia/Seoul", pageSize: 20 });
    const warnings = reportOf({ "articles/a.md": quoted("2025-03-01T20:00Z", "president"), "articles/b.md": quoted("2025-03-02T12:00", "former president") }, site);
    expect(only(warnings, "speaker-role").map((w) => w.message.split(" as ")[0])).toEqual(['"Keir Giles" is quoted on 2025-03-02']);
    const utc = reportOf({ "articles/a.md": quoted("2025-03-01T20:00Z", "president"), "articles/b.md": quoted("2025-03-02T12:00", "former president") });
    expect(only(utc, "speaker-role")).toEqual([]);
  });
});

describe("the report", () => {
  test("sorted by file, line, field, message; every code is described", () => {
    const warnings = reportOf({
      "people/zed.md": article("name: Zed Unused", ""),
      "articles/b.md": names("2025-01-02", ["Once B"]),
      "articles/a.md": names("2025-01-01", ["Once A2", "Once A1"]),
    });
    expect(warnings.map((w) => `${w.file}:${w.line}:${w.field}`)).toEqual(["articles/a.md:5:people[0]", "articles/a.md:5:people[1]", "articles/b.md:5:people[0]", "people/zed.md:2:name"]);
    for (const w of warnings) expect(WARNING_CODES[w.code]).toMatch(/\w/);
  });
});
