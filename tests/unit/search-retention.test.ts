import { describe, expect, test } from "vitest";
import { collectGarbage } from "../../src/threads/garbage.ts";
import { Vocabulary, type SearchRecord } from "../../src/views/search.ts";
import { WordRules } from "../../src/write/pagefind-words.ts";

/**
 * What the search index keeps across records must not keep the records'
 * texts: V8 makes a piece of 13 characters or more split from a text a view
 * of that text, so a word kept as split keeps its whole text alive (~300 MB
 * of record texts at 50,000 articles of the corpus of another shape).
 */

/** `count` texts of ~100 KB each, every one with a word of its own, long enough to be split as a view. */
function texts(count: number): string[] {
  return Array.from({ length: count }, (_, i) => `${"filler ".repeat(14_000)}word-of-its-own-${String(i).padStart(8, "0")} end`);
}

/** In a frame of its own, so that nothing on the test's stack holds the texts when the heap is measured. */
function runOver(keep: (text: string) => void): void {
  for (const text of texts(200)) keep(text);
}

/** Heap in use after `keep` has run on 200 texts and the texts are let go, in MB. */
function heapKept(keep: (text: string) => void): number {
  const gc = collectGarbage!;
  gc();
  const before = process.memoryUsage().heapUsed;
  runOver(keep);
  gc();
  return (process.memoryUsage().heapUsed - before) / 2 ** 20;
}

const record = (content: string): SearchRecord => ({ url: "/a/", language: "en", content, meta: { title: "" }, filters: {}, sort: {} });

describe("what the search index keeps across records", () => {
  test("the texts are ~20 MB: kept as views, they would show", () => {
    const views: string[] = [];
    expect(heapKept((text) => views.push(text.split(" ").at(-2)!))).toBeGreaterThan(15);
    expect(views).toHaveLength(200);
  });

  test("the vocabulary keeps its words, not the texts they were split from", () => {
    const vocabulary = new Vocabulary();
    expect(heapKept((text) => vocabulary.add(record(text)))).toBeLessThan(3);
    expect(vocabulary.record().content).toContain("word-of-its-own-00000199");
  });

  test("the word rules' cache keeps its words, not the texts they were split from", () => {
    const rules = new WordRules();
    expect(heapKept((text) => text.split(" ").forEach((word) => rules.of(word)))).toBeLessThan(3);
    expect(rules.of("word-of-its-own-00000199")?.length).toBeGreaterThan(0);
  });
});
