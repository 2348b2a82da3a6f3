import { describe, expect, test } from "vitest";
import type { Article } from "../../src/model/types.ts";
import { feedWeight } from "../../src/views/feeds.ts";
import { weightOf, type PageKind, type PageRef } from "../../src/views/page-kind.ts";
import { PAGE_KINDS, SiteViews, type PageKindName, type RenderData } from "../../src/views/site-views.ts";
import { article, archiveOf } from "../helpers/archive.ts";

const SMALL_PAGES = JSON.stringify({ title: "T", url: "https://t.example/", timeZone: "UTC", pageSize: 2, description: "About T" });

function views(files: Record<string, string>): SiteViews {
  return new SiteViews(archiveOf({ "site.json": SMALL_PAGES, ...files }));
}

const sevenQuotes = Array.from({ length: 7 }, (_, i) => `  - { text: "q${i}", speaker: Ann }`).join("\n");

describe("page list", () => {
  const v = views({
    "articles/a.md": article(`title: A\ndate: 2025-01-01\nsource: S\npeople: [Ann]\nquotes:\n${sevenQuotes}`),
    "articles/b.md": article("title: B\ndate: 2025-01-02\nsource: S\npeople: [Ann]"),
    "articles/c.md": article("title: C\ndate: 2025-01-03\nsource: S\npeople: [Ann]"),
  });

  test("home pages, article pages, five taxonomy indexes", () => {
    expect(v.pages.home.map((p) => p.url)).toEqual(["/", "/page/2/"]);
    expect(v.pages.article.map((p) => p.url)).toEqual(["/2025/01/03/c/", "/2025/01/02/b/", "/2025/01/01/a/"]);
    expect(v.pages.taxonomy.map((p) => p.url)).toEqual(["/people/", "/organisations/", "/topics/", "/places/", "/sources/"]);
  });

  test("entity pages are paginated by pageSize, never /page/1/", () => {
    expect(v.pages.entity.map((p) => p.url)).toEqual(["/people/ann/", "/people/ann/page/2/", "/sources/s/", "/sources/s/page/2/"]);
  });

  test("a quotes page exists only when the first page cannot show every quote", () => {
    expect(v.pages.quotes.map((p) => p.url)).toEqual(["/people/ann/quotes/", "/people/ann/quotes/page/2/", "/people/ann/quotes/page/3/", "/people/ann/quotes/page/4/"]);
    const first = v.view("entity", v.pages.entity[0]!);
    expect(first.quotes.map((q) => q.text)).toEqual(["q0", "q1", "q2", "q3", "q4"]);
    expect(first.allQuotes).toEqual({ href: "/people/ann/quotes/", text: "All 7 quotes by Ann" });
    const second = v.view("entity", v.pages.entity[1]!);
    expect(second.quotes).toEqual([]);
    expect(second.related).toEqual([]);
    expect(second.articles.map((a) => a.title)).toEqual(["A"]);
  });

  test("an empty archive still has a home page and the indexes", () => {
    const empty = views({});
    expect(empty.pages.home.map((p) => p.url)).toEqual(["/"]);
    expect(empty.view("home", empty.pages.home[0]!).articles).toEqual([]);
    expect(empty.pages.entity).toEqual([]);
  });
});

describe("view models", () => {
  test("page frame: document title, description, canonical URL, current section", () => {
    const v = views({ "articles/a.md": article("title: A <b>\ndate: 2025-01-01\nsummary: Sum\nsource: S\nplaces: [Oslo]") });
    const home = v.view("home", v.pages.home[0]!);
    expect(home.chrome).toMatchObject({ title: "T", description: "About T", canonicalUrl: "https://t.example/" });
    expect(home.chrome.nav.filter((n) => n.current).map((n) => n.text)).toEqual(["Latest"]);
    const a = v.view("article", v.pages.article[0]!);
    expect(a.chrome).toMatchObject({ title: "A <b> – T", description: "Sum", canonicalUrl: "https://t.example/2025/01/01/a/" });
    const oslo = v.view("entity", v.pages.entity.find((p) => p.url === "/places/oslo/")!);
    expect(oslo.chrome.nav.filter((n) => n.current).map((n) => n.text)).toEqual(["Places"]);
    expect(oslo.kindLabel).toBe("Place");
  });

  test("article: entities grouped by kind in the order written, the source last", () => {
    const v = views({ "articles/a.md": article("title: A\ndate: 2025-01-01\nsource: { name: Wire, url: 'https://w.example/1', author: Kim }\npeople: [Zed, Amy]\ntopics: [War]") });
    const a = v.view("article", v.pages.article[0]!);
    expect(a.entityGroups).toEqual([
      { label: "People", entities: [{ href: "/people/zed/", text: "Zed" }, { href: "/people/amy/", text: "Amy" }] },
      { label: "Topics", entities: [{ href: "/topics/war/", text: "War" }] },
      { label: "Source", entities: [{ href: "/sources/wire/", text: "Wire" }] },
    ]);
    expect(a.source).toEqual({ name: "Wire", href: "/sources/wire/", reportUrl: "https://w.example/1", author: "Kim" });
  });

  test("taxonomy index: A-Z under initials, accents grouped with their letter, counts", () => {
    const v = views({
      "articles/a.md": article("title: A\ndate: 2025-01-01\nsource: S\nplaces: [Évian, Eton, Berlin, 42nd Street]"),
      "articles/b.md": article("title: B\ndate: 2025-01-02\nsource: S\nplaces: [Berlin]"),
    });
    const index = v.view("taxonomy", v.pages.taxonomy.find((p) => p.taxonomy === "places")!);
    expect(index.groups.map((g) => [g.letter, g.entries.map((e) => `${e.text} (${e.count})`)])).toEqual([
      ["#", ["42nd Street (1 article)"]],
      ["B", ["Berlin (2 articles)"]],
      ["E", ["Eton (1 article)", "Évian (1 article)"]],
    ]);
    expect(index.intro).toMatch(/4 places\.$/);
  });

  test("topic pages note how many figures there are when they show only the newest", () => {
    const figures = Array.from({ length: 13 }, (_, i) => `  - { value: ${i}, label: f${i} }`).join("\n");
    const v = views({ "articles/a.md": article(`title: A\ndate: 2025-01-01\nsource: S\ntopics: [War]\nfigures:\n${figures}`) });
    const war = v.view("entity", v.pages.entity.find((p) => p.url === "/topics/war/")!);
    expect(war.figures).toHaveLength(12);
    expect(war.figuresNote).toBe("The 12 newest of 13 figures.");
  });
});

