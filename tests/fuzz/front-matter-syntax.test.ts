/**
 * Fuzzed syntax: whole-file mutations of the fixture's articles and entity
 * files (BOM, CRLF and CR line ends, tabs, odd indentation, duplicated,
 * dropped and swapped lines, inserted text, truncation, broken --- lines,
 * directives, arbitrary text as front matter) and of site.json. Each build is
 * either accepted or refused with content errors naming the changed file and
 * a field; it never throws.
 */
import fc from "fast-check";
import { beforeAll, describe, test } from "vitest";
import { applyEdit, edit, editOf, insertion } from "./edits.ts";
import { checkChange, useFuzzFolder, markdownFilesOf, params, textValue } from "./harness.ts";

const folder = useFuzzFolder(import.meta.url);
let MARKDOWN: string[];
beforeAll(() => {
  MARKDOWN = markdownFilesOf(folder.dir);
});

describe("Markdown files: whole-file mutations", () => {
  test("articles and entity files: 1 to 3 edits", () => {
    const cases = fc.tuple(fc.nat(), fc.array(edit, { minLength: 1, maxLength: 3 })).map(([pick, edits]) => {
      const file = MARKDOWN[pick % MARKDOWN.length]!;
      return { file, edits, text: edits.reduce(applyEdit, folder.original(file)) };
    });
    fc.assert(
      fc.property(cases, ({ file, text }) => {
        checkChange(folder, file, text);
      }),
      params("markdown edits", 400),
    );
  });

  test("arbitrary text as a whole Markdown file", () => {
    const cases = fc
      .tuple(fc.nat(), fc.oneof(fc.string({ unit: "binary", maxLength: 200 }), fc.string({ unit: "grapheme", maxLength: 200 }), textValue))
      .map(([pick, text]) => ({ file: MARKDOWN[pick % MARKDOWN.length]!, text }));
    fc.assert(
      fc.property(cases, ({ file, text }) => {
        checkChange(folder, file, text);
      }),
      params("markdown any text", 150),
    );
  });
});

describe("site.json: whole-file mutations", () => {
  const jsonInsertion = fc.oneof(
    insertion,
    fc.constantFrom(",", ",,", "}", "{", "]", "[", '"', "'", ":", "// c\n", "/* c */", "NaN", '"title": "x",', '"pageSize": 3,', "\\", "\\u", "\u0000", "\t", "\r", " "),
  );
  const jsonEdit = editOf(jsonInsertion);

  test("1 to 3 edits", () => {
    const texts = fc.array(jsonEdit, { minLength: 1, maxLength: 3 }).map((edits) => edits.reduce(applyEdit, folder.original("site.json")));
    fc.assert(
      fc.property(texts, (text) => {
        checkChange(folder, "site.json", text);
      }),
      params("site edits", 300),
    );
  });
});
