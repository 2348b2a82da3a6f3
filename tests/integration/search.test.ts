import * as cheerio from "cheerio";
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { SiteViews } from "../../src/views/site-views.ts";
import { recordOf, searchParts, searchSource, searchSources, Vocabulary, VOCABULARY_FILTER, type SearchPart, type SearchRecord } from "../../src/views/search.ts";
import type { SiteContext } from "../../src/views/context.ts";
import { article, archiveOf } from "../helpers/archive.ts";
import { listFiles, ROOT, runCli, tempDir, type CliResult } from "../helpers/cli.ts";

const FIXTURE = path.join(ROOT, "tests/fixtures/archive");

/** Every published article's search record, newest first, as the search worker makes them. */
const searchRecords = (context: SiteContext) => searchSources(context).map(recordOf);
/** The vocabulary record of `records`, as the search worker makes it. */
function vocabularyOf(records: readonly SearchRecord[]): SearchRecord {
  const vocabulary = new Vocabulary();
  for (const record of records) vocabulary.add(record);
  return vocabulary.record();
}
const NOW = "2025-11-01";
const TAXONOMIES = ["people", "organisations", "topics", "places", "sources"] as const;
const FILTER_NAMES = { people: "People", organisations: "Organisations", topics: "Topics", places: "Places", sources: "Sources" };

/** The part of Pagefind's browser API (pagefind/pagefind.js) these tests use. */
interface Pagefind {
  options(options: { basePath: string }): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(
    term: string | null,
    options?: { filters?: Record<string, unknown>; sort?: Record<string, "asc" | "desc"> },
  ): Promise<{ results: { score: number; data(): Promise<ResultData> }[]; unfilteredResultCount: number; filters: Record<string, Record<string, number>> }>;
}

