import * as cheerio from "cheerio";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { validateXML } from "xmllint-wasm";
import { robotsFile } from "../../layouts/pages/robots.ts";
import { sitemapFile } from "../../layouts/pages/sitemap.ts";
import type { ModelDate } from "../../src/model/types.ts";
import { SiteContext } from "../../src/views/context.ts";
import { pageKind, type PageRef } from "../../src/views/page-kind.ts";
import { PAGE_KINDS, SiteViews } from "../../src/views/site-views.ts";
import { sitemapEntries, sitemapFiles, sitemapKind, sitemapView, type SitemapEntry, type SitemapRef } from "../../src/views/sitemap.ts";
import { article, archiveOf } from "../helpers/archive.ts";
import { ROOT } from "../helpers/cli.ts";

const SITE = JSON.stringify({ title: "T", url: "https://t.example/", timeZone: "Europe/London", pageSize: 2 });
const SCHEMA = fs.readFileSync(path.join(ROOT, "node_modules/sitemap/schema/sitemap.xsd"), "utf8");

async function schemaErrors(text: string): Promise<string[]> {
  const result = await validateXML({ xml: [{ fileName: "sitemap.xml", contents: text }], schema: [SCHEMA] });
  return result.errors.map((e) => e.rawMessage);
}

const archive = archiveOf({
  "site.json": SITE,
  "articles/a.md": article("title: A\ndate: 2025-01-01\nsource: S\npeople: [Ann]\ncorrections:\n  - { date: 2025-06-01T12:00, text: Fixed. }\nredirectFrom: [/old/a/]"),
  "articles/b.md": article("title: B\ndate: 2025-01-02\nsource: S\npeople: [Ann]"),
  "articles/c.md": article("title: C\ndate: 2025-01-03T09:30\nsource: S\nupdated: 2025-01-04"),
});
const views = new SiteViews(archive);
const context = new SiteContext(archive);

function byUrl(entries: readonly SitemapEntry[]): Map<string, string | undefined> {
  return new Map(entries.map((e) => [e.url, e.lastModified?.at.toISO({ suppressMilliseconds: true }) ?? undefined]));
}

describe("what the sitemap lists", () => {
  const entries = sitemapEntries(Object.values(PAGE_KINDS), context);
  const urls = entries.map((e) => e.url);

  test("every public HTML page; no 404, redirect, feed, robots.txt or sitemap", () => {
    const html = Object.values(views.pages)
      .flat()
      .map((p: PageRef) => p.url)
      .filter((url) => url.endsWith("/") || url.endsWith(".html"));
    expect(html).toContain("/404.html");
    expect(html).toContain("/old/a/");
    expect(urls.sort()).toEqual(html.filter((url) => url !== "/404.html" && url !== "/old/a/").sort());
    for (const url of ["/", "/page/2/", "/2025/01/01/a/", "/people/", "/people/ann/", "/sources/s/", "/sources/s/page/2/"]) expect(urls).toContain(url);
    expect(urls.filter((url) => !url.endsWith("/"))).toEqual([]);
  });

  test("lastmod: an article's lastModified (its latest correction); a listing's newest lastModified", () => {
    const lastmod = byUrl(entries);
    expect(lastmod.get("/2025/01/01/a/")).toBe("2025-06-01T12:00:00+01:00");
    expect(lastmod.get("/2025/01/03/c/")).toBe("2025-01-04T00:00:00+00:00");
    // Page 1 lists C and B; A, corrected later, is on page 2.
    expect(lastmod.get("/")).toBe("2025-01-04T00:00:00+00:00");
    expect(lastmod.get("/page/2/")).toBe("2025-06-01T12:00:00+01:00");
    expect(lastmod.get("/sources/s/")).toBe("2025-01-04T00:00:00+00:00");
    expect(lastmod.get("/sources/s/page/2/")).toBe("2025-06-01T12:00:00+01:00");
    expect(lastmod.get("/people/ann/")).toBe("2025-06-01T12:00:00+01:00");
    expect(lastmod.get("/people/")).toBe("2025-06-01T12:00:00+01:00");
    // Every article has a source.
    expect(lastmod.get("/sources/")).toBe("2025-06-01T12:00:00+01:00");
    // No article names an organisation: the index has nothing to date it.
    expect(lastmod.get("/organisations/")).toBeUndefined();
    expect(lastmod.has("/organisations/")).toBe(true);
  });

  test("a kind's own `sitemap: false` and `lastModified` are obeyed; only HTML pages are listed", () => {
    const when = archive.articles[0]!.date as ModelDate;
    const kinds = {
      shown: pageKind<PageRef, null>({ list: () => [{ url: "/x/" }, { url: "/x.json" }], view: () => null, lastModified: () => when }),
      hidden: pageKind<PageRef, null>({ list: () => [{ url: "/y/" }], view: () => null, sitemap: false }),
      plain: pageKind<PageRef, null>({ list: () => [{ url: "/z.html" }], view: () => null }),
    };
    expect(sitemapEntries(Object.values(kinds), context)).toEqual([{ url: "/x/", lastModified: when }, { url: "/z.html" }]);
    const kind = sitemapKind(() => kinds);
    expect(kind.list(context).map((r) => r.url)).toEqual(["/sitemap.xml"]);
  });
});

