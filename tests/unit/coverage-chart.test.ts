import * as cheerio from "cheerio";
import { describe, expect, test } from "vitest";
import { coverageChart } from "../../layouts/components/coverage-chart.ts";
import { fromMonthNumber, monthNumber, type MonthCount } from "../../src/model/calendar.ts";
import { CHART, coverageChartView, type CoverageChartView } from "../../src/views/coverage-chart.ts";

/** `n` consecutive months from `year`-`month`, counted by `f(i)`. */
function span(n: number, year: number, month: number, f: (i: number) => number): MonthCount[] {
  const start = monthNumber({ year, month });
  return Array.from({ length: n }, (_, i) => ({ ...fromMonthNumber(start + i), count: f(i) }));
}

function chart(counts: MonthCount[], monthHref?: (m: { year: number; month: number }) => string): CoverageChartView {
  const view = coverageChartView(counts, { locale: "en", ...(monthHref ? { monthHref } : {}) });
  if (!view) throw new Error("no chart");
  return view;
}

const SEVEN_YEARS = span(84, 2018, 3, (i) => (i % 10 === 4 ? 0 : 1 + ((i * 7) % 23)));

describe("coverage chart view", () => {
  test("no chart without articles", () => {
    expect(coverageChartView([], { locale: "en" })).toBeUndefined();
    expect(coverageChartView(span(3, 2025, 1, () => 0), { locale: "en" })).toBeUndefined();
  });

  test("months run without gaps from the first to the last month with articles; empty months draw no bar", () => {
    const c = chart([
      { year: 2024, month: 11, count: 2 },
      { year: 2025, month: 2, count: 4 },
    ]);
    expect(c.rows.map((r) => `${r.datetime} ${r.month} ${r.count}`)).toEqual([
      "2024-11 November 2024 2",
      "2024-12 December 2024 0",
      "2025-01 January 2025 0",
      "2025-02 February 2025 4",
    ]);
    expect(c.bars.map((b) => b.label)).toEqual(["November 2024: 2 articles", "February 2025: 4 articles"]);
    // Leading and trailing empty months are not part of the span.
    expect(chart([{ year: 2025, month: 1, count: 0 }, ...span(2, 2025, 2, () => 1), { year: 2025, month: 4, count: 0 }]).rows).toHaveLength(2);
  });

  test("bars stand on the baseline, the peak reaches the top, a small count stays visible", () => {
    const c = chart(span(3, 2025, 1, (i) => [1000, 0, 1][i]!));
    const [peak, small] = c.bars;
    expect(peak).toMatchObject({ y: CHART.plotTop, height: CHART.baseline - CHART.plotTop });
    expect(small!.height).toBe(CHART.minBarHeight);
    for (const bar of c.bars) expect(bar.y + bar.height).toBeCloseTo(CHART.baseline, 2);
    expect(c.valueLabels.map((l) => l.text)).toEqual(["1,000", "0"]);
    // The peak's label fits left of the plot.
    expect(c.baseline.x1).toBeGreaterThanOrEqual(Math.ceil("1,000".length * CHART.fontSize * 0.62));
  });

  test("a seven-year span: 84 thin bars in the same fixed width, a label for every year", () => {
    const c = chart(SEVEN_YEARS);
    const short = chart(span(3, 2025, 1, () => 1));
    expect(c.viewBox.split(" ")[2]).toBe(String(CHART.width));
    expect(short.viewBox.split(" ")[2]).toBe(String(CHART.width));
    expect(c.rows).toHaveLength(84);
    expect(c.bars).toHaveLength(84 - SEVEN_YEARS.filter((m) => m.count === 0).length);
    expect(new Set(c.bars.map((b) => b.width)).size).toBe(1);
    expect(c.bars[0]!.width).toBeLessThan(6);
    for (const bar of c.bars) {
      expect(bar.x).toBeGreaterThanOrEqual(c.baseline.x1);
      expect(bar.x + bar.width).toBeLessThanOrEqual(CHART.plotRight + 0.01);
    }
    // March 2018 to February 2025: the partial first year is wide enough for its
    // label; the last, two months at the right edge, has a tick but no room.
    expect(c.yearLabels.map((l) => l.text)).toEqual(["2018", "2019", "2020", "2021", "2022", "2023", "2024"]);
    expect(c.yearTicks).toHaveLength(7);
    expect(c.monthLabels).toEqual([]);
  });

  test("year labels never overlap or leave the chart, however long the span", () => {
    for (const months of [2, 13, 30, 84, 150, 600, 1500]) {
      const c = chart(span(months, 1990, 11, (i) => (i % 4) + 1));
      const xs = c.yearLabels.map((l) => l.x);
      expect(xs.length, `${months} months`).toBeGreaterThan(0);
      xs.forEach((x, i) => {
        if (i > 0) expect(x - xs[i - 1]!, `${months} months`).toBeGreaterThanOrEqual(CHART.yearLabelWidth);
        expect(x + CHART.yearLabelWidth, `${months} months`).toBeLessThanOrEqual(CHART.width);
      });
    }
    // Fifty years: every 5th year is labelled.
    expect(chart(span(600, 1975, 1, () => 1)).yearLabels.map((l) => l.text)).toEqual(["1975", "1980", "1985", "1990", "1995", "2000", "2005", "2010", "2015", "2020"]);
  });

  test("short spans name their months under the bars", () => {
    const c = chart(span(3, 2024, 12, () => 1));
    expect(c.monthLabels.map((l) => l.text)).toEqual(["Dec", "Jan", "Feb"]);
    expect(c.yearLabels.map((l) => l.text)).toEqual(["2024", "2025"]);
    expect(c.yearLabels[0]!.y).toBeGreaterThan(c.monthLabels[0]!.y);
  });

  test("every number is rounded to at most 2 decimals", () => {
    const numbers = JSON.stringify(chart(SEVEN_YEARS)).match(/-?\d+\.\d+/g) ?? [];
    expect(numbers.length).toBeGreaterThan(0);
    for (const n of numbers) expect(n).toMatch(/^-?\d+\.\d{1,2}$/);
  });

  test("the sentence: total, span and the busiest month or months", () => {
    expect(chart([{ year: 2025, month: 3, count: 1 }]).summary).toBe("1 article in March 2025.");
    expect(chart([{ year: 2025, month: 3, count: 1 }]).title).toBe("Articles per month, March 2025");
    const one = chart(span(4, 2025, 1, (i) => [2, 0, 5, 1][i]!));
    expect(one.summary).toBe("8 articles from January 2025 to April 2025; most in March 2025 (5).");
    expect(one.title).toBe("Articles per month, January 2025 to April 2025");
    expect(chart(span(3, 2025, 1, (i) => [3, 1, 3][i]!)).summary).toBe("7 articles from January 2025 to March 2025; most in January 2025 and March 2025 (3 each).");
    expect(chart(span(4, 2025, 1, () => 1_200)).summary).toBe("4,800 articles from January 2025 to April 2025; most in January 2025 and 3 other months (1,200 each).");
  });

  test("month names follow the locale", () => {
    const c = coverageChartView([{ year: 2025, month: 3, count: 1 }], { locale: "de" })!;
    expect(c.rows[0]!.month).toBe("März 2025");
  });
});

