import fs from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { ROOT } from "../helpers/cli.ts";

/**
 * The stylesheet's colours meet WCAG AA in both schemes: text 4.5:1 on the
 * paper and on the tint (fact boxes, corrections), the accent (links, chart
 * bars) and the focus ring 3:1 at least (and 4.5:1, as links are text).
 */
const css = fs.readFileSync(path.join(ROOT, "layouts/assets/site.css"), "utf8");

/** The colour custom properties (`--name: #rrggbb`) of the first block after `marker`. */
function palette(marker: RegExp): Record<string, string> {
  const start = css.search(marker);
  expect(start).toBeGreaterThanOrEqual(0);
  const block = css.slice(start, css.indexOf("}", css.indexOf(":root", start)));
  return Object.fromEntries([...block.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})\b/gi)].map((m) => [m[1]!, m[2]!.toLowerCase()]));
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

const schemes = {
  light: palette(/\/\* === Tokens === \*\//),
  dark: palette(/@media \(prefers-color-scheme: dark\)/),
};

test("the contrast formula matches WCAG's reference values", () => {
  expect(contrast("#000000", "#ffffff")).toBeCloseTo(21, 5);
  expect(contrast("#767676", "#ffffff")).toBeCloseTo(4.54, 2);
});

describe.each(Object.entries(schemes))("%s scheme", (_name, colours) => {
  test("defines every colour the design uses", () => {
    expect(Object.keys(colours).sort()).toEqual(["accent", "focus", "mark", "muted", "paper", "rule", "rule-strong", "text", "text-2", "tint"]);
  });

  test.each(["text", "text-2", "muted", "accent", "focus"])("%s is at least 4.5:1 on the paper and on the tint", (name) => {
    expect(contrast(colours[name]!, colours.paper!)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(colours[name]!, colours.tint!)).toBeGreaterThanOrEqual(4.5);
  });

  test("text on a highlight, and the paper on text (the skip link, the current page), are at least 4.5:1", () => {
    expect(contrast(colours.text!, colours.mark!)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(colours.paper!, colours.text!)).toBeGreaterThanOrEqual(4.5);
  });

  test("strong rules (headings' rules, fact boxes' tops) are at least 3:1 on the paper", () => {
    expect(contrast(colours["rule-strong"]!, colours.paper!)).toBeGreaterThanOrEqual(3);
  });
});
