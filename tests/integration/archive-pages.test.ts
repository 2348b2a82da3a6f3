import * as cheerio from "cheerio";
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { article } from "../helpers/archive.ts";
import { listFiles, ROOT, runCli, tempDir } from "../helpers/cli.ts";
import { copyFixture, type ContentFolder } from "../helpers/content-folder.ts";

const FIXTURE = path.join(ROOT, "tests/fixtures/archive");
const NOW = "2025-11-01";

/** A built site: its folder, its files, and its pages parsed. */
class Site {
  readonly files: Set<string>;
  constructor(readonly dir: string) {
    this.files = new Set(listFiles(dir));
  }

  page(url: string): cheerio.CheerioAPI {
    return cheerio.load(fs.readFileSync(path.join(this.dir, url, url.endsWith("/") ? "index.html" : ""), "utf8"));
  }

  /**
   * Every article page, found by its `og:type` (not its URL), with the month
   * of its publication time as written on it (`YYYY-MM`, in the site zone).
   */
  articles(): { url: string; month: string }[] {
    return [...this.files]
      .filter((f) => f.endsWith(".html"))
      .flatMap((f) => {
        const $ = cheerio.load(fs.readFileSync(path.join(this.dir, f), "utf8"));
        if ($('meta[property="og:type"]').attr("content") !== "article") return [];
        const published = $('meta[property="article:published_time"]').attr("content")!;
        return [{ url: `/${f.replace(/index\.html$/, "")}`, month: published.slice(0, 7) }];
      });
  }

  /** Internal links of `url` that lead to no written file. */
  brokenLinks(url: string): string[] {
    const $ = this.page(url);
    return $("a[href]")
      .map((_, el) => $(el).attr("href")!)
      .get()
      .filter((href) => !/^https?:/.test(href) && !href.startsWith("#"))
      .filter((href) => !this.files.has(href.endsWith("/") ? `${href.slice(1)}index.html` : href.slice(1)));
  }
}

function texts($: cheerio.CheerioAPI, selector: string): string[] {
  return $(selector)
    .map((_, el) => $(el).text().replace(/\s+/g, " ").trim())
    .get();
}

let out: { dir: string; remove: () => void };
let extra: ContentFolder;
/** The fixture archive as it is: March and October 2025. */
let fixture: Site;
/** The fixture plus older articles: several years, empty months between. */
let longer: Site;

beforeAll(async () => {
  out = tempDir("archive-pages");
  extra = copyFixture({
    // 20:00 UTC on 31 December 2019 is 1 January 2020 in Seoul, the site's zone.
    "articles/older/new-year.md": article("title: New Year in Seoul\ndate: 2019-12-31T20:00Z\nsource: Korea Daily\nplaces: [Seoul]"),
    "articles/older/june.md": article("title: A June report\ndate: 2023-06-15\nsource: Korea Daily\ntopics: [Sanctions]"),
    "articles/older/june-again.md": article("title: Another June report\ndate: 2023-06-15\nsource: Wire Service"),
  });
  const [one, two] = await Promise.all([
    runCli(["build", "--content", FIXTURE, "--output", path.join(out.dir, "fixture"), "--now", NOW]),
    runCli(["build", "--content", extra.dir, "--output", path.join(out.dir, "longer"), "--now", NOW]),
  ]);
  expect(one.code, one.stderr).toBe(0);
  expect(two.code, two.stderr).toBe(0);
  fixture = new Site(path.join(out.dir, "fixture"));
  longer = new Site(path.join(out.dir, "longer"));
});

afterAll(() => {
  out.remove();
  extra.remove();
});

