/**
 * Fuzzed site.json: every key gets arbitrary JSON values (and raw
 * not-quite-JSON text), plus extra keys, whole-file values and re-laid-out
 * valid files. Each build is either accepted or refused with content errors
 * that name site.json and a field; it never throws. Valid JSON is accepted
 * whatever its white space, key order or escapes.
 */
import fs from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { siteSchema } from "../../src/schema/site.ts";
import { FIXTURE_ARCHIVE } from "../helpers/content-folder.ts";
import { anyValue, checkChange, useFuzzFolder, hintedValue, keyValue, params, setIn, textValue, type FieldPath } from "./harness.ts";

const folder = useFuzzFolder(import.meta.url);

// ---------------------------------------------------------------------------
// site.json

const SITE = "site.json";
const SITE_KEYS = Object.keys(siteSchema.shape);

/** Raw JSON (and not-quite-JSON) for one value. */
const rawJsonValue: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      "NaN", "Infinity", "-Infinity", "1e999", "-1e999", "1e-999", "-0", "0", "1", "1.0", "20.0", "1e1", "1E3", "2e2", "1000", "1001",
      "999.9999999999999999", "123456789012345678901234567890", "0x10", "010", "+1", ".5", "5.", "1_000", "true", "false", "null",
      "[]", "{}", "[1, 2]", '{"a": 1}', '{"a": 1, "a": 2}', '["a", "b"]', "'single'", '"\\ud800"', '"\\udfff\\ud800"', '"\\u0000"',
      '"\\u2028"', '"\\/"', '"\\b\\f\\n\\r\\t"', '"\\x41"', '"\\a"', '"\\u00"', '"a\tb"', '"a\nb"', '""', '" "', '"~"', '"null"', '"yes"',
      '"UTC"', '"Europe/London"', '"Asia/Kathmandu"', '"Etc/GMT+12"', '"Pacific/Kiritimati"', '"America/Havana"', '"Local"',
      '"en"', '"en-GB"', '"x-private"', '"i-klingon"', '"https://fixture.example"', '"https://fixture.example///"', '"http://a"',
      '"https://"', '"//fixture.example"', '"ftp://x.example"', '"javascript:alert(1)"', '"https://exa mple.org"',
      '"a" "b"', "tru", "nul", '"unterminated', "", " ", "// c", "/* c */ 1", "yes", "~", "[a, b]", "{a: 1}", "!!str 1", "&a 1",
      "[1,]", "{,}", '{"a": 1,}', "1 2", "--1", "[" + "[".repeat(2000) + "]".repeat(2001), '{"a":'.repeat(1000) + "1" + "}".repeat(1000),
    ),
  },
  { weight: 2, arbitrary: textValue.map((s) => JSON.stringify(s)) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 12 }) },
);

/** The fixture's site.json, which the fuzz folder starts from. */
const siteBase = JSON.parse(fs.readFileSync(path.join(FIXTURE_ARCHIVE, SITE), "utf8")) as Record<string, unknown>;

const SENTINEL = '"FUZZ_SENTINEL_VALUE"';

/** site.json text with the value at `at` changed: JSON.stringify of a value, or raw text. */
const siteChange = (at: FieldPath) =>
  fc.oneof(
    {
      weight: 3,
      arbitrary: fc.tuple(fc.oneof(anyValue, hintedValue(at, false), fc.constant(undefined)), fc.constantFrom(undefined, 1, 2, "\t")).map(([value, indent]) =>
        JSON.stringify(setIn(siteBase, at, value), (_, v: unknown) => (typeof v === "bigint" ? Number(v) : v), indent),
      ),
    },
    {
      weight: 2,
      arbitrary: rawJsonValue.map((raw) => JSON.stringify(setIn(siteBase, at, "FUZZ_SENTINEL_VALUE"), null, 2).replace(SENTINEL, () => raw)),
    },
  );

function fuzzSite(name: string, texts: fc.Arbitrary<string>, runs: number): void {
  fc.assert(
    fc.property(texts, (text) => {
      checkChange(folder, SITE, text);
    }),
    params(name, runs),
  );
}

describe("site.json", () => {
  test("the base site.json sets every key", () => {
    expect(Object.keys(siteBase).sort()).toEqual([...SITE_KEYS].sort());
  });

  for (const key of SITE_KEYS) {
    test(`${key}: any value`, () => fuzzSite(`site ${key}`, siteChange([key]), 120));
  }

  test("an extra key with any value", () => {
    fuzzSite("site extra key", fc.tuple(keyValue, anyValue).chain(([key]) => siteChange([key])), 150);
  });

  test("the whole file: any JSON value", () => {
    fuzzSite("site any json", fc.oneof(anyValue.map((v) => JSON.stringify(v, (_, x: unknown) => (typeof x === "bigint" ? String(x) : x)) ?? ""), rawJsonValue), 150);
  });

  test("any JSON layout of the valid settings is accepted (whitespace, key order, escapes)", () => {
    const ws = fc.array(fc.constantFrom(" ", "\t", "\n", "\r\n", "\r"), { maxLength: 3 }).map((a) => a.join(""));
    const escapeKey = (key: string, how: number) =>
      how === 0 ? JSON.stringify(key) : `"${[...key].map((c, i) => (i % how === 0 ? `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}` : c)).join("")}"`;
    const texts = fc
      .tuple(fc.shuffledSubarray(SITE_KEYS, { minLength: SITE_KEYS.length }), fc.array(ws, { minLength: 40, maxLength: 40 }), fc.nat(3), fc.boolean())
      .map(([keys, spaces, how, bom]) => {
        let i = 0;
        const s = () => spaces[i++ % spaces.length]!;
        const members = keys.map((k) => `${s()}${escapeKey(k, how)}${s()}:${s()}${JSON.stringify(siteBase[k])}${s()}`);
        return `${bom ? "\uFEFF" : ""}${s()}{${members.join(",")}}${s()}`;
      });
    fc.assert(
      fc.property(texts, (text) => {
        expect(JSON.parse(text.replace(/^\uFEFF/, ""))).toEqual(siteBase);
        expect(checkChange(folder, SITE, text).errors, `valid JSON refused:\n${text}`).toEqual([]);
      }),
      params("site layout", 150),
    );
  });

  test("regression: bare CR line ends are JSON white space", () => {
    // Bare CR is white space in JSON, but the YAML parser that gives the
    // positions did not break lines at it: `"pageSize":\r2` was the text "\r2"
    // (wrong-type) and `{\r"title": ...}` an unknown key `\r"title"`.
    const original = fs.readFileSync(path.join(FIXTURE_ARCHIVE, SITE), "utf8");
    for (const text of [
      original.replace(/\n/g, "\r"),
      original.replace(/\n/g, "\r\n"),
      `\r${original}`,
      '{"title":"T",\r"url":"https://t.example",\r"pageSize":\r2}',
      '\r{"url":"https://fixture.example/","title":"Fixture Gazette <Archive>","description":"A small archive for tests & checks.","timeZone":"Asia/Seoul","language":"en","pageSize":2}',
    ]) {
      expect(checkChange(folder, SITE, text).errors, JSON.stringify(text)).toEqual([]);
    }
  });
});

