import * as cheerio from "cheerio";
import { parseAtomFeed, parseJsonFeed } from "feedsmith";
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { validateXML } from "xmllint-wasm";
import { listFiles, ROOT, runCli, tempDir } from "../helpers/cli.ts";

const FIXTURE = path.join(ROOT, "tests/fixtures/archive");
const BASE = "https://fixture.example";
const SCHEMA = fs.readFileSync(path.join(ROOT, "node_modules/sitemap/schema/sitemap.xsd"), "utf8");

let out: { dir: string; remove: () => void };
let files: string[];

function read(file: string): string {
  return fs.readFileSync(path.join(out.dir, file), "utf8");
}

async function xmlErrors(fileName: string, contents: string, schema?: string): Promise<string[]> {
  const result = await validateXML(schema ? { xml: [{ fileName, contents }], schema: [schema] } : { xml: [{ fileName, contents }], normalization: "format" });
  return result.errors.map((e) => e.rawMessage);
}

/** Entity pages (page 1) of the build: `<taxonomy>/<slug>/index.html`. */
function entityPages(): string[] {
  return files.filter((f) => /^(people|organisations|topics|places|sources)\/[^/]+\/index\.html$/.test(f));
}

beforeAll(async () => {
  out = tempDir("discovery");
  const run = await runCli(["build", "--content", FIXTURE, "--output", out.dir, "--now", "2025-11-01"]);
  expect(run.code, run.stderr).toBe(0);
  files = listFiles(out.dir);
});

afterAll(() => out.remove());

describe("the site's Atom feed", () => {
  test("is well-formed Atom: newest first, absolute ids and links, dates from content", async () => {
    const text = read("feed.xml");
    expect(await xmlErrors("feed.xml", text)).toEqual([]);
    const feed = parseAtomFeed(text);
    expect(feed.id).toBe(`${BASE}/feed.xml`);
    expect(feed.title?.value).toBe("Fixture Gazette <Archive>");
    expect(feed.links).toEqual([
      { rel: "self", type: "application/atom+xml", href: `${BASE}/feed.xml` },
      { rel: "alternate", type: "text/html", href: `${BASE}/` },
    ]);
    const entries = feed.entries ?? [];
    expect(entries.map((e) => e.id)).toEqual([
      `${BASE}/2025/10/25/hangul-and-quotes/`,
      `${BASE}/2025/10/24/museum/`,
      `${BASE}/2025/03/07/putin-speaks/`,
      `${BASE}/2025/03/05/sanctions-widen/`,
      `${BASE}/2025/03/02/summit-in-seoul/`,
    ]);
    const published = entries.map((e) => Date.parse(e.published!));
    expect(published).toEqual([...published].sort((a, b) => b - a));
    for (const entry of entries) {
      expect(entry.links?.[0]?.href).toBe(entry.id);
      expect(entry.updated).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(Z|[+-]\d\d:\d\d)$/);
    }
    // The feed is dated by its newest change, not by the build.
    expect(feed.updated).toBe("2025-10-25T00:00:00+09:00");
  });

  test("an article with corrections is updated at its latest correction; authors and categories", () => {
    const summit = parseAtomFeed(read("feed.xml")).entries!.find((e) => e.id === `${BASE}/2025/03/02/summit-in-seoul/`)!;
    expect(summit.published).toBe("2025-03-02T05:00:00+09:00");
    expect(summit.updated).toBe("2025-03-04T00:00:00+09:00");
    expect(summit.authors).toEqual([{ name: "Min-ji Park" }]);
    expect(summit.categories?.map((c) => c.term)).toEqual([
      "Lee Jae-myung",
      "Jens Stoltenberg",
      "NATO",
      "Korea Daily Group",
      "Diplomacy",
      "Sanctions",
      "Seoul",
      "South Korea",
      "Korea Daily",
    ]);
    const putin = parseAtomFeed(read("feed.xml")).entries!.find((e) => e.id === `${BASE}/2025/03/07/putin-speaks/`)!;
    expect(putin.authors).toEqual([{ name: "Wire Service" }]);
  });

  test("content is the full HTML, escaped: the body's <script> is text, never markup", () => {
    const text = read("feed.xml");
    expect(text).not.toMatch(/<script/i);
    const summit = parseAtomFeed(text).entries!.find((e) => e.id === `${BASE}/2025/03/02/summit-in-seoul/`)!;
    expect(summit.summary?.value).toBe("Leaders met in Seoul for two days. <script>alert(“x”)</script> was shown as text.");
    expect(summit.content?.type).toBe("html");
    const $ = cheerio.load(summit.content!.value!);
    expect($("script")).toHaveLength(0);
    expect($("p").first().text()).toBe("Leaders met in Seoul for two days. <script>alert(“x”)</script> was shown as text.");
    expect($("strong").text()).toBe("Seoul");
    expect($("a").map((_, a) => $(a).attr("href")).get()).toEqual(["https://example.org/report"]);
    expect($("li time").map((_, t) => $(t).attr("datetime")).get()).toEqual(["2025-03-03", "2025-03-04"]);
  });

  test("languages: the site's on the feed, each article's own on its entry", () => {
    const $ = cheerio.load(read("feed.xml"), { xml: true });
    expect($("feed").attr("xml:lang")).toBe("en");
    expect($("entry").map((_, e) => $(e).attr("xml:lang") ?? "").get()).toEqual(["ko", "en-GB", "en", "en", "en"]);
  });
});

