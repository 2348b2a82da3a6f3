import { DateTime } from "luxon";

/**
 * The one date module. Dates are written as text in front matter and parsed
 * here, never by YAML: `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM[:SS]` with an
 * optional `Z` or `±HH:MM`. A date-time without an offset, and a bare date
 * (00:00), are read in the site's time zone.
 */
export interface DateText {
  /** As written. */
  text: string;
  year: number;
  /** 1-12; absent for a year-only partial date. */
  month?: number;
  /** Absent for partial dates (`2025`, `2025-09`). */
  day?: number;
  time?: { hour: number; minute: number; second: number };
  /** `Z` or `±HH:MM` when written. */
  offset?: string;
}

export type DateParse = { ok: true; value: DateText } | { ok: false; message: string };

const FULL = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:\d{2})?)?$/;
const PARTIAL = /^(\d{4})(?:-(\d{2}))?$/;
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
export const DATE_FORMS = "YYYY-MM-DD, or YYYY-MM-DDTHH:MM[:SS] with an optional Z or ±HH:MM";

/**
 * Parses a date as written in front matter. `partial` also accepts `YYYY`
 * and `YYYY-MM` (for a figure's `asOf`).
 */
export function parseDateText(text: string, options: { partial?: boolean } = {}): DateParse {
  const full = FULL.exec(text);
  if (!full) {
    const partial = options.partial ? PARTIAL.exec(text) : null;
    if (partial) {
      const month = partial[2] === undefined ? undefined : Number(partial[2]);
      if (month !== undefined && (month < 1 || month > 12)) {
        return { ok: false, message: `"${text}" is not a real month: month ${month} does not exist` };
      }
      return { ok: true, value: { text, year: Number(partial[1]), ...(month === undefined ? {} : { month }) } };
    }
    const hint = /^\d{4}-\d{2}-\d{2}[ t]\d/.test(text) ? " (put a capital T between the date and the time)" : "";
    const partialForms = options.partial ? ", or YYYY-MM, or YYYY" : "";
    return { ok: false, message: `"${text}" is not a date in the form ${DATE_FORMS}${partialForms}${hint}` };
  }
  const [year, month, day] = [Number(full[1]), Number(full[2]), Number(full[3])];
  if (month < 1 || month > 12) {
    return { ok: false, message: `"${text}" is not a real date: month ${month} does not exist` };
  }
  const days = daysInMonth(year, month);
  if (day < 1 || day > days) {
    return { ok: false, message: `"${text}" is not a real date: ${MONTHS[month - 1]} ${year} has ${days} days` };
  }
  const value: DateText = { text, year, month, day };
  if (full[4] !== undefined) {
    const time = { hour: Number(full[4]), minute: Number(full[5]), second: full[6] === undefined ? 0 : Number(full[6]) };
    if (time.hour > 23 || time.minute > 59 || time.second > 59) {
      return { ok: false, message: `"${text}" is not a real time of day (hours 00-23, minutes and seconds 00-59)` };
    }
    value.time = time;
    const offset = full[7];
    if (offset !== undefined) {
      if (offset !== "Z" && (Number(offset.slice(1, 3)) > 14 || Number(offset.slice(4, 6)) > 59)) {
        return { ok: false, message: `"${text}" has an impossible offset ${offset} (from -12:00 to +14:00)` };
      }
      value.offset = offset;
    }
  }
  return { ok: true, value };
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** True for a bare calendar date (no time of day). */
export function isBareDate(date: DateText): boolean {
  return date.time === undefined;
}

/**
 * The instant a full date stands for, shown in `zone`: a bare date is 00:00
 * in the zone; a date-time without offset is read in the zone. Partial dates
 * stand for their first day.
 */
export function toDateTime(date: DateText, zone: string): DateTime {
  // A date is read several times (checked, compared, modelled; again when a
  // reading worker's draft arrives), and many articles share a date: luxon
  // finds a zone's offset through Intl, ~0.3 s per 10,000 articles read once each.
  const key = `${zone}\n${date.text}`;
  let at = DATE_TIMES.get(key);
  if (!at) {
    at = readDateTime(date, zone);
    DATE_TIMES.set(key, at);
  }
  return at;
}

/** `toDateTime`'s answers, by zone and date as written (luxon's DateTime is immutable). */
const DATE_TIMES = new Map<string, DateTime>();

function readDateTime(date: DateText, zone: string): DateTime {
  const fields = {
    year: date.year,
    month: date.month ?? 1,
    day: date.day ?? 1,
    hour: date.time?.hour ?? 0,
    minute: date.time?.minute ?? 0,
    second: date.time?.second ?? 0,
  };
  if (date.offset === undefined) return DateTime.fromObject(fields, { zone });
  const written = date.offset === "Z" ? "UTC" : `UTC${date.offset}`;
  return DateTime.fromObject(fields, { zone: written }).setZone(zone);
}

/**
 * Compares two dates: calendar days in `zone` when either is a bare date,
 * instants otherwise. Negative when `a` is earlier.
 */
export function compareDates(a: DateText, b: DateText, zone: string): number {
  const da = toDateTime(a, zone);
  const db = toDateTime(b, zone);
  if (isBareDate(a) || isBareDate(b)) {
    return da.toISODate()!.localeCompare(db.toISODate()!);
  }
  return da.toMillis() - db.toMillis();
}

/**
 * False for a clock time the site zone skips (the hour the clocks go
 * forward): `2025-03-30T01:30` does not exist in Europe/London.
 */
export function existsInZone(date: DateText, zone: string): boolean {
  if (!date.time || date.offset !== undefined) return true;
  const at = toDateTime(date, zone);
  return at.hour === date.time.hour && at.minute === date.time.minute;
}
