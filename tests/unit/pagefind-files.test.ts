import path from "node:path";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { generateCorpus } from "../../bench/corpus.ts";
import { loadArchive } from "../../src/model/archive.ts";
import { recordOf, searchParts, Vocabulary, type SearchRecord } from "../../src/views/search.ts";
import { SiteViews } from "../../src/views/site-views.ts";
import { codePointOrder, fullHash, hasOwnRules, pagefindIndexFiles } from "../../src/write/pagefind-files.ts";
import { indexableWords } from "../../src/write/pagefind-words.ts";
import { tempDir } from "../helpers/cli.ts";
import { pagefindBinaryFiles } from "../helpers/pagefind-oracle.ts";

/**
 * The search index is written in this process (src/write/pagefind-files.ts)
 * but searched in the browser by Pagefind's own WebAssembly, which reads
 * exactly what Pagefind's binary writes. So each case here builds the same
 * records both ways and compares every file, byte for byte before
 * compression.
 */
async function differences(records: SearchRecord[]): Promise<string[]> {
  const expected = await pagefindBinaryFiles(records);
  const own = pagefindIndexFiles(records, records[0]!.language);
  if (own === null) return ["refused the records"];
  const actual = new Map([...own.files, ["entry", Buffer.from(own.entry)]]);
  const names = [...new Set([...expected.keys(), ...actual.keys()])].sort();
  return names.filter((name) => !(expected.get(name)?.equals(actual.get(name) ?? Buffer.alloc(0)) ?? false)).map((name) => `${name}: ${expected.has(name) ? (actual.has(name) ? "differs" : "missing") : "not Pagefind's"}`);
}

const record = (url: string, content: string, title = "", filters: Record<string, string[]> = {}, date?: string): SearchRecord => ({
  url,
  language: "en",
  content,
  meta: { title },
  filters,
  sort: date === undefined ? {} : { date },
});

/** Words that take each of Pagefind's word rules. */
const TRICKY = [
  "well-known", "e-mail", "McDonald", "iPhone", "WKWebView", "ThreeAntelopes", "three_antelopes", "__init__", "G20", "covid19", "COVID-19",
  "3.5%", "U.S.", "50,000", "1,000.5", "2025-03-01", "o’clock", "government’s", "officials'", "l'alphabet", "rock'n'roll", "naïve", "Zoë",
  "Ólafsdóttir", "Ærøskøbing", "Łódź", "đorđević", "Þóra", "Сергей", "Иванов,", "ёлка", "Ёж", "김민준.", "서울의", "ΟΔΟΣ", "Σίσυφος", "straße",
  "İstanbul", "ǅemal", "ﬁnance", "Å", "A\u030angstrom", "café-crème", "—", "–", "…", "«hello»", "“quoted”", "(parens)", "[x]", "a/b", "http://x.example/a?b=c",
  "x@y.example", "#tag", "½", "x²", "Ⅻ", "a\u200bb", "mid\u00adword", "CamelCaseWord", "ABCdef", "abcDEF", "a1b2c3", "1st", "2nd", "v2.0",
  "added", "upped", "dying", "vying", "evening", "international", "university", "emergency", "organisation", "pasted", "archaeologists", "generously", "skies",
];

