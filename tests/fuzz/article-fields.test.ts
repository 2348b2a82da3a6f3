/**
 * Fuzzed article front matter: every field of the article schema, nested
 * ones included (`quotes[0].speaker`, `figures[0].value`, `image.src`,
 * `corrections[0].date`, `source.url`, ...), gets arbitrary YAML values in
 * an otherwise valid article of the fixture archive. Each build is either
 * accepted or refused with content errors that name the article and a field;
 * it never throws.
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { stringify } from "yaml";
import { articleSchema, correctionSchema, figureSchema, imageSchema, quoteSchema } from "../../src/schema/article.ts";
import {
  anyValue,
  buildInMemory,
  checkChange,
  EVERY_FIELD_ARTICLE,
  EVERY_FIELD_TEXT,
  fieldChange,
  useFuzzFolder,
  hintedValue,
  keyValue,
  markdown,
  ODD_BUT_VALID,
  params,
  pathName,
  pathsOf,
  setIn,
  shapedValue,
  splitMarkdown,
  yamlWithChange,
  type FieldPath,
} from "./harness.ts";

const RUNS_PER_FIELD = 40;

const folder = useFuzzFolder(import.meta.url);

/** The keys of the object at (or the objects listed at) a path of the base article. */
function keysAt(data: unknown): string[] {
  const item = Array.isArray(data) ? data[0] : data;
  return item !== null && typeof item === "object" && !Array.isArray(item) ? Object.keys(item) : [];
}

function valueAt(data: unknown, at: FieldPath): unknown {
  return at.reduce<unknown>((v, k) => (v as Record<string | number, unknown> | undefined)?.[k], data);
}

const base = splitMarkdown(EVERY_FIELD_TEXT);

/** The fields of `source` written as an object (the schema wraps it in a preprocess). */
const sourceObjectShape = { name: 0, url: 0, author: 0 };

const PATHS = pathsOf(base.data);

function fuzzField(at: FieldPath, runs: number, include?: { drafts: boolean; future: boolean }): void {
  const here = valueAt(base.data, at);
  const keys = keysAt(here);
  const values = fc.oneof(anyValue, keys.length > 0 ? shapedValue(keys) : hintedValue(at, Array.isArray(here)));
  const texts = fieldChange(values).map((change) => markdown(yamlWithChange(base.data, at, change), base.body));
  fc.assert(
    fc.property(texts, (text) => {
      checkChange(folder, EVERY_FIELD_ARTICLE, text, { named: true, include });
    }),
    params(`article ${pathName(at)}${include ? " (drafts, future)" : ""}`, runs),
  );
}

describe("article fields", () => {
  test("the base archive is valid", () => {
    expect(buildInMemory(folder.dir).errors).toEqual([]);
  });

  test("odd but valid values in every field are accepted, with drafts and future articles or without", () => {
    expect(checkChange(folder, EVERY_FIELD_ARTICLE, ODD_BUT_VALID).errors).toEqual([]);
    expect(checkChange(folder, EVERY_FIELD_ARTICLE, ODD_BUT_VALID, { include: { drafts: true, future: true } }).errors).toEqual([]);
  });

  test("every field of the article schema, nested ones included, is in the every-field article", () => {
    const names = new Set(PATHS.map((p) => p.filter((k) => typeof k === "string").join(".")));
    const wanted = [
      ...Object.keys(articleSchema.shape),
      ...Object.keys(sourceObjectShape).map((k) => `source.${k}`),
      ...Object.keys(quoteSchema.shape).map((k) => `quotes.${k}`),
      ...Object.keys(figureSchema.shape).map((k) => `figures.${k}`),
      ...Object.keys(imageSchema.shape).map((k) => `image.${k}`),
      ...Object.keys(correctionSchema.shape).map((k) => `corrections.${k}`),
    ];
    expect(wanted.filter((name) => !names.has(name))).toEqual([]);
  });

  for (const at of PATHS) {
    test(`${pathName(at)}: any value`, () => fuzzField(at, RUNS_PER_FIELD));
  }

  // Dated in the future or a draft, an article is held back and has no pages; with
  // --drafts and --future the same values reach every view.
  for (const at of [["date"], ["updated"], ["corrections", 0, "date"], ["draft"], ["slug"], ["redirectFrom", 0]] as FieldPath[]) {
    test(`${pathName(at)}: any value, with drafts and future articles built`, () => fuzzField(at, RUNS_PER_FIELD, { drafts: true, future: true }));
  }

  test("an extra key with any value, at any level", () => {
    const objects = [[], ...PATHS.filter((p) => keysAt(valueAt(base.data, p)).length > 0 && !Array.isArray(valueAt(base.data, p)))] as FieldPath[];
    const texts = fc
      .tuple(fc.constantFrom(...objects), keyValue, fieldChange(anyValue))
      .map(([at, key, change]) => markdown(yamlWithChange(base.data, [...at, key], change), base.body));
    fc.assert(
      fc.property(texts, (text) => {
        checkChange(folder, EVERY_FIELD_ARTICLE, text);
      }),
      params("article extra key", 200),
    );
  });

  test("several fields at once", () => {
    const texts = fc
      .array(fc.tuple(fc.constantFrom(...PATHS), anyValue), { minLength: 2, maxLength: 6 })
      .map((changes) => {
        let data: unknown = base.data;
        for (const [at, value] of changes) data = setIn(data, at, value);
        return markdown(stringify(data), base.body);
      });
    fc.assert(
      fc.property(texts, (text) => {
        checkChange(folder, EVERY_FIELD_ARTICLE, text);
      }),
      params("article several fields", 200),
    );
  });
});
