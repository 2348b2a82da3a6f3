import { DateTime } from "luxon";
import { calendarOf, type Calendar, type MonthGroup, type YearGroup, type YearMonth } from "../model/calendar.ts";
import { newestChange } from "../model/queries.ts";
import type { Article } from "../model/types.ts";
import { articleTeaser } from "./article-views.ts";
import type { SiteContext } from "./context.ts";
import { coverageChartView, monthName, type CoverageChartView } from "./coverage-chart.ts";
import { count, type TimeView } from "./format.ts";
import { pageKind, type PageRef } from "./page-kind.ts";
import { ARCHIVE_URL, monthUrl, yearUrl } from "./archive-urls.ts";
import type { ArticleTeaser, Link, PageChrome } from "./types.ts";

/**
 * The date archive: `/archive/` (every year and its months, with counts and
 * the coverage chart), `/archive/YYYY/` (that year's months) and
 * `/archive/YYYY/MM/` (every article of the month, oldest first, never
 * paginated, so a month's page only grows at its end and a closed month never
 * changes). Years and months are those of the publication date in the site
 * time zone; only years and months with articles have pages. The calendar is
 * grouped once, when the pages are listed, and each page's ref carries its
 * group.
 */

export type ArchiveRef =
  | (PageRef & { level: "index"; calendar: Calendar })
  | (PageRef & { level: "year"; group: YearGroup; previous?: YearGroup; next?: YearGroup })
  | (PageRef & { level: "month"; group: MonthGroup; previous?: MonthGroup; next?: MonthGroup });

/** A month in a list of months: "March", linked, with "3 articles". */
export interface ArchiveMonthLink extends Link {
  count: string;
}

export interface ArchiveIndexView {
  level: "index";
  chrome: PageChrome;
  heading: string;
  intro: string;
  /** Articles per month over the whole archive; absent when it is empty. */
  coverage?: CoverageChartView;
  /** Oldest first, like the chart. */
  years: (Link & { count: string; months: ArchiveMonthLink[] })[];
}

export interface ArchiveYearView {
  level: "year";
  chrome: PageChrome;
  breadcrumbs: Link[];
  heading: string;
  intro: string;
  /** January to December, months with articles only. */
  months: ArchiveMonthLink[];
  /** The nearest earlier and later years with articles. */
  previous?: Link;
  next?: Link;
}

export interface ArchiveDay {
  /** "Sunday, March 2", with the date for `<time>`. */
  date: TimeView;
  articles: ArticleTeaser[];
}

export interface ArchiveMonthView {
  level: "month";
  chrome: PageChrome;
  breadcrumbs: Link[];
  heading: string;
  intro: string;
  /** Every article of the month, oldest first, under the day it was published. */
  days: ArchiveDay[];
  /** The nearest earlier and later months with articles. */
  previous?: Link;
  next?: Link;
}

export type ArchivePageView = ArchiveIndexView | ArchiveYearView | ArchiveMonthView;

/** `/archive/`, then a page per year and per month that has articles. */
export const archiveKind = pageKind<ArchiveRef, ArchivePageView>({
  list({ archive }) {
    const calendar = calendarOf(archive.articles);
    const { years, months } = calendar;
    return [
      { url: ARCHIVE_URL, level: "index", calendar },
      ...years.map((group, i) => ({ url: yearUrl(group.year), level: "year" as const, group, ...neighbours(years, i) })),
      ...months.map((group, i) => ({ url: monthUrl(group), level: "month" as const, group, ...neighbours(months, i) })),
    ];
  },
  view(ref, context) {
    switch (ref.level) {
      case "index":
        return archiveIndexView(ref.calendar, context);
      case "year":
        return archiveYearView(ref.group, context, ref.previous, ref.next);
      case "month":
        return archiveMonthView(ref.group, context, ref.previous, ref.next);
    }
  },
  /** Month pages list their articles and link their neighbours; the index and the years show counts and charts. */
  dependsOn(ref) {
    if (ref.level !== "month") return undefined;
    const links = [ref.previous, ref.next].map((m) => (m ? monthUrl(m) : ""));
    return { articles: ref.group.articles, links };
  },
  /** The sitemap's `<lastmod>`: the newest change of the articles the page covers. */
  lastModified(ref) {
    const months = ref.level === "index" ? ref.calendar.months : ref.level === "year" ? ref.group.months : [ref.group];
    return newestChange(months.flatMap((month) => month.articles));
  },
});