describe("the date archive of the fixture", () => {
  test("an index, a page per year and per month with articles, nothing else", () => {
    expect([...fixture.files].filter((f) => f.startsWith("archive/")).sort()).toEqual([
      "archive/2025/03/index.html",
      "archive/2025/10/index.html",
      "archive/2025/index.html",
      "archive/index.html",
    ]);
  });

  test("/archive/ lists every year and its months with counts that match the article pages", () => {
    const $ = fixture.page("/archive/");
    expect($("h1").text()).toBe("Archive");
    expect($(".intro").text()).toBe("5 articles from March 2025 to October 2025, by year and month.");
    expect(texts($, ".archive-year h2")).toEqual(["2025 5 articles"]);
    expect($(".archive-year h2 a").attr("href")).toBe("/archive/2025/");
    const months = $(".archive-year li")
      .map((_, li) => `${$(li).find("a").attr("href")} ${$(li).find("a").text()} (${$(li).find(".count").text()})`)
      .get();
    expect(months).toEqual(["/archive/2025/03/ March (3 articles)", "/archive/2025/10/ October (2 articles)"]);
    const perMonth = new Map<string, number>();
    for (const a of fixture.articles()) perMonth.set(a.month, (perMonth.get(a.month) ?? 0) + 1);
    expect(Object.fromEntries(perMonth)).toEqual({ "2025-03": 3, "2025-10": 2 });
  });

  test("a year lists its months with counts and links", () => {
    const $ = fixture.page("/archive/2025/");
    expect($("h1").text()).toBe("2025");
    expect($("title").text()).toBe("Archive: 2025 – Fixture Gazette <Archive>");
    expect($(".breadcrumbs a").map((_, a) => $(a).attr("href")).get()).toEqual(["/archive/"]);
    expect(texts($, ".archive-months li")).toEqual(["March 3 articles", "October 2 articles"]);
    expect($(".archive-nav")).toHaveLength(0);
  });

  test("every month page lists every article of its month, oldest first, under its day", () => {
    const articles = fixture.articles();
    for (const month of ["2025-03", "2025-10"]) {
      const $ = fixture.page(`/archive/${month.replace("-", "/")}/`);
      const listed = $(".article-list h3 a").map((_, a) => $(a).attr("href")).get();
      expect(listed.toSorted()).toEqual(articles.filter((a) => a.month === month).map((a) => a.url).toSorted());
      const times = $(".teaser .meta time").map((_, t) => $(t).attr("datetime")).get();
      const instants = times.map((t) => Date.parse(t.length === 10 ? `${t}T00:00:00+09:00` : t));
      expect(instants).toEqual(instants.toSorted((a, b) => a - b));
    }
    const march = fixture.page("/archive/2025/03/");
    expect(march("h1").text()).toBe("March 2025");
    expect(march(".intro").text()).toBe("3 articles, in the order they were published.");
    // 2025-03-01T20:00Z is 2 March in Seoul: the day follows the site zone.
    expect(march(".archive-day h2 time").map((_, t) => march(t).attr("datetime")).get()).toEqual(["2025-03-02", "2025-03-05", "2025-03-07"]);
    expect(texts(march, ".article-list h3")).toEqual(["Summit in Seoul ends without a deal", "Sanctions widen to shipping", "Putin says sanctions will fail"]);
  });

  test("months link to the nearest months with articles", () => {
    const march = fixture.page("/archive/2025/03/");
    expect(march("a[rel=prev]")).toHaveLength(0);
    expect(march("a[rel=next]").attr("href")).toBe("/archive/2025/10/");
    expect(march("a[rel=next]").text()).toContain("October 2025");
    const october = fixture.page("/archive/2025/10/");
    expect(october("a[rel=prev]").attr("href")).toBe("/archive/2025/03/");
    expect(october("a[rel=next]")).toHaveLength(0);
  });

  test("every link on the archive pages resolves", () => {
    for (const url of ["/archive/", "/archive/2025/", "/archive/2025/03/", "/archive/2025/10/"]) expect(fixture.brokenLinks(url), url).toEqual([]);
  });

  test("the header links the archive from every page, marked current on archive pages", () => {
    expect(fixture.page("/").root().find('.site-nav a[href="/archive/"]').text()).toBe("Archive");
    expect(fixture.page("/people/keir-giles/")('.site-nav a[href="/archive/"]')).toHaveLength(1);
    for (const url of ["/archive/", "/archive/2025/", "/archive/2025/03/"]) expect(fixture.page(url)('.site-nav a[aria-current="page"]').text(), url).toBe("Archive");
  });
});

