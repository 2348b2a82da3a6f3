import type { Article } from "./types.ts";

/**
 * The date archive's query: articles grouped by year and month of their
 * publication date in the site time zone (`article.date.at` is already in
 * it), in one pass over the articles. Pure: returns new arrays, never
 * reorders its input.
 */

/** A calendar month; `month` is 1-12. */
export interface YearMonth {
  year: number;
  month: number;
}

export interface MonthGroup extends YearMonth {
  /** Oldest first (ties: slug, then URL), so a month's list only grows at its end. */
  articles: Article[];
}

export interface YearGroup {
  year: number;
  /** Articles in the year. */
  count: number;
  /** January to December; only months with articles. */
  months: MonthGroup[];
}

export interface Calendar {
  /** Articles in all months. */
  count: number;
  /** Oldest first; only years with articles. */
  years: YearGroup[];
  /** Every month with articles, oldest first. */
  months: MonthGroup[];
}

export interface MonthCount extends YearMonth {
  count: number;
}

/** A month as one number that orders and subtracts like months do. */
export function monthNumber({ year, month }: YearMonth): number {
  return year * 12 + (month - 1);
}

export function fromMonthNumber(n: number): YearMonth {
  return { year: Math.floor(n / 12), month: (n % 12) + 1 };
}

/** Groups articles (in any order) by year and month; one pass, then each month is sorted. */
export function calendarOf(articles: readonly Article[]): Calendar {
  const byMonth = new Map<number, MonthGroup>();
  for (const article of articles) {
    const { year, month } = article.date.at;
    const key = monthNumber({ year, month });
    let group = byMonth.get(key);
    if (!group) {
      group = { year, month, articles: [] };
      byMonth.set(key, group);
    }
    group.articles.push(article);
  }
  const months = [...byMonth.keys()].sort((a, b) => a - b).map((key) => byMonth.get(key)!);
  const years: YearGroup[] = [];
  for (const group of months) {
    group.articles.sort(chronological);
    let year = years.at(-1);
    if (year?.year !== group.year) {
      year = { year: group.year, count: 0, months: [] };
      years.push(year);
    }
    year.months.push(group);
    year.count += group.articles.length;
  }
  return { count: articles.length, years, months };
}

/** How many of `articles` fall in each month with articles, oldest month first; one pass. */
export function monthlyCounts(articles: readonly Article[]): MonthCount[] {
  const counts = new Map<number, number>();
  for (const article of articles) {
    const key = monthNumber(article.date.at);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts.keys()].sort((a, b) => a - b).map((key) => ({ ...fromMonthNumber(key), count: counts.get(key)! }));
}

/**
 * Every month from the first to the last of `counts` (in any order), with 0
 * for the months between that have no articles; empty when `counts` is.
 */
export function continuousMonths(counts: readonly MonthCount[]): MonthCount[] {
  if (counts.length === 0) return [];
  const byKey = new Map<number, number>();
  for (const c of counts) byKey.set(monthNumber(c), (byKey.get(monthNumber(c)) ?? 0) + c.count);
  const keys = [...byKey.keys()];
  const first = Math.min(...keys);
  const last = Math.max(...keys);
  return Array.from({ length: last - first + 1 }, (_, i) => ({ ...fromMonthNumber(first + i), count: byKey.get(first + i) ?? 0 }));
}

function chronological(a: Article, b: Article): number {
  return a.date.at.toMillis() - b.date.at.toMillis() || compare(a.slug, b.slug) || compare(a.url, b.url);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
