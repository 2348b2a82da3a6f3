import { DateTime } from "luxon";
import { continuousMonths, monthlyCounts, type MonthCount, type YearMonth } from "../model/calendar.ts";
import type { Article } from "../model/types.ts";
import { count } from "./format.ts";

/**
 * "Coverage at a glance": articles per month as a small static bar chart.
 * Every coordinate is computed here, rounded to 2 decimals, so the layout
 * only writes numbers into SVG attributes. The months run without gaps from
 * the first to the last month with articles; a month without any is an
 * empty slot. The viewBox has a fixed width: long spans get thinner bars,
 * year ticks and labels on the axis (every Nth year when years get narrow).
 */

/** viewBox geometry, in SVG user units. */
export const CHART = {
  width: 480,
  /** Left edge of the plot: at least this, more when the peak's label is long. */
  minPlotLeft: 24,
  plotRight: 476,
  plotTop: 10,
  baseline: 104,
  /** A span shorter than this many months draws its bars as wide as a year's. */
  minSlots: 12,
  /** Share of a month's slot its bar fills. */
  barShare: 0.75,
  /** A month with any article is at least this tall, however small beside the peak. */
  minBarHeight: 1.5,
  /** Room a year label needs (4 digits at font size 12). */
  yearLabelWidth: 32,
  /** Month names are written under the bars when a month's slot is at least this wide. */
  monthLabelSlot: 28,
  fontSize: 12,
} as const;

export interface ChartText {
  x: number;
  y: number;
  text: string;
}

