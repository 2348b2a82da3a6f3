import * as cheerio from "cheerio";
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { listFiles, ROOT, runCli, tempDir, type CliResult } from "../helpers/cli.ts";

const FIXTURE = path.join(ROOT, "tests/fixtures/archive");
const NOW = "2025-11-01";

let out: { dir: string; remove: () => void };
let site: string;
let result: CliResult;

function page(url: string): cheerio.CheerioAPI {
  const file = path.join(site, url, url.endsWith("/") ? "index.html" : "");
  return cheerio.load(fs.readFileSync(file, "utf8"));
}

function texts($: cheerio.CheerioAPI, selector: string): string[] {
  return $(selector)
    .map((_, el) => $(el).text().replace(/\s+/g, " ").trim())
    .get();
}

beforeAll(async () => {
  out = tempDir("fixture-build");
  site = path.join(out.dir, "site");
  result = await runCli(["build", "--content", FIXTURE, "--output", site, "--now", NOW]);
});

afterAll(() => out.remove());

describe("building the fixture archive", () => {
  test("succeeds and says what it built", () => {
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Built 5 articles into .*: \d+ pages in [\d.]+ s \(held back: 1 drafts, 1 embargoed\)$/m);
  });

  test("writes exactly the pages the contract's URLs call for", () => {
    const files = listFiles(site);
    const pages = files.filter((f) => f.endsWith(".html") && !f.startsWith("pagefind/"));
    expect(pages).toEqual(
      [
        "index.html",
        "page/2/index.html",
        "page/3/index.html",
        "2025/03/02/summit-in-seoul/index.html",
        "2025/03/05/sanctions-widen/index.html",
        "2025/03/07/putin-speaks/index.html",
        "2025/10/24/museum/index.html",
        "2025/10/25/hangul-and-quotes/index.html",
        "people/index.html",
        "organisations/index.html",
        "topics/index.html",
        "places/index.html",
        "sources/index.html",
        "people/vladimir-putin/index.html",
        "people/lee-jae-myung/index.html",
        "people/jens-stoltenberg/index.html",
        "people/keir-giles/index.html",
        "people/keir-giles/quotes/index.html",
        "people/keir-giles/quotes/page/2/index.html",
        "people/keir-giles/quotes/page/3/index.html",
        "people/kim-jong-un/index.html",
        "people/gimjeongeun/index.html",
        "organisations/nato/index.html",
        "organisations/korea-daily-group/index.html",
        "organisations/rosneft/index.html",
        "organisations/chatham-house/index.html",
        "organisations/museum-of-victory/index.html",
        "topics/diplomacy/index.html",
        "topics/sanctions/index.html",
        "topics/sanctions/page/2/index.html",
        "topics/propaganda/index.html",
        "places/seoul/index.html",
        "places/south-korea/index.html",
        "places/russia/index.html",
        "places/russia/page/2/index.html",
        "places/north-korea/index.html",
        "sources/korea-daily/index.html",
        "sources/korea-daily/page/2/index.html",
        "sources/wire-service/index.html",
        "sources/britpanorama/index.html",
        "archive/index.html",
        "archive/2025/index.html",
        "archive/2025/03/index.html",
        "archive/2025/10/index.html",
        "search/index.html",
        "404.html",
        // redirectFrom paths of putin-speaks.md
        "old/putin-speaks.html",
        "2025/03/putin/index.html",
      ].sort(),
    );
    const entityPages = pages.filter((f) => /^(people|organisations|topics|places|sources)\/[^/]+\/index\.html$/.test(f));
    const others = files.filter((f) => !f.endsWith(".html") && !f.startsWith("pagefind/") && !f.startsWith("images/"));
    expect(others.filter((f) => !f.startsWith("assets/"))).toEqual(
      ["_redirects", "favicon.svg", "feed.json", "feed.xml", "robots.txt", "sitemap.xml", ...entityPages.map((f) => f.replace(/index\.html$/, "feed.xml"))].sort(),
    );
    // The stylesheet, the web fonts it names and their licence.
    expect(others.filter((f) => f.startsWith("assets/"))).toEqual([
      "assets/fonts/source-serif-4-LICENSE.txt",
      expect.stringMatching(/^assets\/fonts\/source-serif-4-latin-ext-wght-normal\.[0-9a-f]{10}\.woff2$/),
      expect.stringMatching(/^assets\/fonts\/source-serif-4-latin-wght-italic\.[0-9a-f]{10}\.woff2$/),
      expect.stringMatching(/^assets\/fonts\/source-serif-4-latin-wght-normal\.[0-9a-f]{10}\.woff2$/),
      expect.stringMatching(/^assets\/site\.[0-9a-f]{10}\.css$/),
    ]);
  });

  test("held-back articles add no page, entity or listing entry", () => {
    const all = listFiles(site)
      .filter((f) => f.endsWith(".html"))
      .map((f) => fs.readFileSync(path.join(site, f), "utf8"))
      .join("\n");
    for (const word of ["Secret Person", "Future Person", "Draft Source", "Embargoed until", "Nobody Yet"]) expect(all).not.toContain(word);
  });

  // Links, stylesheets, images and fragments of every page and feed: tests/integration/links.test.ts.
});