describe("the site's JSON Feed", () => {
  test("is JSON Feed 1.1 with the same entries, absolute URLs and HTML content", () => {
    const text = read("feed.json");
    const data = JSON.parse(text) as { version: string; language: string; items: { id: string; url: string; date_modified: string; content_html: string }[] };
    expect(data.version).toBe("https://jsonfeed.org/version/1.1");
    expect(data.language).toBe("en");
    const feed = parseJsonFeed(text);
    expect(feed.feed_url).toBe(`${BASE}/feed.json`);
    expect(feed.home_page_url).toBe(`${BASE}/`);
    const atomIds = parseAtomFeed(read("feed.xml")).entries!.map((e) => e.id);
    expect(data.items.map((i) => i.id)).toEqual(atomIds);
    for (const item of data.items) expect(item.url).toBe(item.id);
    const summit = data.items.find((i) => i.id.endsWith("/summit-in-seoul/"))!;
    expect(summit.date_modified).toBe("2025-03-04T00:00:00+09:00");
    const $ = cheerio.load(summit.content_html);
    expect($("script")).toHaveLength(0);
    expect($("p").first().text()).toContain("<script>alert(“x”)</script>");
  });
});

describe("entity feeds", () => {
  test("every entity page has an Atom feed, linked from the page, listing its articles newest first", async () => {
    const pages = entityPages();
    expect(pages.length).toBe(21);
    for (const page of pages) {
      const dir = path.dirname(page);
      const feedFile = `${dir}/feed.xml`;
      expect(files, feedFile).toContain(feedFile);
      const $ = cheerio.load(read(page));
      expect($(`link[rel="alternate"][type="application/atom+xml"][href="/${feedFile}"]`), page).toHaveLength(1);
      const text = read(feedFile);
      expect(await xmlErrors(feedFile, text), feedFile).toEqual([]);
      const feed = parseAtomFeed(text);
      expect(feed.id).toBe(`${BASE}/${feedFile}`);
      expect(feed.links?.find((l) => l.rel === "alternate")?.href).toBe(`${BASE}/${dir}/`);
      const count = Number($(".entity-header .meta").text().match(/^(\d+) articles?/)?.[1]);
      expect(feed.entries?.length, feedFile).toBe(count);
      const published = (feed.entries ?? []).map((e) => Date.parse(e.published!));
      expect(published, feedFile).toEqual([...published].sort((a, b) => b - a));
    }
    expect(files.filter((f) => f.endsWith("/feed.xml")).length).toBe(pages.length);
  });

  test("an entity feed holds that entity's articles", () => {
    const feed = parseAtomFeed(read("topics/sanctions/feed.xml"));
    expect(feed.title?.value).toBe("Sanctions – Fixture Gazette <Archive>");
    expect(feed.entries?.map((e) => e.id)).toEqual([`${BASE}/2025/03/07/putin-speaks/`, `${BASE}/2025/03/05/sanctions-widen/`, `${BASE}/2025/03/02/summit-in-seoul/`]);
    expect(feed.updated).toBe("2025-03-07T15:30:00+09:00");
  });
});