export interface ChartLine {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface CoverageBar {
  x: number;
  y: number;
  width: number;
  height: number;
  /** "March 2025: 3 articles", a tooltip for pointer users. */
  label: string;
}

export interface CoverageRow {
  /** "March 2025". */
  month: string;
  /** `YYYY-MM`, for a `<time>` element. */
  datetime: string;
  count: number;
  /** "1,234". */
  countText: string;
  /** The month's archive page, where the chart links months. */
  href?: string;
}

export interface CoverageChartView {
  /** Prefix of the element ids on the page (one chart per prefix and page). */
  id: string;
  titleId: string;
  /** "0 0 480 126". */
  viewBox: string;
  fontSize: number;
  /** The accessible name: "Articles per month, March 2025 to October 2025". */
  title: string;
  /** The text alternative: "5 articles from March 2025 to October 2025; most in March 2025 (3)." */
  summary: string;
  baseline: ChartLine;
  /** The line at the peak count and its label, and the 0 label. */
  peakLine: ChartLine;
  valueLabels: ChartText[];
  /** Months with articles only: an empty month draws nothing. */
  bars: CoverageBar[];
  /** A tick at the start of every year on the axis. */
  yearTicks: ChartLine[];
  yearLabels: ChartText[];
  /** Short month names under the bars, on short spans only. */
  monthLabels: ChartText[];
  /** The same numbers as a table: every month of the span, oldest first. */
  rows: CoverageRow[];
}

export interface CoverageOptions {
  /** Locale of month names. */
  locale: string;
  /** Element id prefix; default "coverage". */
  id?: string;
  /** The archive page of a month, to link the table's months; none when absent. */
  monthHref?: (month: YearMonth) => string;
}

/** The chart of `articles` (any order), or nothing when there are none. */
export function articleCoverage(articles: readonly Article[], options: CoverageOptions): CoverageChartView | undefined {
  return coverageChartView(monthlyCounts(articles), options);
}

/** The chart of monthly counts (months without articles may be left out), or nothing when all are 0. */
export function coverageChartView(counts: readonly MonthCount[], options: CoverageOptions): CoverageChartView | undefined {
  const months = continuousMonths(counts.filter((c) => c.count > 0));
  const first = months[0];
  const last = months.at(-1);
  if (!first || !last) return undefined;
  const id = options.id ?? "coverage";
  const names = months.map((m) => monthName(m, options.locale));
  const total = months.reduce((n, m) => n + m.count, 0);
  const peak = Math.max(...months.map((m) => m.count));

  const peakText = peak.toLocaleString("en");
  const plotLeft = Math.max(CHART.minPlotLeft, Math.ceil(peakText.length * CHART.fontSize * 0.62) + 8);
  const plotHeight = CHART.baseline - CHART.plotTop;
  const slot = (CHART.plotRight - plotLeft) / Math.max(months.length, CHART.minSlots);
  const barWidth = slot * CHART.barShare;
  const slotX = (i: number) => plotLeft + i * slot;

  const bars: CoverageBar[] = [];
  months.forEach((m, i) => {
    if (m.count === 0) return;
    const height = Math.max(CHART.minBarHeight, (m.count / peak) * plotHeight);
    bars.push({
      x: round(slotX(i) + (slot - barWidth) / 2),
      y: round(CHART.baseline - height),
      width: round(barWidth),
      height: round(height),
      label: `${names[i]}: ${count(m.count, "article")}`,
    });
  });

  const withMonthLabels = slot >= CHART.monthLabelSlot;
  const monthLabelY = CHART.baseline + CHART.fontSize + 3;
  const yearLabelY = (withMonthLabels ? monthLabelY : CHART.baseline) + CHART.fontSize + 4;
  const height = yearLabelY + 5;
  const { ticks, labels } = yearMarks(months, slot, slotX, yearLabelY);

  return {
    id,
    titleId: `${id}-title`,
    viewBox: `0 0 ${CHART.width} ${round(height)}`,
    fontSize: CHART.fontSize,
    title: first === last ? `Articles per month, ${names[0]}` : `Articles per month, ${names[0]} to ${names.at(-1)}`,
    summary: summary(months, names, total, peak),
    baseline: { x1: plotLeft, y1: CHART.baseline, x2: CHART.plotRight, y2: CHART.baseline },
    peakLine: { x1: plotLeft, y1: CHART.plotTop, x2: CHART.plotRight, y2: CHART.plotTop },
    valueLabels: [
      { x: plotLeft - 5, y: CHART.plotTop + 4, text: peakText },
      { x: plotLeft - 5, y: CHART.baseline + 4, text: "0" },
    ],
    bars,
    yearTicks: ticks,
    yearLabels: labels,
    monthLabels: withMonthLabels
      ? months.map((m, i) => ({ x: round(slotX(i) + slot / 2), y: monthLabelY, text: shortMonthName(m, options.locale) }))
      : [],
    rows: months.map((m, i) => ({
      month: names[i]!,
      datetime: `${String(m.year).padStart(4, "0")}-${String(m.month).padStart(2, "0")}`,
      count: m.count,
      countText: m.count.toLocaleString("en"),
      ...(options.monthHref && m.count > 0 ? { href: options.monthHref(m) } : {}),
    })),
  };
}

/**
 * A tick where each year starts, and a label beside it when there is room:
 * every year while a year is wider than a label, else every 2nd, 5th, 10th …
 * year. The first, partial year is labelled only when it has room.
 */
function yearMarks(months: readonly MonthCount[], slot: number, slotX: (i: number) => number, y: number): { ticks: ChartLine[]; labels: ChartText[] } {
  const stride = [1, 2, 5, 10, 20, 50, 100, 200, 500].find((n) => n * 12 * slot >= CHART.yearLabelWidth) ?? 1000;
  const ticks: ChartLine[] = [];
  const labels: ChartText[] = [];
  months.forEach((m, i) => {
    const x = round(slotX(i));
    const startsYear = m.month === 1 || i === 0;
    if (!startsYear) return;
    if (m.month === 1) ticks.push({ x1: x, y1: CHART.baseline, x2: x, y2: CHART.baseline + 5 });
    const monthsLeftInYear = Math.min(13 - m.month, months.length - i);
    const fits = monthsLeftInYear * slot >= CHART.yearLabelWidth || (m.month === 1 && x + CHART.yearLabelWidth <= CHART.width);
    const chosen = m.month === 1 ? m.year % stride === 0 : stride === 1;
    if (fits && chosen) labels.push({ x: round(x + 2), y, text: String(m.year) });
  });
  return { ticks, labels };
}

function summary(months: readonly MonthCount[], names: readonly string[], total: number, peak: number): string {
  const articles = count(total, "article");
  if (months.length === 1) return `${articles} in ${names[0]}.`;
  const peaks = months.flatMap((m, i) => (m.count === peak ? [names[i]!] : []));
  const most =
    peaks.length === 1
      ? `most in ${peaks[0]} (${peak.toLocaleString("en")})`
      : peaks.length === 2
        ? `most in ${peaks[0]} and ${peaks[1]} (${peak.toLocaleString("en")} each)`
        : `most in ${peaks[0]} and ${peaks.length - 1} other months (${peak.toLocaleString("en")} each)`;
  return `${articles} from ${names[0]} to ${names.at(-1)}; ${most}.`;
}

/** "March 2025" in `locale`. */
export function monthName(ym: YearMonth, locale: string): string {
  return memo(`long|${locale}|${ym.year}|${ym.month}`, () => DateTime.utc(ym.year, ym.month, 1).setLocale(locale).toLocaleString({ month: "long", year: "numeric" }));
}

function shortMonthName(ym: YearMonth, locale: string): string {
  return memo(`short|${locale}|${ym.month}`, () => DateTime.utc(2000, ym.month, 1).setLocale(locale).toLocaleString({ month: "short" }));
}

/** Month names, formatted once each: thousands of charts share a few hundred months. */
const monthNames = new Map<string, string>();

function memo(key: string, make: () => string): string {
  let name = monthNames.get(key);
  if (name === undefined) {
    name = make();
    monthNames.set(key, name);
  }
  return name;
}

/** Rounds to 2 decimals, so the same chart is always written the same way. */
function round(n: number): number {
  return Math.round(n * 100) / 100;
}
