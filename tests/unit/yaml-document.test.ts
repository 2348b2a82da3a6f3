import { describe, expect, test } from "vitest";
import { mayReadQuickly, parsePositioned, parseWithYaml } from "../../src/parse/yaml-document.ts";

describe("YAML read quickly; lines from `yaml` when asked", () => {
  test("an ordinary front matter is read quickly; its lines are found when asked", () => {
    const text = [
      "title: Xi's visit – “talks” & more #1",
      "date: 2025-03-01T09:30",
      "source: Signal & Noise",
      "summary: >",
      "  Two lines",
      "  folded.",
      "people:",
      "  - Ana Müller",
      '  - "Ким, Юлия"',
      "quotes:",
      "  - text: 'It''s done.'",
      "    speaker: Ana Müller",
      "figures:",
      "  - value: 17000000",
      "    label: shortfall",
      "",
    ].join("\n");
    expect(mayReadQuickly(text)).toBe(true);
    const doc = parsePositioned(text, 2);
    expect(doc.syntaxErrors).toEqual([]);
    expect(doc.data).toEqual(parseWithYaml(text).data);
    expect(doc.lineOf(["quotes", 0, "speaker"])).toBe(13);
    expect(doc.existingDepth(["people", 5])).toBe(1);
  });

  test("core schema scalars as `yaml` resolves them, not as js-yaml's own schema", () => {
    const doc = parsePositioned("a: 0b101\nb: 0o17\nc: 0x1F\nd: 1_000\ne: +.5\nf: .inf\ng: ~\nh: yes\ni: 2025-01-02\nj: 1e3\nk: 1.\n");
    expect(doc.data).toEqual({ a: "0b101", b: 15, c: 31, d: "1_000", e: 0.5, f: Infinity, g: null, h: "yes", i: "2025-01-02", j: 1000, k: 1 });
    expect(doc.data).toEqual(parseWithYaml("a: 0b101\nb: 0o17\nc: 0x1F\nd: 1_000\ne: +.5\nf: .inf\ng: ~\nh: yes\ni: 2025-01-02\nj: 1e3\nk: 1.\n").data);
  });

  test("errors are `yaml`'s, with their lines", () => {
    const doc = parsePositioned("a: 1\na: 2\nb: [x\n", 2);
    expect(doc.data).toBeUndefined();
    expect(doc.syntaxErrors).toEqual(parseWithYaml("a: 1\na: 2\nb: [x\n", 2).syntaxErrors);
    expect(doc.syntaxErrors.map((e) => e.line)).toEqual(parseWithYaml("a: 1\na: 2\nb: [x\n").syntaxErrors.map((e) => e.line + 1));
  });
});