export function archiveIndexView(calendar: Calendar, context: SiteContext): ArchiveIndexView {
  const locale = context.site.language;
  const first = calendar.months[0];
  const last = calendar.months.at(-1);
  const span = first && last ? (first === last ? `in ${monthName(first, locale)}` : `from ${monthName(first, locale)} to ${monthName(last, locale)}`) : "";
  const coverage = coverageChartView(
    calendar.months.map((m) => ({ year: m.year, month: m.month, count: m.articles.length })),
    { locale, monthHref: monthUrl },
  );
  return {
    level: "index",
    chrome: context.chrome({
      url: ARCHIVE_URL,
      title: "Archive",
      section: "archive",
      description: `Every article in ${context.site.title} by year and month.`,
    }),
    heading: "Archive",
    intro: calendar.count === 0 ? "No articles yet." : `${count(calendar.count, "article")} ${span}, by year and month.`,
    ...(coverage ? { coverage } : {}),
    years: calendar.years.map((year) => ({
      href: yearUrl(year.year),
      text: String(year.year),
      count: count(year.count, "article"),
      months: year.months.map((m) => monthLink(m, locale)),
    })),
  };
}

export function archiveYearView(group: YearGroup, context: SiteContext, previous?: YearGroup, next?: YearGroup): ArchiveYearView {
  const locale = context.site.language;
  const year = String(group.year);
  return {
    level: "year",
    chrome: context.chrome({
      url: yearUrl(group.year),
      title: `Archive: ${year}`,
      section: "archive",
      description: `The articles of ${year} in ${context.site.title}, month by month.`,
    }),
    breadcrumbs: [{ href: ARCHIVE_URL, text: "Archive" }],
    heading: year,
    intro: `${count(group.count, "article")} in ${year}, in ${count(group.months.length, "month")}.`,
    months: group.months.map((m) => monthLink(m, locale)),
    ...(previous ? { previous: { href: yearUrl(previous.year), text: String(previous.year) } } : {}),
    ...(next ? { next: { href: yearUrl(next.year), text: String(next.year) } } : {}),
  };
}

export function archiveMonthView(group: MonthGroup, context: SiteContext, previous?: MonthGroup, next?: MonthGroup): ArchiveMonthView {
  const locale = context.site.language;
  const name = monthName(group, locale);
  return {
    level: "month",
    chrome: context.chrome({
      url: monthUrl(group),
      title: `Archive: ${name}`,
      section: "archive",
      description: `Every article of ${name} in ${context.site.title}.`,
    }),
    breadcrumbs: [
      { href: ARCHIVE_URL, text: "Archive" },
      { href: yearUrl(group.year), text: String(group.year) },
    ],
    heading: name,
    intro: `${count(group.articles.length, "article")}, in the order they were published.`,
    days: byDay(group.articles, locale),
    ...(previous ? { previous: { href: monthUrl(previous), text: monthName(previous, locale) } } : {}),
    ...(next ? { next: { href: monthUrl(next), text: monthName(next, locale) } } : {}),
  };
}

function monthLink(group: MonthGroup, locale: string): ArchiveMonthLink {
  const name = DateTime.utc(group.year, group.month, 1).setLocale(locale).toLocaleString({ month: "long" });
  return { href: monthUrl(group), text: name, count: count(group.articles.length, "article") };
}

/** Articles (oldest first) under their day of publication in the site zone. */
function byDay(articles: readonly Article[], locale: string): ArchiveDay[] {
  const days: ArchiveDay[] = [];
  let current: { day: number; entry: ArchiveDay } | undefined;
  for (const article of articles) {
    const at = article.date.at;
    if (current?.day !== at.day) {
      const date = at.setLocale(locale);
      current = { day: at.day, entry: { date: { datetime: date.toISODate()!, text: date.toLocaleString({ weekday: "long", month: "long", day: "numeric" }) }, articles: [] } };
      days.push(current.entry);
    }
    current.entry.articles.push(articleTeaser(article));
  }
  return days;
}

function neighbours<T>(list: readonly T[], i: number): { previous?: T; next?: T } {
  const previous = list[i - 1];
  const next = list[i + 1];
  return { ...(previous ? { previous } : {}), ...(next ? { next } : {}) };
}
