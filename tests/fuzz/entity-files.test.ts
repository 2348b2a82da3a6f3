/**
 * Fuzzed entity files: every entity field, in entity files of four
 * taxonomies that articles name (so a changed name, alias or slug reaches the
 * cross-file checks), gets arbitrary YAML values. Each build is either
 * accepted or refused with content errors that name the changed file (or
 * mention it, for a clash reported on the other file) and a field; it never
 * throws.
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { entitySchema } from "../../src/schema/entity.ts";
import {
  anyValue,
  ENTITY_FILES,
  checkChange,
  fieldChange,
  useFuzzFolder,
  hintedValue,
  keyValue,
  markdown,
  params,
  pathName,
  shapedValue,
  splitMarkdown,
  yamlWithChange,
  type FieldPath,
} from "./harness.ts";

const folder = useFuzzFolder(import.meta.url);

// ---------------------------------------------------------------------------
// Entity files

const ENTITY_TARGETS = Object.keys(ENTITY_FILES);
const ENTITY_BASES = Object.fromEntries(ENTITY_TARGETS.map((file) => [file, splitMarkdown(ENTITY_FILES[file]!)]));
const ENTITY_PATHS: FieldPath[] = [...Object.keys(entitySchema.shape).map((k) => [k]), ["aliases", 0], ["aliases", 1]];

describe("entity files", () => {
  test("the base entity files set every field", () => {
    for (const { data } of Object.values(ENTITY_BASES)) expect(Object.keys(data).sort()).toEqual(Object.keys(entitySchema.shape).sort());
  });

  for (const at of ENTITY_PATHS) {
    test(`${pathName(at)}: any value, in an entity file of each taxonomy`, () => {
      const list = at[0] === "aliases" && at.length === 1;
      const values = fc.oneof(anyValue, hintedValue(at, list), ...(list ? [shapedValue([])] : []));
      const cases = fc.tuple(fc.constantFrom(...ENTITY_TARGETS), fieldChange(values)).map(([file, change]) => {
        const { data, body } = ENTITY_BASES[file]!;
        return { file, text: markdown(yamlWithChange(data, at, change), body) };
      });
      fc.assert(
        fc.property(cases, ({ file, text }) => {
          checkChange(folder, file, text);
        }),
        params(`entity ${pathName(at)}`, 60),
      );
    });
  }

  test("an extra key with any value", () => {
    const cases = fc.tuple(fc.constantFrom(...ENTITY_TARGETS), keyValue, fieldChange(anyValue)).map(([file, key, change]) => {
      const { data, body } = ENTITY_BASES[file]!;
      return { file, text: markdown(yamlWithChange(data, [key], change), body) };
    });
    fc.assert(
      fc.property(cases, ({ file, text }) => {
        checkChange(folder, file, text);
      }),
      params("entity extra key", 100),
    );
  });
});

