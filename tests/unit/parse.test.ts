import { describe, expect, test } from "vitest";
import { parseFrontMatter } from "../../src/parse/front-matter.ts";
import { didYouMean, editDistance } from "../../src/validate/did-you-mean.ts";
import { fieldName } from "../../src/validate/schema-issues.ts";

describe("front matter", () => {
  const file = parseFrontMatter("---\ntitle: x\ndate: 2025-13-45\npeople:\n  - A\n  - B\nquotes:\n  - text: hi\n    speaker: Z\ndraft: \"false\"\nempty:\n---\nThe body\n");

  test("YAML 1.2 core schema: dates and quoted booleans stay text", () => {
    expect(file.document.data).toEqual({
      title: "x",
      date: "2025-13-45",
      people: ["A", "B"],
      quotes: [{ text: "hi", speaker: "Z" }],
      draft: "false",
      empty: null,
    });
    expect(file.body).toBe("The body\n");
  });

  test("every value has its file line", () => {
    expect(file.document.lineOf(["date"])).toBe(3);
    expect(file.document.lineOf(["people", 1])).toBe(6);
    expect(file.document.lineOf(["quotes", 0, "speaker"])).toBe(9);
    expect(file.document.lineOf(["empty"])).toBe(11);
    // A missing key points at the deepest part that exists.
    expect(file.document.lineOf(["quotes", 0, "role"])).toBe(8);
    expect(file.document.existingDepth(["quotes", 0, "role"])).toBe(2);
  });

  test("syntax errors and repeated keys have lines", () => {
    const broken = parseFrontMatter("---\ntitle: x\ntitle: y\nfoo: [a\n---\n");
    expect(broken.document.syntaxErrors.map((e) => e.line)).toEqual([3, 4]);
    expect(broken.document.data).toBeUndefined();
  });

  test("a file without front matter, and a byte-order mark", () => {
    expect(parseFrontMatter("Just text").hasFrontMatter).toBe(false);
    expect(parseFrontMatter("\uFEFF---\ntitle: x\n---\n").document.data).toEqual({ title: "x" });
  });

  test("alias bombs are refused, not expanded", () => {
    const bomb = ["a: &a [x, x, x, x, x, x, x, x, x, x]", ...Array.from({ length: 12 }, (_, i) => `${"b".repeat(i + 1)}: &${"b".repeat(i + 1)} [${Array(10).fill(i === 0 ? "*a" : `*${"b".repeat(i)}`).join(", ")}]`)];
    const parsed = parseFrontMatter(`---\n${bomb.join("\n")}\n---\n`);
    expect(parsed.document.syntaxErrors.length).toBeGreaterThan(0);
  });
});

describe("did you mean", () => {
  const fields = ["title", "date", "updated", "summary", "source", "organisations", "people", "topics", "places"];
  test.each([
    ["organizations", "organisations"],
    ["Title", "title"],
    ["tittle", "title"],
    ["dtae", "date"],
    ["place", "places"],
    ["sumary", "summary"],
  ])("%s -> %s", (typo, known) => expect(didYouMean(typo, fields)).toBe(known));

  test("nothing close, no suggestion", () => {
    expect(didYouMean("weather", fields)).toBeUndefined();
    expect(didYouMean("x", fields)).toBeUndefined();
  });

  test("adjacent swaps count as one edit", () => {
    expect(editDistance("dtae", "date")).toBe(1);
    expect(editDistance("kitten", "sitting")).toBe(3);
  });
});

test("field names: list positions in brackets, object keys with dots", () => {
  expect(fieldName(["quotes", 0, "speaker"])).toBe("quotes[0].speaker");
  expect(fieldName(["source", "url"])).toBe("source.url");
  expect(fieldName([])).toBe("front matter");
});

test("ownCopy gives the same text back, whatever its characters", async () => {
  const { ownCopy } = await import("../../src/parse/utf8.ts");
  const file = "---\ntitle: Лена and 김민준 say “no” — and 😀\n---\nBody";
  const title = file.slice(11, file.indexOf("\n---"));
  expect(ownCopy(title)).toBe("Лена and 김민준 say “no” — and 😀");
  expect(ownCopy("")).toBe("");
});

describe("sharedUtf8Bytes", () => {
  test("gives each text's bytes back, side by side in shared slabs, whatever its characters and size", async () => {
    const { sharedUtf8Bytes, utf8Text } = await import("../../src/parse/utf8.ts");
    // Enough texts to fill several slabs, some of them three bytes per character (the most a slab reserves).
    const texts = Array.from({ length: 3000 }, (_, i) => `${i} Лена and 김민준 say “no” — and 😀 `.repeat(1 + (i % 300)));
    texts.push("", "x".repeat(3 * 2 ** 20), "한".repeat(2 ** 20));
    const held = texts.map(sharedUtf8Bytes);
    held.forEach((bytes, i) => {
      expect(bytes.buffer).toBeInstanceOf(SharedArrayBuffer);
      expect(utf8Text(bytes)).toBe(texts[i]);
      expect(bytes.length).toBe(Buffer.byteLength(texts[i]!));
    });
    expect(new Set(held.map((bytes) => bytes.buffer)).size).toBeGreaterThan(2);
  });

  test("sent to another thread, the bytes are shared, not copied", async () => {
    const { sharedUtf8Bytes } = await import("../../src/parse/utf8.ts");
    const { MessageChannel } = await import("node:worker_threads");
    const bytes = sharedUtf8Bytes("abc");
    const { port1, port2 } = new MessageChannel();
    const received = new Promise<Uint8Array>((resolve) => port2.once("message", resolve));
    port1.postMessage(bytes);
    const copy = await received;
    port1.close();
    bytes[0] = "z".charCodeAt(0);
    expect(Buffer.from(copy).toString()).toBe("zbc");
  });
});
