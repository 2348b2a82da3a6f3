import { describe, expect, test } from "vitest";
import { calendarOf, continuousMonths, fromMonthNumber, monthlyCounts, monthNumber } from "../../src/model/calendar.ts";
import type { Archive } from "../../src/model/types.ts";
import type { ArchiveIndexView, ArchiveMonthView, ArchiveRef, ArchiveYearView } from "../../src/views/archive.ts";
import { SiteViews } from "../../src/views/site-views.ts";
import { article, archiveOf } from "../helpers/archive.ts";

const SEOUL = JSON.stringify({ title: "T", url: "https://t.example", timeZone: "Asia/Seoul", pageSize: 2 });

/** Articles across a year boundary that only the site zone decides, a gap, and same-moment ties. */
const FILES = {
  "site.json": SEOUL,
  // 2023-12-31 20:00 UTC is 2024-01-01 05:00 in Seoul: January 2024, not December 2023.
  "articles/new-year.md": article("title: New Year\ndate: 2023-12-31T20:00Z\nsource: S\npeople: [Ann]"),
  "articles/december.md": article("title: December\ndate: 2023-12-30\nsource: S\npeople: [Ann]"),
  "articles/b-tie.md": article("title: B tie\ndate: 2024-01-10T09:00\nsource: S"),
  "articles/a-tie.md": article("title: A tie\ndate: 2024-01-10T09:00\nsource: S"),
  "articles/early.md": article("title: Early\ndate: 2024-01-02\nsource: S"),
  "articles/april.md": article("title: April\ndate: 2024-04-30T23:30\nsource: S\npeople: [Ann]"),
  "articles/later.md": article("title: Later\ndate: 2026-02-01\nsource: S"),
};

let cached: Archive | undefined;
const archive = () => (cached ??= archiveOf(FILES, "2027-01-01"));

describe("calendarOf", () => {
  test("groups by year and month in the site zone, oldest month first", () => {
    const calendar = calendarOf(archive().articles);
    expect(calendar.count).toBe(7);
    expect(calendar.months.map((m) => `${m.year}-${m.month}: ${m.articles.map((a) => a.slug).join(", ")}`)).toEqual([
      "2023-12: december",
      "2024-1: new-year, early, a-tie, b-tie",
      "2024-4: april",
      "2026-2: later",
    ]);
    expect(calendar.years.map((y) => [y.year, y.count, y.months.map((m) => m.month)])).toEqual([
      [2023, 1, [12]],
      [2024, 5, [1, 4]],
      [2026, 1, [2]],
    ]);
  });

  test("months list their articles oldest first, ties by slug, whatever the input order", () => {
    const articles = archive().articles;
    const forwards = calendarOf(articles).months.map((m) => m.articles.map((a) => a.slug));
    const backwards = calendarOf(articles.toReversed()).months.map((m) => m.articles.map((a) => a.slug));
    expect(backwards).toEqual(forwards);
    expect(forwards[1]).toEqual(["new-year", "early", "a-tie", "b-tie"]);
  });

  test("leaves its input alone and copes with no articles", () => {
    const articles = archive().articles;
    const before = articles.map((a) => a.slug);
    calendarOf(articles);
    expect(articles.map((a) => a.slug)).toEqual(before);
    expect(calendarOf([])).toEqual({ count: 0, years: [], months: [] });
  });
});

describe("monthly counts", () => {
  test("counts per month with articles, in the site zone, oldest first", () => {
    expect(monthlyCounts(archive().articles)).toEqual([
      { year: 2023, month: 12, count: 1 },
      { year: 2024, month: 1, count: 4 },
      { year: 2024, month: 4, count: 1 },
      { year: 2026, month: 2, count: 1 },
    ]);
  });

  test("continuous months fill the gaps with 0 across year ends", () => {
    const filled = continuousMonths([
      { year: 2024, month: 2, count: 3 },
      { year: 2023, month: 11, count: 1 },
    ]);
    expect(filled.map((m) => `${m.year}-${m.month}:${m.count}`)).toEqual(["2023-11:1", "2023-12:0", "2024-1:0", "2024-2:3"]);
    expect(continuousMonths([])).toEqual([]);
  });

  test("month numbers order and subtract like months", () => {
    expect(monthNumber({ year: 2024, month: 1 }) - monthNumber({ year: 2023, month: 12 })).toBe(1);
    for (const ym of [{ year: 2024, month: 1 }, { year: 2024, month: 12 }, { year: 1999, month: 7 }]) expect(fromMonthNumber(monthNumber(ym))).toEqual(ym);
  });
});