describe("coverage chart", () => {
  /** The chart's parts on a page: the image, its name, the sentence, the table. */
  function coverage($: cheerio.CheerioAPI) {
    const svg = $(".coverage svg");
    const name = $(`#${svg.attr("aria-labelledby")}`);
    return {
      count: svg.length,
      role: svg.attr("role"),
      nameIsTitle: name.is("title") && name.parent().is("svg"),
      name: name.text(),
      sentence: $(".coverage figcaption").text(),
      rows: $(".coverage details tbody tr")
        .map((_, tr) => `${$(tr).find("th").text()}: ${$(tr).find("td").text()}`)
        .get(),
      bars: $(".coverage svg .bars rect").length,
      scripts: $("script:not([type='application/ld+json'])").length,
    };
  }

  test("/archive/ has the chart of the whole archive, with a name and a text alternative", () => {
    const c = coverage(fixture.page("/archive/"));
    expect(c).toMatchObject({ count: 1, role: "img", nameIsTitle: true, name: "Articles per month, March 2025 to October 2025", bars: 2, scripts: 0 });
    expect(c.sentence).toBe("5 articles from March 2025 to October 2025; most in March 2025 (3).");
    expect(c.rows).toEqual([
      "March 2025: 3",
      "April 2025: 0",
      "May 2025: 0",
      "June 2025: 0",
      "July 2025: 0",
      "August 2025: 0",
      "September 2025: 0",
      "October 2025: 2",
    ]);
  });

  test("an entity's first page shows its own coverage; later pages do not", () => {
    const $ = fixture.page("/places/russia/");
    const c = coverage($);
    expect(c).toMatchObject({ count: 1, role: "img", nameIsTitle: true, name: "Articles per month, March 2025 to October 2025" });
    expect(c.sentence).toBe("3 articles from March 2025 to October 2025; most in March 2025 (2).");
    expect($("#coverage-heading").text()).toBe("Coverage over time");
    expect(coverage(fixture.page("/places/russia/page/2/")).count).toBe(0);
    expect(coverage(fixture.page("/people/vladimir-putin/")).sentence).toBe("2 articles in March 2025.");
  });

  test("a long span: continuous months, empty ones without a bar, the same fixed width", () => {
    const $ = longer.page("/archive/");
    const c = coverage($);
    // January 2020 to October 2025.
    expect(c.rows).toHaveLength(70);
    expect(c.rows[0]).toBe("January 2020: 1");
    expect(c.rows.filter((r) => !r.endsWith(": 0"))).toEqual(["January 2020: 1", "June 2023: 2", "March 2025: 3", "October 2025: 2"]);
    expect(c.bars).toBe(4);
    expect(c.sentence).toBe("8 articles from January 2020 to October 2025; most in March 2025 (3).");
    expect($(".coverage svg").attr("viewBox")?.split(" ")[2]).toBe(fixture.page("/archive/")(".coverage svg").attr("viewBox")?.split(" ")[2]);
    expect(texts($, ".coverage svg .labels text").filter((t) => /^\d{4}$/.test(t))).toEqual(["2020", "2021", "2022", "2023", "2024", "2025"]);
  });
});

describe("a date archive over several years", () => {
  test("years and months follow the site zone, and only those with articles have pages", () => {
    const pages = [...longer.files].filter((f) => f.startsWith("archive/")).sort();
    expect(pages).toEqual([
      "archive/2020/01/index.html",
      "archive/2020/index.html",
      "archive/2023/06/index.html",
      "archive/2023/index.html",
      "archive/2025/03/index.html",
      "archive/2025/10/index.html",
      "archive/2025/index.html",
      "archive/index.html",
    ]);
    expect(texts(longer.page("/archive/"), ".archive-year h2")).toEqual(["2020 1 article", "2023 2 articles", "2025 5 articles"]);
  });

  test("previous and next cross years, to the nearest year or month with articles", () => {
    const march = longer.page("/archive/2025/03/");
    expect(march("a[rel=prev]").attr("href")).toBe("/archive/2023/06/");
    expect(march("a[rel=next]").attr("href")).toBe("/archive/2025/10/");
    const y2023 = longer.page("/archive/2023/");
    expect(y2023("a[rel=prev]").attr("href")).toBe("/archive/2020/");
    expect(y2023("a[rel=next]").attr("href")).toBe("/archive/2025/");
    expect(longer.page("/archive/2020/01/")("a[rel=prev]")).toHaveLength(0);
  });

  test("every month page lists every article of its month, and every link resolves", () => {
    const articles = longer.articles();
    const months = [...new Set(articles.map((a) => a.month))].sort();
    expect(months).toEqual(["2020-01", "2023-06", "2025-03", "2025-10"]);
    for (const month of months) {
      const url = `/archive/${month.replace("-", "/")}/`;
      const $ = longer.page(url);
      expect($(".article-list h3 a").map((_, a) => $(a).attr("href")).get().toSorted(), url).toEqual(articles.filter((a) => a.month === month).map((a) => a.url).toSorted());
      expect(longer.brokenLinks(url), url).toEqual([]);
    }
    for (const url of ["/archive/", "/archive/2020/", "/archive/2023/", "/archive/2025/"]) expect(longer.brokenLinks(url), url).toEqual([]);
  });
});