interface ResultData {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

let out: { dir: string; remove: () => void };
let site: string;
let again: string;
let builds: CliResult[];
let pagefind: Pagefind;

function page(url: string): cheerio.CheerioAPI {
  return cheerio.load(fs.readFileSync(path.join(site, url, "index.html"), "utf8"));
}

/** URLs of the results, in Pagefind's order. */
async function urls(term: string | null, options: Parameters<Pagefind["search"]>[1] = {}): Promise<string[]> {
  const { results } = await pagefind.search(term, options);
  return Promise.all(results.map(async (r) => (await r.data()).url));
}

async function data(term: string): Promise<ResultData[]> {
  const { results } = await pagefind.search(term);
  return Promise.all(results.map((r) => r.data()));
}

beforeAll(async () => {
  out = tempDir("search");
  site = path.join(out.dir, "site");
  again = path.join(out.dir, "again");
  // Parts of 2 articles: the 5 articles' index is in 3 parts, searched as one.
  builds = await Promise.all([site, again].map((dir) => runCli(["build", "--content", FIXTURE, "--output", dir, "--now", NOW, "--search-part-size", "2"])));
  // Pagefind's own search runtime, as the browser runs it, reading the built files.
  vi.stubGlobal("fetch", async (url: string) => {
    const file = path.join(site, decodeURIComponent(new URL(url, "http://site.invalid/").pathname));
    return new Response(fs.readFileSync(file));
  });
  pagefind = (await import(pathToFileURL(path.join(site, "pagefind/pagefind.js")).href)) as Pagefind;
  await pagefind.options({ basePath: "/pagefind/" });
});

afterAll(() => {
  vi.unstubAllGlobals();
  out.remove();
});

describe("the search index", () => {
  test("is written by the build, with Pagefind's UI files and one index per part", () => {
    for (const build of builds) expect([build.code, build.stderr]).toEqual([0, ""]);
    for (const file of ["pagefind-ui.js", "pagefind-ui.css", "pagefind.js", "part-1/pagefind-entry.json", "part-3/pagefind-entry.json"]) {
      expect(fs.existsSync(path.join(site, "pagefind", file)), file).toBe(true);
    }
    expect(fs.existsSync(path.join(site, "pagefind/part-4"))).toBe(false);
  });

  test("holds every published article and nothing else, each in one part, in the site's language", () => {
    const entries = ["part-1", "part-2", "part-3"].map((part) => JSON.parse(fs.readFileSync(path.join(site, "pagefind", part, "pagefind-entry.json"), "utf8")));
    const articles = listFiles(site).filter((f) => /^\d{4}\/\d\d\/\d\d\/[^/]+\/index\.html$/.test(f));
    expect(articles).toHaveLength(5);
    for (const entry of entries) expect(Object.keys(entry.languages)).toEqual(["en"]);
    // Counted from the oldest article: 2, 2, and the newest 1; each part also holds the vocabulary record.
    expect(entries.map((entry) => entry.languages.en.page_count)).toEqual([3, 3, 2]);
  });

  test("a build with the default part size writes the whole archive into one part", async () => {
    const whole = path.join(out.dir, "whole");
    const build = await runCli(["build", "--content", FIXTURE, "--output", whole, "--now", NOW]);
    expect([build.code, build.stderr]).toEqual([0, ""]);
    expect(fs.readdirSync(path.join(whole, "pagefind")).sort()).toEqual(["pagefind-ui.css", "pagefind-ui.js", "pagefind.js", "part-1"]);
    expect(fs.readFileSync(path.join(whole, "pagefind/pagefind.js"), "utf8")).toMatch(/^const PARTS = \["part-1\/"\];\nconst VOCABULARY = null;/);
  });

  test("two builds of the same content give byte-identical index files", () => {
    const files = listFiles(path.join(site, "pagefind"));
    expect(listFiles(path.join(again, "pagefind"))).toEqual(files);
    const differ = files.filter((f) => !fs.readFileSync(path.join(site, "pagefind", f)).equals(fs.readFileSync(path.join(again, "pagefind", f))));
    expect(differ).toEqual([]);
  });
});

describe("searching the built index with Pagefind", () => {
  test("filters: one per taxonomy, its values the entities' displayed names, as the indexes list them", async () => {
    const filters = await pagefind.filters();
    expect(Object.keys(filters).sort()).toEqual(Object.values(FILTER_NAMES).sort());
    for (const taxonomy of TAXONOMIES) {
      const $ = page(`/${taxonomy}/`);
      const listed = $(".index li a").map((_, a) => $(a).text()).get();
      expect(Object.keys(filters[FILTER_NAMES[taxonomy]]!).sort(), taxonomy).toEqual(listed.sort());
    }
    expect(filters.People).toMatchObject({ "Vladimir Putin": 2, "Keir Giles": 2, 김정은: 1 });
    expect(filters.Sources).toEqual({ BritPanorama: 1, "Korea Daily": 3, "Wire Service": 1 });
  });

  test("every result is an article page; entity, listing and held-back pages are not records", async () => {
    const all = await urls(null, { filters: { Sources: { any: ["BritPanorama", "Korea Daily", "Wire Service"] } } });
    expect(all.sort()).toEqual(
      [
        "/2025/03/02/summit-in-seoul/",
        "/2025/03/05/sanctions-widen/",
        "/2025/03/07/putin-speaks/",
        "/2025/10/24/museum/",
        "/2025/10/25/hangul-and-quotes/",
      ].sort(),
    );
    // Words only an entity profile, the listings or held-back articles have.
    for (const word of ["Federation", "Latest", "Embargoed", "Secret", "ready"]) expect(await urls(word), word).toEqual([]);
  });

  test("finds words of the body, the standfirst and the headline", async () => {
    expect(await urls("tankers")).toEqual(["/2025/03/05/sanctions-widen/"]);
    expect(await urls("dismissed")).toEqual(["/2025/03/07/putin-speaks/"]);
    expect(await urls("trophies")).toEqual(["/2025/10/24/museum/"]);
    expect(await urls("alert")).toEqual(["/2025/03/02/summit-in-seoul/"]);
  });

  test("a word of one part finds only its articles, not shorter words in the other parts, as one index would", async () => {
    // Pagefind matches the longest indexed word a term starts with when no word starts with the term:
    // without every part holding the archive's words, "alert" matched "a" in the parts that lack it.
    const { results, unfilteredResultCount, filters } = await pagefind.search("alert");
    expect(results).toHaveLength(1);
    expect(unfilteredResultCount).toBe(1);
    expect(Object.keys(filters).sort()).toEqual(Object.values(FILTER_NAMES).sort());
    // A word in no article falls back to the same word in every part: the archive's longest.
    expect(await urls("alertness")).toEqual(["/2025/03/02/summit-in-seoul/"]);
  });

  test("an article in another language than the site's is found from the one search page", async () => {
    expect(await urls("본문")).toEqual(["/2025/10/25/hangul-and-quotes/"]);
  });

  test("a record is the article's plain text: no markup, and a default standfirst once", async () => {
    const [summit] = await data("alert");
    expect(summit!.content).toBe("Leaders met in Seoul for two days. <script>alert(“x”)</script> was shown as text. A second paragraph with a link to https://example.org/report.");
    expect(summit!.meta).toEqual({ title: "Summit in Seoul ends without a deal" });
    const [widen] = await data("tankers");
    expect(widen!.content.match(/The new measures reach tankers/g)).toHaveLength(1);
    const [putin] = await data("dismissed");
    expect(putin!.content).toBe("The Russian president dismissed the new measures. Body text.");
  });

  test("filters narrow the results; each result carries its entities", async () => {
    expect((await urls(null, { filters: { People: "Keir Giles" } })).sort()).toEqual(["/2025/10/24/museum/", "/2025/10/25/hangul-and-quotes/"]);
    expect(await urls("measures", { filters: { Sources: "Wire Service" } })).toEqual(["/2025/03/07/putin-speaks/"]);
    const [museum] = await data("trophies");
    expect(museum!.filters).toEqual({
      People: ["Keir Giles"],
      Organisations: ["Chatham House", "Museum of Victory"],
      Topics: ["Propaganda"],
      Places: ["Russia", "North Korea"],
      Sources: ["BritPanorama"],
    });
  });

  test("best match first merges the parts by Pagefind's score", async () => {
    const { results } = await pagefind.search("the");
    expect(results.length).toBeGreaterThan(2);
    const scores = results.map((r) => r.score);
    expect(scores).toEqual(scores.toSorted((a, b) => b - a));
  });

  test("results sort by publication date, newest or oldest first, across the parts", async () => {
    const everything = { Places: { any: ["Russia", "North Korea", "Seoul"] } };
    const newest = ["/2025/10/25/hangul-and-quotes/", "/2025/10/24/museum/", "/2025/03/07/putin-speaks/", "/2025/03/05/sanctions-widen/", "/2025/03/02/summit-in-seoul/"];
    expect(await urls(null, { filters: everything, sort: { date: "desc" } })).toEqual(newest);
    expect(await urls(null, { filters: everything, sort: { date: "asc" } })).toEqual(newest.toReversed());
  });
});

describe("the search page", () => {
  test("loads Pagefind's UI and starts it on the page's container", () => {
    const $ = page("/search/");
    expect($("h1").text()).toBe("Search");
    expect($('link[rel="stylesheet"][href="/pagefind/pagefind-ui.css"]')).toHaveLength(1);
    expect($('script[src="/pagefind/pagefind-ui.js"]')).toHaveLength(1);
    expect($("#search")).toHaveLength(1);
    const script = $("script:not([src]):not([type])").text();
    expect(script).toContain("new PagefindUI(");
    expect(script).toContain('"bundlePath":"/pagefind/"');
    expect($("#search-order option").map((_, o) => $(o).attr("value")).get()).toEqual(["", "desc", "asc"]);
  });

  test("without JavaScript it says so and points to the indexes", () => {
    const $ = page("/search/");
    const noscript = cheerio.load($("noscript").html()!);
    expect(noscript.text()).toContain("Search needs JavaScript");
    expect(noscript("a").map((_, a) => noscript(a).attr("href")).get()).toEqual(TAXONOMIES.map((t) => `/${t}/`));
  });

  test("every page's navigation links to it; on the search page the link is current", () => {
    expect(page("/2025/10/24/museum/")('.site-nav a[href="/search/"]').text()).toBe("Search");
    expect(page("/search/")('.site-nav a[aria-current="page"]').attr("href")).toBe("/search/");
  });
});

describe("search records", () => {
  const SITE = JSON.stringify({ title: "T", url: "https://t.example/", language: "en-GB", timeZone: "Europe/London" });
  const archive = archiveOf({
    "site.json": SITE,
    "articles/empty.md": article("title: Headline only\ndate: 2025-06-01T00:30\nsource: S\nlang: fr", ""),
    "articles/told.md": article("title: Told\ndate: 2025-06-02\nsource: S\nsummary: An explicit standfirst.\npeople: [Ann]", "The body."),
  });
  const [told, empty] = searchRecords(new SiteViews(archive).context);

  test("are indexed in the site's language, with the UTC instant as sort key", () => {
    expect(empty!.language).toBe("en-GB");
    expect(empty!.sort).toEqual({ date: "2025-05-31T23:30:00.000Z" });
    expect(told!.url).toBe("/2025/06/02/told/");
  });

  test("an explicit standfirst comes before the body; an empty article is indexed by its headline", () => {
    expect(told!.content).toBe("An explicit standfirst.\nThe body.");
    expect(empty!.content).toBe("Headline only");
    expect(recordOf(searchSource(archive.articles[1]!, "en")).meta).toEqual({ title: "Headline only" });
  });

  test("filters only for taxonomies the article names, the source always", () => {
    expect(told!.filters).toEqual({ People: ["Ann"], Sources: ["S"] });
    expect(empty!.filters).toEqual({ Sources: ["S"] });
  });
});

describe("search parts", () => {
  const days = (from: number, to: number) =>
    Object.fromEntries(Array.from({ length: to - from + 1 }, (_, i) => [`articles/a${from + i}.md`, article(`title: Day ${from + i}\ndate: 2025-01-${String(from + i).padStart(2, "0")}\nsource: S`, `Words of day ${from + i}.`)]));
  const partsOf = (files: Record<string, string>, size: number) => searchParts(new SiteViews(archiveOf(files)).context, size);
  const titles = (parts: SearchPart[]) => parts.map((part) => [part.folder, part.sources.map((s) => s.title)]);

  test("are counted from the oldest article, listed newest first, each newest first", () => {
    expect(titles(partsOf(days(1, 5), 2))).toEqual([
      ["part-3/", ["Day 5"]],
      ["part-2/", ["Day 4", "Day 3"]],
      ["part-1/", ["Day 2", "Day 1"]],
    ]);
  });

  test("a new article changes only the newest part", () => {
    const before = partsOf(days(1, 6), 3);
    const after = partsOf(days(1, 7), 3);
    expect(after.slice(1)).toEqual(before);
    expect(titles(after.slice(0, 1))).toEqual([["part-3/", ["Day 7"]]]);
  });

  test("an empty archive has one empty part; a part holds at least one article", () => {
    expect(titles(partsOf({}, 2000))).toEqual([["part-1/", []]]);
    expect(() => partsOf(days(1, 2), 0)).toThrow(RangeError);
  });

  test("the vocabulary record holds every word of every record once, under its own filter, with no date", () => {
    const records = [
      { ...searchRecords(new SiteViews(archiveOf(days(1, 1))).context)[0]!, content: "Alert the  harbour\nthe cranes" },
      { ...searchRecords(new SiteViews(archiveOf(days(2, 2))).context)[0]!, content: "harbour ferries" },
    ];
    const vocabulary = vocabularyOf(records);
    expect(vocabulary.content.split(" ").sort()).toEqual(["1", "2", "Alert", "Day", "cranes", "ferries", "harbour", "the"]);
    expect(vocabulary.filters).toEqual({ [VOCABULARY_FILTER]: ["all"] });
    expect(vocabulary.sort).toEqual({});
    expect(vocabulary.language).toBe(records[0]!.language);
  });
});
