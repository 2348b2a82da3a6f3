import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { generateCorpus, CorpusUsageError, type CorpusStats } from "../../bench/corpus.ts";
import { loadArchive, type ArchiveResult } from "../../src/model/archive.ts";
import { foldName } from "../../src/model/names.ts";
import { parseFrontMatter } from "../../src/parse/front-matter.ts";
import { parseDateText } from "../../src/schema/dates.ts";

const temp = fs.mkdtempSync(path.join(os.tmpdir(), "clippings-corpus-"));
afterAll(() => fs.rmSync(temp, { recursive: true, force: true }));

/** Every file under `dir`, relative and sorted, with its bytes. */
function snapshot(dir: string): Map<string, Buffer> {
  const files = fs.readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) => fs.statSync(path.join(dir, f)).isFile());
  return new Map(files.sort().map((f) => [f, fs.readFileSync(path.join(dir, f))]));
}

function sameFiles(a: Map<string, Buffer>, b: Map<string, Buffer>): boolean {
  return a.size === b.size && [...a].every(([file, bytes]) => b.get(file)?.equals(bytes) === true);
}

describe("synthetic corpus", () => {
  const out = path.join(temp, "a");
  let stats: CorpusStats;
  let result: ArchiveResult;
  beforeAll(() => {
    stats = generateCorpus({ articles: 200, out, seed: 7 });
    const now = parseDateText("2026-01-01");
    if (!now.ok) throw new Error(now.message);
    result = loadArchive(out, { drafts: false, future: false, now: now.value });
  });

  test("is a valid archive with the expected number of published articles", () => {
    if (!result.ok) throw new Error(result.errors.map((e) => `${e.file}:${e.line}: ${e.field}: ${e.message}`).join("\n"));
    expect(stats.articles).toBe(200);
    expect(stats.published).toBe(200 - stats.drafts);
    expect(result.archive.articles).toHaveLength(stats.published);
    expect(result.archive.heldBack).toEqual({ drafts: stats.drafts, embargoed: 0 });
  });

  test("has Cyrillic and Hangul people, quotes and figures", () => {
    if (!result.ok) throw new Error("invalid archive");
    const people = result.archive.entities.people.map((e) => e.name);
    expect(people.filter((n) => /\p{Script=Cyrillic}/u.test(n)).length).toBeGreaterThanOrEqual(3);
    expect(people.filter((n) => /\p{Script=Hangul}/u.test(n)).length).toBeGreaterThanOrEqual(3);
    expect(people.filter((n) => /[À-ž]/u.test(n)).length).toBeGreaterThanOrEqual(3);
    expect(result.archive.articles.some((a) => a.quotes.length > 0)).toBe(true);
    expect(result.archive.articles.some((a) => a.figures.length > 0)).toBe(true);
    expect(Object.values(result.archive.entities).every((list) => list.length > 0)).toBe(true);
  });

  test("at least one alias written in an article resolves to its entity", () => {
    if (!result.ok) throw new Error("invalid archive");
    expect(stats.aliasUses).toBeGreaterThan(0);
    let resolved = 0;
    for (const taxonomy of ["people", "organisations"] as const) {
      const keys = new Set(result.archive.entities[taxonomy].map((e) => e.key));
      for (const entity of result.archive.entities[taxonomy].filter((e) => e.aliases.length > 0)) {
        const aliases = new Set(entity.aliases.map(foldName));
        for (const article of entity.articles) {
          const data = parseFrontMatter(fs.readFileSync(path.join(out, article.file), "utf8")).document.data as Record<string, unknown>;
          const names = (data[taxonomy] as string[] | undefined) ?? [];
          for (const name of names.filter((n) => aliases.has(foldName(n)))) {
            expect(keys.has(foldName(name))).toBe(false); // the alias is no entity of its own
            resolved++;
          }
        }
      }
    }
    expect(resolved).toBeGreaterThan(0);
  });

  test("the same seed gives byte-identical files; another seed differs", () => {
    const again = path.join(temp, "b");
    generateCorpus({ articles: 200, out: again, seed: 7 });
    expect(sameFiles(snapshot(out), snapshot(again))).toBe(true);
    generateCorpus({ articles: 200, out: again, seed: 8 }); // replaces the previous corpus
    expect(sameFiles(snapshot(out), snapshot(again))).toBe(false);
  });

  test("refuses a non-empty folder that holds no corpus, and bad options", () => {
    const other = path.join(temp, "other");
    fs.mkdirSync(other);
    fs.writeFileSync(path.join(other, "notes.txt"), "keep me");
    expect(() => generateCorpus({ articles: 5, out: other })).toThrow(CorpusUsageError);
    expect(fs.readFileSync(path.join(other, "notes.txt"), "utf8")).toBe("keep me");
    expect(() => generateCorpus({ articles: 0, out: path.join(temp, "c") })).toThrow(CorpusUsageError);
    expect(() => generateCorpus({ articles: 5, out: path.join(temp, "c"), seed: -1 })).toThrow(CorpusUsageError);
  });
});
