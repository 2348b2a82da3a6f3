/**
 * js-yaml reads most front matter for `parsePositioned` (src/parse/yaml-document.ts),
 * and what it reads must be what `yaml`, the reference, reads: the same data
 * and the same errors, for documents written in every style, for line soup
 * full of YAML's indicators, and for the fixture's files after the syntax
 * fuzz's edits. Every difference found so far is a case at the end; each
 * made a rule of `mayReadQuickly`.
 */
import fc from "fast-check";
import jsYaml from "js-yaml";
import fs from "node:fs";
import path from "node:path";
import { isDeepStrictEqual } from "node:util";
import { describe, expect, test } from "vitest";
import { stringify } from "yaml";
import { mayReadQuickly, parsePositioned, parseWithYaml } from "../../src/parse/yaml-document.ts";
import { FIXTURE_ARCHIVE } from "../helpers/content-folder.ts";
import { applyEdit, edit } from "./edits.ts";
import { markdownFilesOf, params } from "./harness.ts";

/** What parsePositioned reads is what `yaml` reads: data and errors. */
function readsAsYaml(text: string): boolean {
  const quick = parsePositioned(text);
  const reference = parseWithYaml(text);
  return isDeepStrictEqual(quick.data, reference.data) && isDeepStrictEqual(quick.syntaxErrors, reference.syntaxErrors);
}

// Scalars the two schemas could resolve differently, and YAML's indicators.
const SCALARS = ["0b101", "1_000", "+.5", "0X1F", "1e3", "1.", ".5", "+1", "-0", "0o8", "0o17", "0x", "0xFF", "yes", "No", "on", "~", "null", "NULL", "nUll", "True", "tRue", ".inf", "-.Inf", ".NaN", "NaN", "2025-13-45", "2025-01-02T10:00:00Z", "12:30", "1:20:30", "-1.5E+3", "007", "#x", "a #b", "a#b", "a\\", '"a\\', "'a''"];
const word = fc.oneof(
  fc.constantFrom(...SCALARS),
  fc.string({ unit: fc.constantFrom(..."ab:-#'\"[]{},&*!|>?%@`\\ \t\n\r\u0085\u2028\u00a0\ufeff\x01.09eé😀"), maxLength: 8 }),
  fc.string({ maxLength: 6 }),
);
const data: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small" },
    word,
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie("value"), { maxLength: 3 }),
    fc.dictionary(word, tie("value"), { maxKeys: 3 }),
  ),
})).value;
const line = fc.oneof(
  fc.tuple(word, fc.constantFrom(": ", ":", " : "), word).map(([k, s, v]) => k + s + v),
  fc.tuple(fc.constantFrom("", "  ", "    "), fc.constantFrom("- ", "-", "? ", ""), word).map(([i, d, v]) => i + d + v),
  fc
    .tuple(
      word,
      fc.constantFrom(": |", ": >", ": |-", ": >+", ": |2", ": [", ": {", ': "', ": '"),
      fc.array(fc.tuple(fc.constantFrom("", " ", "  ", "   "), word), { maxLength: 3 }),
      fc.constantFrom("", "]", "}", '"', "'", "# c", "..."),
    )
    .map(([k, s, v, end]) => `${k}${s}\n${v.map(([indent, x]) => indent + x).join("\n")}${end}`),
);

describe("YAML read quickly, as `yaml` reads it", () => {
  test("documents `yaml` writes, in every style", () => {
    const style = fc.record({
      defaultStringType: fc.constantFrom("PLAIN", "QUOTE_DOUBLE", "QUOTE_SINGLE", "BLOCK_LITERAL", "BLOCK_FOLDED"),
      collectionStyle: fc.constantFrom("any", "block", "flow"),
      lineWidth: fc.constantFrom(0, 10, 80),
    }) as fc.Arbitrary<Parameters<typeof stringify>[2] & object>;
    fc.assert(
      fc.property(fc.dictionary(word, data, { maxKeys: 5 }), style, (value, options) => readsAsYaml(stringify(value, options))),
      params("yaml-quick: yaml's documents", 500),
    );
  });

  test("documents js-yaml writes", () => {
    fc.assert(
      fc.property(fc.dictionary(word, data, { maxKeys: 5 }), fc.boolean(), (value, flow) => readsAsYaml(jsYaml.dump(value, { flowLevel: flow ? 1 : -1 }))),
      params("yaml-quick: js-yaml's documents", 500),
    );
  });

  test("lines of keys, values, lists, block scalars and quotes, indented anyhow", () => {
    const indented = fc.tuple(fc.constantFrom("", " ", "  ", "    "), line).map(([indent, l]) => indent + l);
    fc.assert(
      fc.property(fc.array(indented, { maxLength: 6 }), (lines) => readsAsYaml(`${lines.join("\n")}\n`)),
      params("yaml-quick: line soup", 2000),
    );
  });

  test("the fixture's files after the syntax fuzz's edits, whole and their front matter", () => {
    const files = markdownFilesOf(FIXTURE_ARCHIVE).map((file) => fs.readFileSync(path.join(FIXTURE_ARCHIVE, file), "utf8"));
    const edited = fc.tuple(fc.nat(), fc.array(edit, { minLength: 1, maxLength: 3 })).map(([pick, edits]) => edits.reduce(applyEdit, files[pick % files.length]!));
    fc.assert(
      fc.property(edited, (text) => {
        const end = text.indexOf("\n---", 3);
        return readsAsYaml(text) && readsAsYaml(text.slice(text.indexOf("\n") + 1, end < 0 ? undefined : end + 1));
      }),
      params("yaml-quick: edited fixture files", 1000),
    );
  });

  // Each was read differently by js-yaml (found by the properties above): `yaml` reads them.
  test.each([
    ["a tab as indentation", "\t-a\n"],
    ["a lone carriage return", "a[\r{b\n"],
    ["a byte-order mark inside", "\n\ufeff\n"],
    ["a block scalar's indentation indicator", "k:\n  - - |2\n       \n"],
    ["a flow collection past its line", "a: [\nNo]\n"],
    ["a flow collection as a key", "{}: x\n"],
    ["a flow collection in a flow collection", "{{ title }}\n"],
    ["a comment right after a collection", "a: []# c\n"],
    ["a quoted scalar past its line", "a: '0b101\n'\n"],
    ["a quoted scalar past its line by an escaped line break", 'a: "foo\\\nbar"\n'],
    ["an indented first line", "    - \n- x\n"],
    ["a null key", "~: x\n"],
    ["a non-specific tag", "- !\n"],
    ["a document marker", "--- \nnam lee---\n"],
    ["a line that starts like a document marker", "---x\n\n----\n"],
    ["a key of more than 1,024 characters", `${"x".repeat(1020)}title: a\n`],
  ])("%s goes to `yaml`", (_, text) => {
    expect(mayReadQuickly(text)).toBe(false);
    expect(readsAsYaml(text)).toBe(true);
  });
});
