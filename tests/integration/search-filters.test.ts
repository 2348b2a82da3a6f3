import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { article, writeContent } from "../helpers/archive.ts";
import { runCli, tempDir } from "../helpers/cli.ts";

/**
 * The filter lists of the search bundle's module (layouts/assets/pagefind-parts.js)
 * on an archive with more people than a list holds: Pagefind's UI draws every
 * value it is given, so each list is capped, the values with the most results
 * first, and keeps whatever the search is filtered by. And a search waits for
 * the filter files `filters()` is loading, which Pagefind counts in.
 */

/** The part of the bundle's browser API these tests use. */
interface Pagefind {
  options(options: { basePath: string }): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(term: string | null, options?: { filters?: Record<string, unknown> }): Promise<{ results: unknown[]; filters: Record<string, Record<string, number>>; totalFilters: Record<string, Record<string, number>> }>;
}

const LIST_SIZE = 100;
/** "Person 001" … "Person 120": one article each, so all tie and the last ones in name order are cut. */
const people = Array.from({ length: 120 }, (_, i) => `Person ${String(i + 1).padStart(3, "0")}`);
const CUT = "Person 120";

/** 24 articles, each naming "Common Person" and five of `people`; "Second Person" in three, "Third Person" in two. */
function files(): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i < 24; i++) {
    const named = ["Common Person", ...(i < 3 ? ["Second Person"] : []), ...(i >= 3 && i < 5 ? ["Third Person"] : []), ...people.slice(i * 5, i * 5 + 5)];
    const day = String(i + 1).padStart(2, "0");
    out[`articles/a${day}.md`] = article(
      `title: Report ${day}\ndate: 2025-03-${day}\nsource: ${i % 2 ? "Wire Service" : "Daily Paper"}\npeople:\n${named.map((n) => `  - ${n}`).join("\n")}`,
      i === 23 ? "A word only this article has: zanzibarite." : "The report.",
    );
  }
  return out;
}

let content: { dir: string; remove: () => void };
let out: { dir: string; remove: () => void };
let pagefind: Pagefind;
let slowFilterFiles = false;

beforeAll(async () => {
  content = writeContent(files());
  out = tempDir("search-filters");
  const site = path.join(out.dir, "site");
  // Parts of 8 articles: the lists are merged from three parts.
  const built = await runCli(["build", "--content", content.dir, "--output", site, "--now", "2025-11-01", "--search-part-size", "8"]);
  expect(built.code, built.stderr).toBe(0);
  vi.stubGlobal("fetch", async (url: string) => {
    const file = path.join(site, decodeURIComponent(new URL(url, "http://site.invalid/").pathname));
    const bytes = fs.readFileSync(file);
    // A slow network for the taxonomies' filter files, when a test asks for one (not the vocabulary's, which every search loads).
    if (slowFilterFiles && file.endsWith(".pf_filter") && !gunzipSync(bytes).includes("vocabulary")) await new Promise((resolve) => setTimeout(resolve, 1000));
    return new Response(bytes);
  });
  pagefind = (await import(pathToFileURL(path.join(site, "pagefind/pagefind.js")).href)) as Pagefind;
  await pagefind.options({ basePath: "/pagefind/" });
});

afterAll(() => {
  vi.unstubAllGlobals();
  content.remove();
  out.remove();
});

describe("a filter's list of values", () => {
  // First in the file: nothing has loaded the filter files yet.
  test("counts every part's values in a search made while the filter files load (Pagefind's UI starts both at once)", async () => {
    slowFilterFiles = true;
    try {
      const loading = pagefind.filters();
      const { filters } = await pagefind.search("zanzibarite");
      expect(filters.People).toEqual({ "Common Person": 1, "Person 116": 1, "Person 117": 1, "Person 118": 1, "Person 119": 1, [CUT]: 1 });
      expect(filters.Sources).toEqual({ "Wire Service": 1 });
      await loading;
    } finally {
      slowFilterFiles = false;
    }
  });

  test("holds at most 100 values, the most results first, ties in name order", async () => {
    const listed = Object.entries((await pagefind.filters()).People!);
    expect(listed).toHaveLength(LIST_SIZE);
    expect(listed.slice(0, 4)).toEqual([
      ["Common Person", 24],
      ["Second Person", 3],
      ["Third Person", 2],
      ["Person 001", 1],
    ]);
    expect(listed.at(-1)).toEqual(["Person 097", 1]);
    expect(listed.map(([name]) => name)).not.toContain(CUT);
  });

  test("a list shorter than that holds every value, the most results first", async () => {
    expect(Object.entries((await pagefind.filters()).Sources!)).toEqual([
      ["Daily Paper", 12],
      ["Wire Service", 12],
    ]);
  });

  test("follows the results: values without any are left out", async () => {
    const { results, filters } = await pagefind.search("zanzibarite");
    expect(results).toHaveLength(1);
    expect(filters.People).toEqual({ "Common Person": 1, "Person 116": 1, "Person 117": 1, "Person 118": 1, "Person 119": 1, [CUT]: 1 });
  });

  test("keeps a value the search is filtered by, past the cap or without results, so that its box can be unchecked", async () => {
    const everyone = await pagefind.search(null, { filters: { People: { any: ["Common Person", CUT] } } });
    expect(everyone.results).toHaveLength(24);
    expect(Object.keys(everyone.filters.People!)).toHaveLength(LIST_SIZE + 1);
    expect(everyone.filters.People![CUT]).toBe(1);
    expect(everyone.totalFilters.People).toHaveProperty([CUT]);

    const none = await pagefind.search("zanzibarite", { filters: { People: ["Second Person"] } });
    expect(none.results).toHaveLength(0);
    expect(none.filters.People).toEqual({ "Second Person": 0 });
  });
});