describe("date archive pages", () => {
  const views = () => new SiteViews(archive());
  const ref = (v: SiteViews, url: string): ArchiveRef => v.pages.archive.find((p) => p.url === url)!;

  test("an index, then a page per year and per month with articles only", () => {
    expect(views().pages.archive.map((p) => p.url)).toEqual([
      "/archive/",
      "/archive/2023/",
      "/archive/2024/",
      "/archive/2026/",
      "/archive/2023/12/",
      "/archive/2024/01/",
      "/archive/2024/04/",
      "/archive/2026/02/",
    ]);
  });

  test("the index: every year and its months with counts, and the chart of the whole archive", () => {
    const v = views();
    const index = v.view("archive", ref(v, "/archive/")) as ArchiveIndexView;
    expect(index.intro).toBe("7 articles from December 2023 to February 2026, by year and month.");
    expect(index.years.map((y) => `${y.text} ${y.href} (${y.count}): ${y.months.map((m) => `${m.text} ${m.href} ${m.count}`).join("; ")}`)).toEqual([
      "2023 /archive/2023/ (1 article): December /archive/2023/12/ 1 article",
      "2024 /archive/2024/ (5 articles): January /archive/2024/01/ 4 articles; April /archive/2024/04/ 1 article",
      "2026 /archive/2026/ (1 article): February /archive/2026/02/ 1 article",
    ]);
    expect(index.coverage?.rows).toHaveLength(27);
    expect(index.coverage?.rows.filter((r) => r.href).map((r) => r.href)).toEqual(["/archive/2023/12/", "/archive/2024/01/", "/archive/2024/04/", "/archive/2026/02/"]);
    expect(index.chrome.nav.filter((n) => n.current).map((n) => n.text)).toEqual(["Archive"]);
  });

  test("a year: its months, and the nearest years with articles on either side", () => {
    const v = views();
    const year = v.view("archive", ref(v, "/archive/2024/")) as ArchiveYearView;
    expect(year.heading).toBe("2024");
    expect(year.intro).toBe("5 articles in 2024, in 2 months.");
    expect(year.months.map((m) => m.text)).toEqual(["January", "April"]);
    expect(year.previous).toEqual({ href: "/archive/2023/", text: "2023" });
    expect(year.next).toEqual({ href: "/archive/2026/", text: "2026" });
    const first = v.view("archive", ref(v, "/archive/2023/")) as ArchiveYearView;
    expect(first.previous).toBeUndefined();
  });

  test("a month: every article oldest first under its day, and the nearest months with articles", () => {
    const v = views();
    const month = v.view("archive", ref(v, "/archive/2024/01/")) as ArchiveMonthView;
    expect(month.heading).toBe("January 2024");
    expect(month.chrome.title).toBe("Archive: January 2024 – T");
    expect(month.breadcrumbs.map((b) => b.href)).toEqual(["/archive/", "/archive/2024/"]);
    expect(month.days.map((d) => [d.date.datetime, d.date.text, d.articles.map((a) => a.title)])).toEqual([
      ["2024-01-01", "Monday, January 1", ["New Year"]],
      ["2024-01-02", "Tuesday, January 2", ["Early"]],
      ["2024-01-10", "Wednesday, January 10", ["A tie", "B tie"]],
    ]);
    expect(month.previous).toEqual({ href: "/archive/2023/12/", text: "December 2023" });
    expect(month.next).toEqual({ href: "/archive/2024/04/", text: "April 2024" });
    const last = v.view("archive", ref(v, "/archive/2026/02/")) as ArchiveMonthView;
    expect(last.next).toBeUndefined();
    expect(last.previous?.href).toBe("/archive/2024/04/");
  });

  test("an empty archive still has /archive/, with no years and no chart", () => {
    const empty = new SiteViews(archiveOf({}));
    expect(empty.pages.archive.map((p) => p.url)).toEqual(["/archive/"]);
    const index = empty.view("archive", empty.pages.archive[0]!) as ArchiveIndexView;
    expect(index.intro).toBe("No articles yet.");
    expect(index.years).toEqual([]);
    expect(index.coverage).toBeUndefined();
  });

  test("entity pages show the entity's coverage on the first page only", () => {
    const v = views();
    const ann = v.pages.entity.filter((p) => p.url.startsWith("/people/ann/"));
    const first = v.view("entity", ann[0]!);
    expect(first.coverage?.summary).toBe("3 articles from December 2023 to April 2024; most in December 2023 and 2 other months (1 each).");
    expect(v.view("entity", ann[1]!).coverage).toBeUndefined();
  });
});
