import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, expect, test } from "vitest";
import { CorpusUsageError } from "../../bench/corpus.ts";
import { generateOtherShape } from "../../bench/other-shape.ts";
import { loadArchive } from "../../src/model/archive.ts";
import { listFiles } from "../helpers/cli.ts";

const temp = fs.mkdtempSync(path.join(os.tmpdir(), "clippings-other-shape-"));
afterAll(() => fs.rmSync(temp, { recursive: true, force: true }));

/** Every file under `dir` (`listFiles`) with its text. */
function files(dir: string): Map<string, string> {
  return new Map(listFiles(dir).map((f) => [f, fs.readFileSync(path.join(dir, f), "utf8")]));
}

test("the corpus of another shape is a valid archive with its own shape", () => {
  const out = path.join(temp, "a");
  expect(generateOtherShape({ articles: 300, out, seed: 3 })).toBe(300);
  const result = loadArchive(out, { drafts: false, future: false });
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.file}:${e.line}: ${e.field}: ${e.message}`).join("\n"));
  const { archive } = result;
  expect(archive.articles).toHaveLength(300);
  expect(archive.site.timeZone).toBe("America/New_York");
  // No entity files: every entity comes from the articles.
  expect(fs.readdirSync(out).sort()).toEqual(["articles", "site.json"]);
  // One topic in about 60 % of the articles.
  const common = Math.max(...archive.entities.topics.map((t) => t.articles.length));
  expect(common / 300).toBeGreaterThan(0.5);
  expect(archive.entities.people.length).toBeGreaterThanOrEqual(50);
});

test("the same articles and seed give the same files; another seed others", () => {
  generateOtherShape({ articles: 40, out: path.join(temp, "b"), seed: 9 });
  generateOtherShape({ articles: 40, out: path.join(temp, "c"), seed: 9 });
  generateOtherShape({ articles: 40, out: path.join(temp, "d"), seed: 10 });
  expect(files(path.join(temp, "b"))).toEqual(files(path.join(temp, "c")));
  expect(files(path.join(temp, "b"))).not.toEqual(files(path.join(temp, "d")));
});

test("a folder holding something else is never replaced", () => {
  const other = path.join(temp, "mine");
  fs.mkdirSync(other);
  fs.writeFileSync(path.join(other, "notes.txt"), "keep me");
  expect(() => generateOtherShape({ articles: 5, out: other })).toThrow(/refusing to replace it/);
  expect(fs.readFileSync(path.join(other, "notes.txt"), "utf8")).toBe("keep me");
});

test("a count or seed that is no whole number is refused", () => {
  expect(() => generateOtherShape({ articles: 0, out: path.join(temp, "e") })).toThrow(CorpusUsageError);
  expect(() => generateOtherShape({ articles: 5, out: path.join(temp, "e"), seed: Number.NaN })).toThrow(CorpusUsageError);
});