describe("article page", () => {
  test("headline, standfirst, dates in the site zone, source, byline", () => {
    const $ = page("/2025/03/02/summit-in-seoul/");
    expect($("h1").text()).toBe("Summit in Seoul ends without a deal");
    expect($("title").text()).toBe("Summit in Seoul ends without a deal – Fixture Gazette <Archive>");
    expect($(".dateline time").first().attr("datetime")).toBe("2025-03-02T05:00:00+09:00");
    expect($(".dateline .updated time").attr("datetime")).toBe("2025-03-03");
    expect($(".source a").first().attr("href")).toBe("/sources/korea-daily/");
    expect($('.source a[href="https://korea-daily.example/summit"]').text()).toBe("original report");
    expect($(".source").text()).toContain("Min-ji Park");
    expect($(".byline").text()).toBe("Archived by Archive Desk");
    expect($('link[rel="canonical"]').attr("href")).toBe("https://fixture.example/2025/03/02/summit-in-seoul/");
  });

  test("the default standfirst is the first paragraph's text", () => {
    const $ = page("/2025/03/05/sanctions-widen/");
    const summary = $(".standfirst").text();
    expect(summary.endsWith("…")).toBe(true);
    expect(summary.length).toBeLessThanOrEqual(201);
    expect(summary.startsWith("The new measures reach tankers and insurers")).toBe(true);
    expect($('meta[name="description"]').attr("content")).toBe(summary);
  });

  test("raw HTML in the body is shown as text; URLs become links", () => {
    const $ = page("/2025/03/02/summit-in-seoul/");
    expect($(".article-body script")).toHaveLength(0);
    expect($(".article-body").text()).toContain('<script>alert(“x”)</script>');
    expect($('.article-body a[href="https://example.org/report"]')).toHaveLength(1);
    expect($(".article-body strong").text()).toBe("Seoul");
  });

  test("quotes link their speaker: a person, or an organisation the article lists", () => {
    const $ = page("/2025/03/02/summit-in-seoul/");
    const speakers = $(".quote .speaker")
      .map((_, el) => `${$(el).text()} ${$(el).attr("href")}`)
      .get();
    expect(speakers).toEqual(["Lee Jae-myung /people/lee-jae-myung/", "NATO /organisations/nato/"]);
    expect($(".quote").first().find("blockquote").text()).toBe("We will keep talking.");
    expect($(".quote").first().find(".role").text()).toBe("President of South Korea");
    expect($(".quote").first().find(".context").text()).toBe("At the closing press conference");
  });

  test("figures: formatted numbers, qualifier, currency, percentage, attribution and as-of date", () => {
    const $ = page("/2025/03/02/summit-in-seoul/");
    expect(texts($, ".figure-value")).toEqual(["up to $1,500,000,000", "12.5%"]);
    // A long number is set smaller, so that it fits a narrow fact box.
    expect($(".figure-value").map((_, el) => $(el).hasClass("long")).get()).toEqual([true, false]);
    expect(texts($, ".figure-label")).toEqual(["aid package discussed", "rise in trade"]);
    expect($(".figure-meta").text()).toContain("Ministry of Trade");
    expect($(".figure-meta time").attr("datetime")).toBe("2025-02-28");
  });

  test("entities grouped by kind, aliases resolved, no repeats", () => {
    const $ = page("/2025/03/02/summit-in-seoul/");
    const groups = $(".entity-group")
      .map((_, el) => `${$(el).find("h3").text()}: ${texts($, `.entity-group:nth-of-type(${_ + 1}) a`).join(", ")}`)
      .get();
    expect(groups).toEqual([
      "People: Lee Jae-myung, Jens Stoltenberg",
      "Organisations: NATO, Korea Daily Group",
      "Topics: Diplomacy, Sanctions",
      "Places: Seoul, South Korea",
      "Source: Korea Daily",
    ]);
  });

  test("corrections are listed oldest first", () => {
    const $ = page("/2025/03/02/summit-in-seoul/");
    expect($(".corrections time").map((_, el) => $(el).attr("datetime")).get()).toEqual(["2025-03-03", "2025-03-04"]);
  });

  test("the article's language is the page's language", () => {
    expect(page("/2025/10/25/hangul-and-quotes/")("html").attr("lang")).toBe("ko");
    expect(page("/2025/10/24/museum/")("html").attr("lang")).toBe("en-GB");
    expect(page("/2025/03/05/sanctions-widen/")("html").attr("lang")).toBe("en");
  });
});

