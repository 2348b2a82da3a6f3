import { DateTime } from "luxon";
import { describe, expect, test } from "vitest";
import { parseDateText, type DateText } from "../../src/schema/dates.ts";
import { count, formatDate, formatFigureValue, formatPartialDate } from "../../src/views/format.ts";

const date = (text: string): DateText => {
  const r = parseDateText(text, { partial: true });
  if (!r.ok) throw new Error(r.message);
  return r.value;
};

describe("formatFigureValue", () => {
  test("groups digits for the language", () => {
    expect(formatFigureValue({ value: 2000 }, "en")).toBe("2,000");
    expect(formatFigureValue({ value: 2000, unit: "soldiers" }, "en")).toBe("2,000 soldiers");
    expect(formatFigureValue({ value: 1234567.5 }, "de")).toBe("1.234.567,5");
  });

  test("ISO 4217 units are currencies; other words are not", () => {
    expect(formatFigureValue({ value: 1500000000, unit: "USD" }, "en")).toBe("$1,500,000,000");
    expect(formatFigureValue({ value: 2.5, unit: "EUR" }, "en-GB")).toBe("€2.50");
    expect(formatFigureValue({ value: 3, unit: "usd" }, "en")).toBe("3 usd");
  });

  test("% is a percentage of the value as written", () => {
    expect(formatFigureValue({ value: 12.5, unit: "%" }, "en")).toBe("12.5%");
  });
});

describe("formatDate", () => {
  test("a bare date shows the day; a date-time shows the time and zone", () => {
    const day = { written: date("2025-10-24"), at: DateTime.fromISO("2025-10-24T00:00", { zone: "Europe/London" }), dateOnly: true };
    expect(formatDate(day, "en-GB")).toEqual({ datetime: "2025-10-24", text: "24 October 2025" });
    const moment = { written: date("2025-10-24T14:30"), at: DateTime.fromISO("2025-10-24T14:30", { zone: "Europe/London" }), dateOnly: false };
    expect(formatDate(moment, "en-GB")).toEqual({ datetime: "2025-10-24T14:30:00+01:00", text: "24 October 2025 at 14:30 BST" });
  });

  test("a date formatted once is formatted the same again, and in another language in that language", () => {
    const day = { written: date("2025-10-24"), at: DateTime.fromISO("2025-10-24T00:00", { zone: "Europe/London" }), dateOnly: true };
    expect(formatDate(day, "en-GB").text).toBe("24 October 2025");
    expect(formatDate(day, "fr").text).toBe("24 octobre 2025");
    expect(formatDate(day, "en-GB").text).toBe("24 October 2025");
    expect(formatDate(day, "fr").text).toBe("24 octobre 2025");
  });

  test("as-of dates keep their precision", () => {
    expect(formatPartialDate(date("2025"), "en", "UTC")).toEqual({ datetime: "2025", text: "2025" });
    expect(formatPartialDate(date("2025-09"), "en-GB", "UTC")).toEqual({ datetime: "2025-09", text: "September 2025" });
    expect(formatPartialDate(date("2025-09-30"), "en-GB", "UTC")).toEqual({ datetime: "2025-09-30", text: "30 September 2025" });
  });

  test("an as-of date formatted once is formatted the same again, and in another language or zone in that one", () => {
    const day = date("2025-09-30");
    const moment = date("2025-09-30T23:30Z");
    for (let round = 0; round < 2; round++) {
      expect(formatPartialDate(day, "en-GB", "UTC").text).toBe("30 September 2025");
      expect(formatPartialDate(day, "fr", "UTC").text).toBe("30 septembre 2025");
      expect(formatPartialDate(moment, "en-GB", "UTC").datetime).toBe("2025-09-30T23:30:00Z");
      expect(formatPartialDate(moment, "en-GB", "Europe/Paris").datetime).toBe("2025-10-01T01:30:00+02:00");
    }
  });
});

test("count pluralises", () => {
  expect(count(1, "article")).toBe("1 article");
  expect(count(1200, "article")).toBe("1,200 articles");
  expect(count(2, "person", "people")).toBe("2 people");
});
