import { describe, expect, test } from "vitest";
import { foldName, spelling } from "../../src/model/names.ts";
import { slugOf } from "../../src/model/slugs.ts";

describe("foldName", () => {
  test("case, white space and no-break spaces fold together", () => {
    expect(foldName("Chatham House")).toBe("chatham house");
    expect(foldName("  chatham   house ")).toBe("chatham house");
    expect(foldName("Chatham\u00A0House")).toBe("chatham house");
    expect(foldName("Chatham\tHouse")).toBe("chatham house");
  });

  test("typographic quotes and dashes fold to plain ones; a hyphen stays a different name", () => {
    expect(foldName("O’Brien")).toBe(foldName("O'Brien"));
    expect(foldName("“Wagner”")).toBe(foldName('"Wagner"'));
    expect(foldName("Russia–Ukraine war")).toBe(foldName("Russia-Ukraine war"));
    expect(foldName("Russia—Ukraine war")).toBe("russia-ukraine war");
    expect(foldName("Chatham-House")).not.toBe(foldName("Chatham House"));
  });

  test("Unicode NFC: composed and decomposed accents are one name", () => {
    expect(foldName("Société Générale")).toBe(foldName("Socie\u0301te\u0301 Ge\u0301ne\u0301rale"));
  });

  test("spelling keeps case but tidies white space", () => {
    expect(spelling("  Keir\u00A0 Giles ")).toBe("Keir Giles");
  });
});

describe("slugOf", () => {
  test.each([
    ["vladimir putin", "vladimir-putin"],
    ["владимир путин", "vladimir-putin"],
    ["société générale", "societe-generale"],
    ["안녕하세요", "annyeonghaseyo"],
    ["김정은", "gimjeongeun"],
    ["keir o'giles", "keir-o-giles"],
    ["straße", "strasse"],
    ["  --weird__name--  ", "weird-name"],
  ])("%s -> %s", (text, slug) => expect(slugOf(text)).toBe(slug));

  test("slugs are lower-case ASCII letters, digits and single hyphens", () => {
    for (const text of ["Ærø — Øresund", "習近平", "C++ & C#", "x".repeat(3)]) {
      expect(slugOf(text)).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
  });

  test("a name with nothing to transliterate gets a stable hash slug", () => {
    expect(slugOf("🙂")).toMatch(/^x[0-9a-f]{10}$/);
    expect(slugOf("🙂")).toBe(slugOf("🙂"));
    expect(slugOf("🙂")).not.toBe(slugOf("🙃"));
  });
});