describe("entity pages", () => {
  test("the entity file gives the name, description, profile and links; articles newest first", () => {
    const $ = page("/people/vladimir-putin/");
    expect($("h1").text()).toBe("Vladimir Putin");
    expect($(".standfirst").text()).toBe("President of Russia.");
    expect($(".profile strong").text()).toBe("Russian Federation");
    expect($('a[href="https://www.wikidata.org/wiki/Q7747"]')).toHaveLength(1);
    expect(texts($, ".article-list h3")).toEqual(["Putin says sanctions will fail", "Sanctions widen to shipping"]);
    expect(texts($, ".quote blockquote")).toEqual(["They will not have a significant impact."]);
  });

  test("a spelling folds into the entity file's name (Sanctions, sanctions)", () => {
    const $ = page("/topics/sanctions/");
    expect($("h1").text()).toBe("Sanctions");
    expect($(".entity-header .meta").text()).toBe("3 articles");
    expect(texts($, ".article-list h3")).toEqual(["Putin says sanctions will fail", "Sanctions widen to shipping"]);
    expect($(".pagination a[rel=next]").attr("href")).toBe("/topics/sanctions/page/2/");
  });

  test("page 2 lists the older articles and no profile, quotes or figures", () => {
    const $ = page("/topics/sanctions/page/2/");
    expect(texts($, ".article-list h3")).toEqual(["Summit in Seoul ends without a deal"]);
    expect($(".figures")).toHaveLength(0);
    expect($(".pagination a[rel=prev]").attr("href")).toBe("/topics/sanctions/");
  });

  test("topics show the figures of their articles", () => {
    const $ = page("/topics/sanctions/");
    expect(texts($, ".figure-value")).toEqual(["up to $1,500,000,000", "12.5%"]);
    expect($(".figure .from a").first().attr("href")).toBe("/2025/03/02/summit-in-seoul/");
  });

  test("a speaker's newest quotes across the archive, and all of them on the quotes pages", () => {
    const $ = page("/people/keir-giles/");
    expect(texts($, ".quote blockquote")).toEqual(["Third quote.", "Fourth quote.", "Fifth quote.", "Sixth quote.", "We shouldn’t be surprised."]);
    expect($(".more a").attr("href")).toBe("/people/keir-giles/quotes/");
    expect($(".more a").text()).toBe("All 6 quotes by Keir Giles");
    const quotes = [1, 2, 3].flatMap((n) => texts(page(n === 1 ? "/people/keir-giles/quotes/" : `/people/keir-giles/quotes/page/${n}/`), ".quote blockquote"));
    expect(quotes).toEqual(["Third quote.", "Fourth quote.", "Fifth quote.", "Sixth quote.", "We shouldn’t be surprised.", "It is fully independent and sovereign."]);
  });

  test("organisations' quotes are on their page", () => {
    expect(texts(page("/organisations/nato/"), ".quote blockquote")).toEqual(["The alliance stands together."]);
  });

  test("entities it most often appears with", () => {
    const $ = page("/places/russia/");
    const related = texts($, ".related a");
    expect(related.slice(0, 2)).toEqual(["Sanctions", "Vladimir Putin"]);
    expect(related).not.toContain("Russia");
  });

  test("Hangul and Cyrillic names get transliterated URLs", () => {
    expect(page("/people/gimjeongeun/")("h1").text()).toBe("김정은");
    // "Владимир Путин" is an alias in the entity file, so it is Vladimir Putin's page.
    expect(fs.existsSync(path.join(site, "people/vladimir-putin/index.html"))).toBe(true);
  });
});