describe("coverage chart layout", () => {
  const render = (view: CoverageChartView) => cheerio.load(coverageChart(view).value, null, false);

  test("an image with a name from its <title>, and a text alternative beside it", () => {
    const c = chart(span(4, 2025, 1, (i) => [2, 0, 5, 1][i]!));
    const $ = render(c);
    const svg = $("svg");
    expect(svg.attr("role")).toBe("img");
    expect(svg.attr("viewBox")).toBe(c.viewBox);
    const title = $(`#${svg.attr("aria-labelledby")}`);
    expect(title.is("title")).toBe(true);
    expect(title.parent().is("svg")).toBe(true);
    expect(title.text()).toBe("Articles per month, January 2025 to April 2025");
    expect($("figure figcaption").text()).toBe(c.summary);
    expect($("details summary").text()).toBe("Counts by month");
    expect($("details table tbody tr").map((_, tr) => $(tr).text()).get()).toEqual(["January 20252", "February 20250", "March 20255", "April 20251"]);
    expect($("script")).toHaveLength(0);
  });

  test("bars and labels are written from the view's numbers; colours come from currentColor", () => {
    const c = chart(SEVEN_YEARS);
    const $ = render(c);
    const rects = $("svg .bars rect");
    expect(rects).toHaveLength(c.bars.length);
    expect(rects.first().attr("x")).toBe(String(c.bars[0]!.x));
    expect(rects.first().find("title").text()).toBe(c.bars[0]!.label);
    expect($("svg .bars").attr("fill")).toBe("currentColor");
    expect($("svg [fill]").map((_, el) => $(el).attr("fill")).get().every((f) => f === "currentColor")).toBe(true);
    expect($("svg text").map((_, el) => $(el).text()).get()).toEqual([...c.valueLabels, ...c.monthLabels, ...c.yearLabels].map((l) => l.text));
  });

  test("table months link to their archive pages only where given, and only months with articles", () => {
    const c = chart(span(3, 2025, 1, (i) => [1, 0, 2][i]!), (m) => `/archive/${m.year}/${String(m.month).padStart(2, "0")}/`);
    const $ = render(c);
    expect($("details a").map((_, a) => $(a).attr("href")).get()).toEqual(["/archive/2025/01/", "/archive/2025/03/"]);
    expect(render(chart(span(3, 2025, 1, () => 1)))("details a")).toHaveLength(0);
  });

  test("the same counts always give the same markup", () => {
    expect(coverageChart(chart(SEVEN_YEARS)).value).toBe(coverageChart(chart(SEVEN_YEARS)).value);
  });
});