describe("the search index written in this process is Pagefind 1.6's, byte for byte", () => {
  test("the fixture archive's articles", async () => {
    const result = loadArchive(path.resolve("tests/fixtures/archive"), { drafts: false, future: false });
    if (!result.ok) throw new Error("the fixture archive is invalid");
    const records = searchParts(new SiteViews(result.archive).context, 1000)[0]!.sources.map(recordOf);
    expect(records.length).toBeGreaterThan(5);
    expect(await differences(records)).toEqual([]);
  });

  test("words taking every rule: compounds, case changes, diacritics, other scripts, digits, punctuation", async () => {
    const records = [
      record("/a/", TRICKY.join(" "), "Well-known McDonald’s café", { People: ["Zoë Ólafsdóttir", "Сергей Иванов"], Places: ["Łódź"] }, "2025-03-01T00:00:00.000Z"),
      record("/b/", [...TRICKY].reverse().join("\n\t "), "ΟΔΟΣ", { People: ["Zoë Ólafsdóttir"] }, "2024-01-01T00:00:00.000Z"),
      record("/c/", "café cafe CAFÉ cafè café-crème", "café", {}, "2025-03-01T00:00:00.000Z"),
      record("/d/", "word", ""),
    ];
    expect(await differences(records)).toEqual([]);
  });

  test("generated text: 80 records of tricky words, random ASCII and punctuation (a fixed sample)", async () => {
    const piece = fc.oneof(
      fc.constantFrom(...TRICKY),
      fc.stringMatching(/^[A-Za-z]{1,12}$/),
      fc.stringMatching(/^[a-z0-9'’.,:;!?()\-_/"«»“”]{1,10}$/),
    );
    const records = fc
      .sample(fc.tuple(fc.array(piece, { minLength: 1, maxLength: 60 }), fc.array(piece, { maxLength: 6 }), fc.array(fc.constantFrom("Ann", "Zoë", "Łódź", "Ян"), { maxLength: 3 })), { numRuns: 80, seed: 20261127 })
      .map(([words, title, people], i) => record(`/r${i}/`, words.join(" "), title.join(" "), people.length > 0 ? { People: [...new Set(people)] } : {}, `2025-01-${String((i % 28) + 1).padStart(2, "0")}T00:00:00.000Z`));
    expect(await differences(records)).toEqual([]);
  });

  test("generated words of any letters, marks and punctuation: 3 fixed samples of 150 records", async () => {
    // Latin with and without diacritics (precomposed and combining), ligatures, Greek, Cyrillic, Hangul, digits, ASCII and typographic punctuation, soft hyphens, zero-width and no-break spaces.
    const alphabet = [..."abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.,;:!?'\"-_/()[]{}@#%&*+=<>|~^`$\\’‘“”«»–—…·éèêëàâäåæçñöøœßÿÉÀÅÆÇÑÖØŒİıĳǅǈǋΣσςΑαБбЖжЁёЙй한국어김\u0301\u0308\u00ad\u200b\u00a0ﬁ½²Ⅻ"];
    const word = fc.array(fc.constantFrom(...alphabet), { minLength: 1, maxLength: 12 }).map((chars) => chars.join(""));
    for (const seed of [1, 14, 15]) {
      const records = fc
        .sample(fc.tuple(fc.array(word, { minLength: 1, maxLength: 80 }), fc.array(word, { maxLength: 5 })), { numRuns: 150, seed })
        .map(([words, title], i) => record(`/r${i}/`, words.join(" "), title.join(" ")));
      expect(await differences(records), `seed ${seed}`).toEqual([]);
    }
  });

  test("300 generated articles with a vocabulary record, as a part of a larger index holds them", async () => {
    const { dir, remove } = tempDir("pagefind-corpus");
    try {
      generateCorpus({ articles: 300, out: dir, seed: 11 });
      const result = loadArchive(dir, { drafts: false, future: false });
      if (!result.ok) throw new Error("the generated corpus is invalid");
      const records = searchParts(new SiteViews(result.archive).context)[0]!.sources.map(recordOf);
      const vocabulary = new Vocabulary();
      for (const r of records) vocabulary.add(r);
      // Enough words for many chunks of the word index, whose ranges and hashes must match too.
      expect(await differences([...records, vocabulary.record()])).toEqual([]);
    } finally {
      remove();
    }
  });
});

describe("what the index written in this process leaves to Pagefind's binary", () => {
  test("records holding an emoji or one of Pagefind's markers are refused (the binary indexes their part)", () => {
    expect(pagefindIndexFiles([record("/a/", "sunny 🌦️ day")], "en")).toBeNull();
    expect(pagefindIndexFiles([record("/a/", "a ___PAGEFIND_WEIGHT___2 b")], "en")).toBeNull();
    expect(pagefindIndexFiles([record("/a/", "plain", "title ___PAGEFIND_X")], "en")).toBeNull();
    expect(pagefindIndexFiles([record("/a/", "a © sign")], "en")).toBeNull();
    // Digits, "#" and "*" are Unicode Emoji characters, but not emoji.
    expect(pagefindIndexFiles([record("/a/", "plain words, 3.5% and #1 *")], "en")).not.toBeNull();
  });

  test("only English's rules are reproduced: other languages go to the binary", () => {
    expect(hasOwnRules("en")).toBe(true);
    expect(hasOwnRules("en-GB")).toBe(true);
    expect(hasOwnRules("fr")).toBe(false);
    expect(hasOwnRules("ko")).toBe(false);
  });
});

describe("the pieces", () => {
  test("a word's keys: the word, then its compound parts of more than one byte", () => {
    expect(indexableWords("Well-known")).toEqual([
      { stemmed: "wellknown", original: null, compoundPart: false },
      { stemmed: "well", original: null, compoundPart: true },
      { stemmed: "known", original: null, compoundPart: true },
    ]);
    expect(indexableWords("e-mail")?.map((w) => w.stemmed)).toEqual(["email", "mail"]);
    expect(indexableWords("Zoë")).toEqual([{ stemmed: "zoe", original: "zoë", compoundPart: false }]);
    expect(indexableWords("—")).toEqual([]);
  });

  test("names are SHA-1 in hex without zero padding, as Pagefind writes them", () => {
    // SHA-1 of "abc" is a9993e36 4706816a ba3e2571 7850c26c 9cd0d89d: "06" is written "6".
    expect(fullHash("abc")).toBe("a9993e36476816aba3e25717850c26c9cd0d89d");
  });

  test("strings compare by code point, as Rust compares them, not by UTF-16 unit", () => {
    const words = ["\u{1F600}", "\uFFFD", "z", "é"];
    expect([...words].sort(codePointOrder)).toEqual(["z", "é", "\uFFFD", "\u{1F600}"]);
    expect([...words].sort()).toEqual(["z", "é", "\u{1F600}", "\uFFFD"]);
  });
});
