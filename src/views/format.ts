import { DateTime } from "luxon";
import type { DateText } from "../schema/dates.ts";
import type { Figure, ModelDate } from "../model/types.ts";

/** Formatting of dates and numbers for pages: luxon and Intl, one zone policy. */

export interface TimeView {
  /** The `datetime` attribute: a date, or a date-time with its offset. */
  readonly datetime: string;
  readonly text: string;
}

/**
 * A publication date in the site zone, in the reader's language. Formatted
 * once per date and language: an article's date is shown in every listing
 * of it, and luxon's formatting was ~0.9 s of a 10,000-article build.
 */
export function formatDate(date: ModelDate, locale: string): TimeView {
  const known = formattedDates.get(date);
  if (known?.locale === locale) return known.view;
  const at = date.at.setLocale(locale);
  const view = date.dateOnly
    ? { datetime: at.toISODate()!, text: at.toLocaleString(DateTime.DATE_FULL) }
    : { datetime: isoDateTime(date), text: at.toLocaleString(DateTime.DATETIME_FULL) };
  // A date is shown in its article's language: one language per date is kept.
  if (!known) formattedDates.set(date, { locale, view });
  return view;
}

const formattedDates = new WeakMap<ModelDate, { locale: string; view: TimeView }>();

/** An ISO 8601 date-time with its offset (a bare date is 00:00 in the site zone), worked out once per date. */
export function isoDateTime(date: ModelDate): string {
  let iso = isoDates.get(date);
  if (iso === undefined) isoDates.set(date, (iso = date.at.toISO({ suppressMilliseconds: true })!));
  return iso;
}

const isoDates = new WeakMap<ModelDate, string>();

/**
 * A figure's `asOf`: a year, a month, a day or a moment, as precise as
 * written. Formatted once per date, language and zone, like `formatDate`:
 * a figure is shown on its article's page and on the first page of every
 * entity the article names.
 */
export function formatPartialDate(date: DateText, locale: string, zone: string): TimeView {
  const known = formattedPartialDates.get(date);
  if (known?.locale === locale && known.zone === zone) return known.view;
  const view = partialDateView(date, locale, zone);
  // A figure is shown in its article's language and the site's zone: one of each per date is kept.
  if (!known) formattedPartialDates.set(date, { locale, zone, view });
  return view;
}

const formattedPartialDates = new WeakMap<DateText, { locale: string; zone: string; view: TimeView }>();

function partialDateView(date: DateText, locale: string, zone: string): TimeView {
  if (date.month === undefined) return { datetime: String(date.year), text: String(date.year) };
  const first = DateTime.fromObject({ year: date.year, month: date.month, day: date.day ?? 1 }, { zone, locale });
  if (date.day === undefined) return { datetime: first.toFormat("yyyy-MM"), text: first.toLocaleString({ month: "long", year: "numeric" }) };
  if (date.time === undefined) return { datetime: first.toISODate()!, text: first.toLocaleString(DateTime.DATE_FULL) };
  const at = DateTime.fromObject(
    { year: date.year, month: date.month, day: date.day, hour: date.time.hour, minute: date.time.minute, second: date.time.second },
    { zone: date.offset ? (date.offset === "Z" ? "UTC" : `UTC${date.offset}`) : zone },
  ).setZone(zone).setLocale(locale);
  return { datetime: at.toISO({ suppressMilliseconds: true })!, text: at.toLocaleString(DateTime.DATETIME_FULL) };
}

const CURRENCIES = new Set(Intl.supportedValuesOf("currency"));
const numberFormats = new Map<string, Intl.NumberFormat>();

/**
 * A figure's number with grouping for the language (2,000); an ISO 4217 unit
 * is shown as currency, `%` as a percentage, any other unit as a word after it.
 */
export function formatFigureValue(figure: Pick<Figure, "value" | "unit">, locale: string): string {
  const unit = figure.unit;
  const kind = unit === undefined ? "plain" : CURRENCIES.has(unit) ? `currency:${unit}` : unit === "%" ? "percent" : "plain";
  const cacheKey = `${locale}|${kind}`;
  let format = numberFormats.get(cacheKey);
  if (!format) {
    const options: Intl.NumberFormatOptions =
      kind === "plain"
        ? { useGrouping: true, maximumFractionDigits: 6 }
        : kind === "percent"
          ? { style: "unit", unit: "percent", maximumFractionDigits: 6 }
          : { style: "currency", currency: unit!, trailingZeroDisplay: "stripIfInteger" };
    format = new Intl.NumberFormat(locale, options);
    numberFormats.set(cacheKey, format);
  }
  const number = format.format(figure.value);
  return kind === "plain" && unit !== undefined ? `${number} ${unit}` : number;
}

/** "1 article", "20 articles". */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n.toLocaleString("en")} ${n === 1 ? singular : plural}`;
}
