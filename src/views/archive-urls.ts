import type { YearMonth } from "../model/calendar.ts";

/** The date archive's URLs (CONTENT-SPEC section 5): `/archive/`, `/archive/YYYY/`, `/archive/YYYY/MM/`. */
export const ARCHIVE_URL = "/archive/";

export function yearUrl(year: number): string {
  return `${ARCHIVE_URL}${pad(year, 4)}/`;
}

export function monthUrl({ year, month }: YearMonth): string {
  return `${yearUrl(year)}${pad(month, 2)}/`;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}