describe("sitemap.xml", () => {
  test("is valid against the sitemaps.org schema", async () => {
    expect(await xmlErrors("sitemap.xml", read("sitemap.xml"), SCHEMA)).toEqual([]);
  });

  test("lists every public HTML page, each an absolute URL of a written file; not 404 or redirects", () => {
    const $ = cheerio.load(read("sitemap.xml"), { xml: true });
    const locs = $("url > loc").map((_, el) => $(el).text()).get();
    expect(new Set(locs).size).toBe(locs.length);
    const listed = locs.map((loc) => {
      expect(loc.startsWith(`${BASE}/`), loc).toBe(true);
      const file = loc.slice(BASE.length + 1);
      return file === "" || file.endsWith("/") ? `${file}index.html` : file;
    });
    for (const file of listed) expect(files, file).toContain(file);
    const redirects = files.filter((f) => f.endsWith(".html") && read(f).includes('http-equiv="refresh"'));
    expect(redirects.length).toBeGreaterThan(0);
    const publicPages = files.filter((f) => f.endsWith(".html") && f !== "404.html" && !redirects.includes(f));
    expect(listed.sort()).toEqual(publicPages.sort());
  });

  test("lastmod: an article's latest change (corrections included); a listing's newest article change", () => {
    const $ = cheerio.load(read("sitemap.xml"), { xml: true });
    const lastmod = new Map($("url").map((_, el) => [[$(el).find("loc").text(), $(el).find("lastmod").text()]]).get() as [string, string][]);
    // 2025-03-04 00:00 in Asia/Seoul, the latest correction.
    expect(lastmod.get(`${BASE}/2025/03/02/summit-in-seoul/`)).toBe("2025-03-03T15:00:00.000Z");
    expect(lastmod.get(`${BASE}/`)).toBe("2025-10-24T15:00:00.000Z");
    expect(lastmod.get(`${BASE}/page/3/`)).toBe("2025-03-03T15:00:00.000Z");
    expect(lastmod.get(`${BASE}/topics/sanctions/page/2/`)).toBe("2025-03-03T15:00:00.000Z");
    expect(lastmod.get(`${BASE}/people/keir-giles/quotes/page/3/`)).toBe("2025-10-23T15:00:00.000Z");
    for (const [loc, value] of lastmod) if (value) expect(Number.isNaN(Date.parse(value)), loc).toBe(false);
  });
});

describe("robots.txt and 404.html", () => {
  test("robots.txt allows everything and points at the sitemap", () => {
    expect(read("robots.txt")).toBe(`User-agent: *\nAllow: /\n\nSitemap: ${BASE}/sitemap.xml\n`);
  });

  test("404.html says what happened, is not indexed, and links home and to the indexes", () => {
    const $ = cheerio.load(read("404.html"));
    expect($('meta[name="robots"]').attr("content")).toBe("noindex");
    expect($("h1").text()).toBe("Page not found");
    const links = $("main a").map((_, a) => $(a).attr("href")).get();
    for (const href of ["/", "/people/", "/organisations/", "/topics/", "/places/", "/sources/"]) expect(links).toContain(href);
    expect(links).toContain("/2025/10/25/hangul-and-quotes/");
    // Served at any missing path: every link is root-relative or absolute.
    $("a[href], link[href]").each((_, el) => expect($(el).attr("href")).toMatch(/^(\/|https?:|#)/));
  });
});