describe("listings", () => {
  test("home: newest first, paginated by pageSize, with a header navigation", () => {
    const $ = page("/");
    expect(texts($, ".article-list h2")).toEqual(["한국어 기사", "Museum shows “trophies” of the war"]);
    expect($(".pagination a[rel=next]").attr("href")).toBe("/page/2/");
    expect($(".site-nav a").map((_, el) => $(el).attr("href")).get()).toEqual(["/", "/archive/", "/people/", "/organisations/", "/topics/", "/places/", "/sources/", "/search/"]);
    expect($('.site-nav a[aria-current="page"]').text()).toBe("Latest");
    expect(texts(page("/page/3/"), ".article-list h2")).toEqual(["Summit in Seoul ends without a deal"]);
  });

  test("taxonomy index: every entity A-Z with its article count", () => {
    const $ = page("/people/");
    const entries = $(".index li")
      .map((_, el) => `${$(el).find("a").text()} (${$(el).find(".count").text()})`)
      .get();
    expect(entries).toEqual([
      "Jens Stoltenberg (1 article)",
      "Keir Giles (2 articles)",
      "Kim Jong Un (1 article)",
      "Lee Jae-myung (1 article)",
      "Vladimir Putin (2 articles)",
      "김정은 (1 article)",
    ]);
    expect($('.site-nav a[aria-current="page"]').text()).toBe("People");
  });
});

describe("build options", () => {
  test("--drafts and --future include held-back articles", async () => {
    const other = path.join(out.dir, "with-all");
    const run = await runCli(["build", "--content", FIXTURE, "--output", other, "--now", NOW, "--drafts", "--future"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Built 7 articles/);
    expect(fs.existsSync(path.join(other, "2025/10/20/draft-piece/index.html"))).toBe(true);
    expect(fs.existsSync(path.join(other, "2025/11/30/embargoed/index.html"))).toBe(true);
    expect(fs.existsSync(path.join(other, "people/secret-person/index.html"))).toBe(true);
  });

  test("two builds of the same content are byte-identical, and a rebuild replaces the old site", async () => {
    const again = path.join(out.dir, "again");
    fs.mkdirSync(again);
    fs.writeFileSync(path.join(again, "stale.html"), "old");
    const run = await runCli(["build", "--content", FIXTURE, "--output", again, "--now", NOW]);
    expect(run.code).toBe(0);
    const first = listFiles(site);
    expect(listFiles(again)).toEqual(first);
    for (const file of first) expect(fs.readFileSync(path.join(again, file)).equals(fs.readFileSync(path.join(site, file))), file).toBe(true);
    expect(fs.readdirSync(out.dir).filter((f) => f.includes(".new-") || f.includes(".old-"))).toEqual([]);
  });
});
