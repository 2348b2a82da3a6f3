import { describe, expect, test } from "vitest";
import { cutAtSpace, defaultSummary, firstParagraphText } from "../../src/model/summary.ts";

describe("default summary", () => {
  test("plain text of the first paragraph, with Markdown removed", () => {
    expect(firstParagraphText("## Heading\n\nSome **bold** and `code` and [a link](https://x.org).\nNext line.\n\nSecond.")).toBe(
      "Some bold and code and a link. Next line.",
    );
  });

  test("raw HTML is kept as text, never as markup", () => {
    expect(firstParagraphText("Hello <b>there</b>")).toBe("Hello <b>there</b>");
  });

  test("a paragraph inside a list or quote is not the first paragraph", () => {
    expect(firstParagraphText("- item\n- item\n\n> quoted\n\nReal first.")).toBe("Real first.");
  });

  test("gives what a whole-body parse gives: references defined later, fences, lists, long openings", () => {
    expect(firstParagraphText("See [the report][r].\n\nMore.\n\n[r]: https://example.org")).toBe("See the report.");
    expect(firstParagraphText("```\ncode\n\nstill code\n```\n\nAfter the fence.")).toBe("After the fence.");
    expect(firstParagraphText("- a\n\n- b\n\n  still b\n\nOutside.")).toBe("Outside.");
    expect(firstParagraphText("\n\n# H\n\n## H2\n\n> q\n\n---\n\nLate paragraph.")).toBe("Late paragraph.");
    expect(firstParagraphText("Line one\nline two\n\nNext.")).toBe("Line one line two");
  });

  test("no paragraph gives an empty summary", () => {
    expect(defaultSummary("# Only a heading")).toBe("");
    expect(defaultSummary("")).toBe("");
  });

  test("cut at the last space at or before 200 characters, plus an ellipsis", () => {
    const words = Array.from({ length: 60 }, (_, i) => `w${String(i).padStart(2, "0")}`).join(" "); // 3-char words
    const summary = defaultSummary(words);
    expect(summary.endsWith("…")).toBe(true);
    const kept = summary.slice(0, -1);
    expect(kept.length).toBeLessThanOrEqual(200);
    expect(words.startsWith(kept)).toBe(true);
    expect(words[kept.length]).toBe(" ");
  });

  test("exactly 200 characters is not cut", () => {
    const text = `${"a".repeat(99)} ${"b".repeat(100)}`;
    expect(text.length).toBe(200);
    expect(cutAtSpace(text, 200)).toBe(text);
  });

  test("a space at position 200 keeps all 200 characters", () => {
    const text = `${"a".repeat(200)} tail`;
    expect(cutAtSpace(text, 200)).toBe(`${"a".repeat(200)}…`);
  });

  test("one long word is cut hard", () => {
    expect(cutAtSpace("x".repeat(250), 200)).toBe(`${"x".repeat(200)}…`);
  });

  test("counts characters, not UTF-16 units", () => {
    const text = "😀".repeat(150);
    expect(cutAtSpace(text, 200)).toBe(text);
  });
});
