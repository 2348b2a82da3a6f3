/**
 * Defects the fuzz tests found that were not crashes, kept as regression
 * tests: every error is one line of the report, and the YAML parser prints
 * nothing of its own.
 */
import { expect, test, vi } from "vitest";
import { formatErrorReport } from "../../src/errors/catalogue.ts";
import { parsePositioned } from "../../src/parse/yaml-document.ts";
import { buildInMemory, EVERY_FIELD_ARTICLE, EVERY_FIELD_TEXT, useFuzzFolder } from "./harness.ts";

const folder = useFuzzFolder();

function errorsFor(file: string, text: string) {
  try {
    folder.write(file, text);
    return buildInMemory(folder.dir).errors;
  } finally {
    folder.restore(file);
  }
}

// The README promises every error on one line (`FILE:LINE: field: message`),
// but messages quote the value as written: `people: "x\ny"` prints
//   articles/…/every-field.md:11: people: must be a list, not the text "x
//   y" (write a list: [x
//   y])
// The same holds for names with line breaks in the cross-file messages
// (entity names may span lines). One fix for all: escape line breaks (and
// other control characters) where errors are formatted, in formatError.
test("an error whose message quotes a value with a line break is still one line of the report", () => {
  for (const [file, from, to] of [
    [EVERY_FIELD_ARTICLE, "people: [Vladimir Putin, Keir Giles]", 'people: "x\\ny"'],
    [EVERY_FIELD_ARTICLE, "date: 2025-10-26T08:15+09:00", 'date: "2025-10-26\\n08:15"'],
    ["site.json", '"timeZone": "Asia/Seoul"', '"timeZone": "Asia/\\nSeoul"'],
  ] as const) {
    const text = (file === "site.json" ? folder.original(file) : EVERY_FIELD_TEXT).replace(from, to);
    expect(text).not.toBe(file === "site.json" ? folder.original(file) : EVERY_FIELD_TEXT);
    const errors = errorsFor(file, text);
    expect(errors.length).toBeGreaterThan(0);
    expect(formatErrorReport(errors).split("\n")).toHaveLength(errors.length + 1);
  }
});

// A mapping or list used as a key (`? [a, b]`) makes the yaml package warn
// through process.emitWarning, which Node prints on standard error in the
// middle of the error list: "(node:123) Warning: Keys with collection values
// will be stringified due to JS Object restrictions ...". The key is still
// reported (unknown-field). Fix: `logLevel: "error"` in parsePositioned's options.
test("a collection as a key makes no Node warning", () => {
  const spy = vi.spyOn(process, "emitWarning").mockImplementation(() => {});
  try {
    const doc = parsePositioned("title: x\n? [a, b]\n: c\n");
    expect(doc.syntaxErrors).toEqual([]);
    expect(spy).not.toHaveBeenCalled();
  } finally {
    spy.mockRestore();
  }
});
