import fs from "node:fs";
import { describe, expect, test } from "vitest";
import type { SearchRecord } from "../../src/views/search.ts";
import { stemEnglish } from "../../src/write/english-stem.ts";
import { pagefindIndexFiles } from "../../src/write/pagefind-files.ts";
import { pagefindBinaryFiles } from "../helpers/pagefind-oracle.ts";

const WORDS = fs
  .readFileSync(new URL("../fixtures/stem-words.txt", import.meta.url), "utf8")
  .split("\n")
  .filter((line) => line !== "" && !line.startsWith("#"));

describe("the English stemmer is the one Pagefind 1.6 searches with", () => {
  test("4,070 English words are indexed under the keys Pagefind's binary gives them", async () => {
    // Records of 500 words each: the index's words are the stems, so equal files mean equal stems.
    const records: SearchRecord[] = [];
    for (let i = 0; i < WORDS.length; i += 500) {
      records.push({ url: `/words-${i}/`, language: "en", content: WORDS.slice(i, i + 500).join(" "), meta: { title: "" }, filters: {}, sort: {} });
    }
    const expected = await pagefindBinaryFiles(records);
    const own = pagefindIndexFiles(records, "en")!;
    const differing = [...expected.keys()].filter((name) => name !== "entry" && !expected.get(name)!.equals(own.files.get(name) ?? Buffer.alloc(0)));
    expect(differing).toEqual([]);
    expect(own.files.size).toBe(expected.size - 1);
  });

  test("the rules Snowball changed after the stemmers on npm were written", () => {
    // More prefixes that end the region R1.
    expect(stemEnglish("international")).toBe("internat");
    expect(stemEnglish("universities")).toBe("universiti");
    expect(stemEnglish("emergency")).toBe("emergenc");
    expect(stemEnglish("organisation")).toBe("organis");
    expect(stemEnglish("generously")).toBe("generous");
    // "-ogist" like "-ogi"; a double after a lone first vowel; consonant + "ying"; "evening"; "past".
    expect(stemEnglish("archaeologists")).toBe("archaeolog");
    expect(stemEnglish("added")).toBe("add");
    expect(stemEnglish("upped")).toBe("up");
    expect(stemEnglish("vying")).toBe("vie");
    expect(stemEnglish("evenings")).toBe("evening");
    expect(stemEnglish("pasted")).toBe("paste");
  });

  test("the algorithm's fixed cases and ordinary words", () => {
    expect(["skies", "dying", "news", "only", "cried", "ties", "gaps", "gas", "caresses", "hopping", "hoping", "agreed", "happy", "sayyes"].map(stemEnglish)).toEqual([
      "sky", "die", "news", "onli", "cri", "tie", "gap", "gas", "caress", "hop", "hope", "agre", "happi", "sayy",
    ]);
    // Words of two letters, other scripts and inherited names of Object are left as they are.
    expect(["is", "иванов", "김민준", "constructor"].map(stemEnglish)).toEqual(["is", "иванов", "김민준", "constructor"]);
  });
});
