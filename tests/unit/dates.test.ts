import { describe, expect, test } from "vitest";
import { compareDates, parseDateText, toDateTime, type DateText } from "../../src/schema/dates.ts";

function parsed(text: string, partial = false): DateText {
  const result = parseDateText(text, { partial });
  if (!result.ok) throw new Error(result.message);
  return result.value;
}

describe("parseDateText", () => {
  test.each(["2025-10-24", "2025-10-24T14:30", "2025-10-24T14:30:05", "2025-10-24T14:30Z", "2025-10-24T14:30:00+09:00", "2024-02-29", "2025-10-24T23:59:59-05:00"])(
    "accepts %s",
    (text) => expect(parseDateText(text).ok).toBe(true),
  );

  test.each([
    ["2025-13-45", /month 13/],
    ["2025-02-30", /February 2025 has 28 days/],
    ["2023-02-29", /February 2023 has 28 days/],
    ["2025-00-10", /month 0/],
    ["2025-10-24 14:30", /capital T/],
    ["24/10/2025", /YYYY-MM-DD/],
    ["2025-10-24T25:00", /time of day/],
    ["2025-10-24T12:60", /time of day/],
    ["2025-10-24Z", /YYYY-MM-DD/],
    ["2025-10-24T10:00+15:00", /offset/],
    ["2025-10-24T10:00:00.123Z", /YYYY-MM-DD/],
    ["2025-10", /YYYY-MM-DD/],
    ["", /YYYY-MM-DD/],
  ])("rejects %s", (text, message) => {
    const result = parseDateText(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });

  test("partial dates are only accepted where asked for", () => {
    expect(parsed("2025-09", true)).toMatchObject({ year: 2025, month: 9 });
    expect(parsed("2025", true)).toEqual({ text: "2025", year: 2025 });
    expect(parseDateText("2025-13", { partial: true }).ok).toBe(false);
    expect(parseDateText("2025").ok).toBe(false);
  });
});

describe("toDateTime", () => {
  test("a bare date is midnight in the site zone", () => {
    expect(toDateTime(parsed("2025-10-24"), "Europe/London").toISO()).toBe("2025-10-24T00:00:00.000+01:00");
  });

  test("a date-time without offset is read in the site zone", () => {
    expect(toDateTime(parsed("2025-01-10T09:30"), "America/New_York").toISO()).toBe("2025-01-10T09:30:00.000-05:00");
  });

  test("a written offset is kept as the instant and shown in the site zone", () => {
    const at = toDateTime(parsed("2025-03-01T20:00Z"), "Asia/Seoul");
    expect(at.toISO()).toBe("2025-03-02T05:00:00.000+09:00");
    expect(toDateTime(parsed("2025-03-07T09:30:00+03:00"), "UTC").toISO()).toBe("2025-03-07T06:30:00.000Z");
  });
});

describe("toDateTime, read once per date and zone", () => {
  test("the same date in the same zone is the same instant, in another zone its own", () => {
    const london = toDateTime(parsed("2025-10-24T09:30"), "Europe/London");
    expect(toDateTime(parsed("2025-10-24T09:30"), "Europe/London")).toBe(london);
    const seoul = toDateTime(parsed("2025-10-24T09:30"), "Asia/Seoul");
    expect(seoul.toISO()).toBe("2025-10-24T09:30:00.000+09:00");
    expect(london.toISO()).toBe("2025-10-24T09:30:00.000+01:00");
    expect(toDateTime(parsed("2025-10-24T09:30Z"), "Europe/London").toISO()).toBe("2025-10-24T10:30:00.000+01:00");
  });
});

describe("compareDates", () => {
  test("instants when both have a time", () => {
    expect(compareDates(parsed("2025-10-24T10:00Z"), parsed("2025-10-24T09:00Z"), "UTC")).toBeGreaterThan(0);
    expect(compareDates(parsed("2025-10-24T10:00+02:00"), parsed("2025-10-24T09:00Z"), "UTC")).toBeLessThan(0);
  });

  test("calendar days in the site zone when either is a bare date", () => {
    // 23:30 UTC on the 23rd is already the 24th in Seoul: the same day as the bare date.
    expect(compareDates(parsed("2025-10-24"), parsed("2025-10-23T23:30Z"), "Asia/Seoul")).toBe(0);
    expect(compareDates(parsed("2025-10-24"), parsed("2025-10-23T23:30Z"), "UTC")).toBeGreaterThan(0);
    expect(compareDates(parsed("2025-10-24"), parsed("2025-10-24T08:00"), "UTC")).toBe(0);
  });
});