describe("sitemap files", () => {
  test("the fixture-sized sitemap is one urlset, valid against sitemaps.org's schema, absolute URLs, UTC lastmod", async () => {
    expect(views.pages.sitemap.map((r) => r.url)).toEqual(["/sitemap.xml"]);
    const text = await sitemapFile(views.view("sitemap", views.pages.sitemap[0]!));
    expect(await schemaErrors(text)).toEqual([]);
    const $ = cheerio.load(text, { xml: true });
    const locs = $("url > loc").map((_, el) => $(el).text()).get();
    expect(locs[0]).toBe("https://t.example/");
    for (const loc of locs) expect(loc).toMatch(/^https:\/\/t\.example\//);
    expect($("url").filter((_, el) => $(el).find("loc").text() === "https://t.example/2025/01/01/a/").find("lastmod").text()).toBe("2025-06-01T11:00:00.000Z");
    expect(text).not.toContain("xmlns:news");
  });

  const day = (d: number): ModelDate => ({ ...archive.articles[0]!.date, at: archive.articles[0]!.date.at.set({ day: d }) });
  const five: SitemapEntry[] = [
    { url: "/", lastModified: day(3) },
    { url: "/a/", lastModified: day(5) },
    { url: "/b/" },
    { url: "/c/", lastModified: day(1) },
    { url: "/d/" },
  ];

  test("up to the limit: one file", () => {
    expect(sitemapFiles(five, 5)).toEqual([{ url: "/sitemap.xml", type: "urlset", entries: five }]);
  });

  test("past the limit: /sitemap.xml is an index of /sitemap-N.xml files of `limit` URLs, each dated by its newest", async () => {
    const files = sitemapFiles(five, 2);
    expect(files.map((f) => `${f.url} ${f.type} ${f.entries.map((e) => e.url).join(",")}`)).toEqual([
      "/sitemap.xml index /sitemap-1.xml,/sitemap-2.xml,/sitemap-3.xml",
      "/sitemap-1.xml urlset /,/a/",
      "/sitemap-2.xml urlset /b/,/c/",
      "/sitemap-3.xml urlset /d/",
    ]);
    const [index, ...parts] = files as [SitemapRef, ...SitemapRef[]];
    expect(index.entries.map((e) => e.lastModified)).toEqual([day(5), day(1), undefined]);
    for (const part of parts) expect(await schemaErrors(await sitemapFile(sitemapView(part, context)))).toEqual([]);

    // The package ships no siteindex.xsd: check the index's structure.
    const text = await sitemapFile(sitemapView(index, context));
    const $ = cheerio.load(text, { xml: true });
    expect($.root().children().get().map((el) => (el as { name: string }).name)).toEqual(["sitemapindex"]);
    expect($("sitemapindex").attr("xmlns")).toBe("http://www.sitemaps.org/schemas/sitemap/0.9");
    expect($("sitemapindex > sitemap > loc").map((_, el) => $(el).text()).get()).toEqual([
      "https://t.example/sitemap-1.xml",
      "https://t.example/sitemap-2.xml",
      "https://t.example/sitemap-3.xml",
    ]);
    expect($("sitemapindex > sitemap").map((_, el) => $(el).find("lastmod").text()).get()).toEqual([day(5).at.toUTC().toISO(), day(1).at.toUTC().toISO(), ""]);
    expect($("url")).toHaveLength(0);
  });

  test("the limit is a whole number from 1", () => {
    expect(() => sitemapFiles(five, 0)).toThrow(/limit/);
    expect(() => sitemapFiles(five, 1.5)).toThrow(/limit/);
  });

  test("the registry's sitemap splits when its limit is small", () => {
    const small = sitemapKind(() => PAGE_KINDS, 4).list(context);
    const pages = sitemapEntries(Object.values(PAGE_KINDS), context).length;
    expect(small.map((r) => r.url)).toEqual(["/sitemap.xml", ...Array.from({ length: Math.ceil(pages / 4) }, (_, i) => `/sitemap-${i + 1}.xml`)]);
  });
});

describe("robots.txt", () => {
  test("allows everything and names the sitemap's absolute URL", () => {
    const view = views.view("robots", views.pages.robots[0]!);
    expect(views.pages.robots.map((r) => r.url)).toEqual(["/robots.txt"]);
    expect(robotsFile(view)).toBe("User-agent: *\nAllow: /\n\nSitemap: https://t.example/sitemap.xml\n");
  });
});