describe("render batches", () => {
  const v = views({
    "articles/a.md": article("title: A\ndate: 2025-01-01\nsource: S\npeople: [Ann, Bo]"),
    "articles/b.md": article("title: B\ndate: 2025-01-02\nsource: S\ntopics: [Tea]"),
  });
  const listed = (data: { pages: Record<string, { url: string }[]> }) => Object.entries(data.pages).flatMap(([kind, refs]) => refs.map((r) => `${kind} ${r.url}`));

  test("hold every page once, in the order of the page kinds", () => {
    const all = listed(v);
    for (const size of [1, 3, 7, 1000]) expect(v.batches(size).flatMap(listed), String(size)).toEqual(all);
  });

  test("are filled by weight, and a page heavier than a batch gets one of its own", () => {
    const weigh = (data: RenderData) =>
      Object.entries(data.pages).reduce((w, [kind, refs]) => w + (refs as PageRef[]).reduce((sum, ref) => sum + weightOf(PAGE_KINDS[kind as PageKindName] as PageKind<PageRef, unknown>, ref, v.context), 0), 0);
    for (const size of [1, 3, 10]) for (const batch of v.batches(size)) expect(listed(batch).length === 1 || weigh(batch) <= size + 1e-9).toBe(true);
    // Every page weighs more than 0.1 (the lightest, a feed of one short article, ~0.2).
    const alone = v.batches(0.1);
    expect(alone.every((b) => listed(b).length === 1)).toBe(true);
    expect(alone).toHaveLength(listed(v).length);
  });

  test("article pages, feeds and entity pages weigh what they show", () => {
    const long = views({
      "articles/a.md": article("title: A\ndate: 2025-01-01\nsource: S\npeople: [Ann, Bo]", "Words. ".repeat(5000)),
      "articles/b.md": article("title: B\ndate: 2025-01-02\nsource: S\ntopics: [Tea]", "Words. ".repeat(5000)),
    });
    const weights = (w: SiteViews, kind: "article" | "feed") => w.pages[kind].map((ref) => weightOf(PAGE_KINDS[kind] as PageKind<PageRef, unknown>, ref, w.context));
    for (const kind of ["article", "feed"] as const) {
      const short = weights(v, kind);
      weights(long, kind).forEach((w, i) => expect(w, kind).toBeGreaterThan(short[i]! + 1));
    }
    // An entity's first page grows with the months its coverage chart spans.
    const spanning = views({
      "articles/a.md": article("title: A\ndate: 2005-01-01\nsource: S\npeople: [Ann, Bo]"),
      "articles/b.md": article("title: B\ndate: 2025-01-02\nsource: S\ntopics: [Tea]"),
    });
    const firstPage = (w: SiteViews, url: string) => weightOf(PAGE_KINDS.entity as PageKind<PageRef, unknown>, w.pages.entity.find((ref) => ref.url === url)!, w.context);
    expect(firstPage(spanning, "/sources/s/")).toBeGreaterThan(firstPage(v, "/sources/s/") + 1);
    expect(firstPage(spanning, "/people/ann/")).toBeCloseTo(firstPage(v, "/people/ann/"), 5);
    // Calibrated on the bench corpus, whose entity feeds hold 7.4 bodies of 5.6 KB on average (56 KB): about 3.75 article pages.
    const average = { body: new Uint8Array(5_560) } as Article;
    expect(feedWeight(Array.from({ length: 7 }, () => average))).toBeCloseTo(3.57, 1);
  });
});
