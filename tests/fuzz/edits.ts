/**
 * Edits of whole files for the syntax fuzz tests. Positions are fractions of
 * the length, so one edit applies to any file; positional edits land inside
 * the front matter (between the --- lines) unless their scope is the whole
 * file, so that most edited files still have a front matter block to parse.
 */
import fc from "fast-check";
import { stringify } from "yaml";
import { anyValue, rawYamlValue, textValue } from "./harness.ts";

type Scope = { scope: "front matter" | "file" };

export type Edit =
  | { kind: "bom" | "crlf" | "cr" | "trailing-space" | "no-final-newline" }
  | { kind: "truncate"; at: number }
  | ({ kind: "tabs" | "duplicate-line" | "delete-line" | "reindent"; at: number; n: number } & Scope)
  | ({ kind: "swap-lines"; at: number; to: number } & Scope)
  | ({ kind: "insert" | "replace-line"; at: number; text: string } & Scope)
  | ({ kind: "delete-range"; at: number; n: number } & Scope)
  | { kind: "opening" | "closing"; text: string }
  | { kind: "front-matter"; text: string };

export const fraction = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });
const scope = fc.constantFrom<Scope["scope"]>("front matter", "front matter", "front matter", "file");

/** Text to insert: YAML syntax, values, markers and control characters. */
export const insertion: fc.Arbitrary<string> = fc.oneof(
  rawYamlValue,
  textValue,
  fc.constantFrom("\n", "---\n", "\n---\n", "...\n", "#", ":", ": ", "- ", "  ", "\t", "\u0000", "\uFEFF", "\r", "key: value\n", "title: again\n", "name: again\n", "&a ", "*a", "!!str "),
);

export function editOf(text: fc.Arbitrary<string>): fc.Arbitrary<Edit> {
  return fc.oneof(
    { weight: 2, arbitrary: fc.constantFrom<Edit>({ kind: "bom" }, { kind: "crlf" }, { kind: "cr" }, { kind: "trailing-space" }, { kind: "no-final-newline" }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant("truncate" as const), at: fraction }) },
    {
      weight: 4,
      arbitrary: fc.record({ kind: fc.constantFrom("tabs", "duplicate-line", "delete-line", "reindent" as const), at: fraction, n: fc.integer({ min: -3, max: 4 }), scope }),
    },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant("swap-lines" as const), at: fraction, to: fraction, scope }) },
    { weight: 4, arbitrary: fc.record({ kind: fc.constantFrom("insert", "replace-line" as const), at: fraction, text, scope }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant("delete-range" as const), at: fraction, n: fc.integer({ min: 1, max: 40 }), scope }) },
  );
}

/** Edits of Markdown files: the above, plus broken --- lines and arbitrary front matter. */
export const edit: fc.Arbitrary<Edit> = fc.oneof(
  { weight: 6, arbitrary: editOf(insertion) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constantFrom("opening", "closing" as const),
      text: fc.constantFrom("", "--", "----", " ---", "---\t", "--- x", "---x", "+++", "***", "— —", "---\r", "---\u00A0"),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant("front-matter" as const),
      text: fc.oneof(
        fc.string({ unit: "binary", maxLength: 60 }),
        fc.string({ unit: "grapheme", maxLength: 60 }),
        rawYamlValue,
        anyValue.map((v) => stringify(v)),
        fc.constantFrom(
          "", "\n", "~", "null", "[]", "{}", "- a\n- b", "just text", "%YAML 1.2\n---\ntitle: x", "%YAML 1.1\n---\ntitle: x",
          "%TAG ! tag:x,2000:\n---\n!a b", "a: 1\n---\nb: 2", "a: 1\n...\n", "&a a: *a", "? [a, b]\n: c", "? {a: 1}\n: c",
        ),
      ),
    }),
  },
);

function lineIndex(lines: string[], at: number): number {
  return Math.min(lines.length - 1, Math.floor(at * lines.length));
}

/** The front matter's span in a Markdown file (after the opening line, before the closing ---), else the whole text. */
function frontMatterSpan(text: string): [number, number] {
  const open = text.indexOf("\n");
  const close = open < 0 ? -1 : text.indexOf("\n---", open);
  return open < 0 || close < 0 ? [0, text.length] : [open + 1, close + 1];
}

export function applyEdit(text: string, e: Edit): string {
  if ("scope" in e && e.scope === "front matter") {
    const [start, end] = frontMatterSpan(text);
    return text.slice(0, start) + applyEdit(text.slice(start, end), { ...e, scope: "file" }) + text.slice(end);
  }
  const lines = text.split("\n");
  switch (e.kind) {
    case "bom":
      return `\uFEFF${text}`;
    case "crlf":
      return text.replace(/\n/g, "\r\n");
    case "cr":
      return text.replace(/\n/g, "\r");
    case "trailing-space":
      return text.replace(/\n/g, " \t\n");
    case "no-final-newline":
      return text.replace(/\n+$/, "");
    case "truncate":
      return text.slice(0, Math.floor(e.at * text.length));
    case "tabs": {
      const i = lineIndex(lines, e.at);
      lines[i] = lines[i]!.replace(/^ +/, (s) => "\t".repeat(Math.max(1, Math.ceil(s.length / 2)))) || `\t${lines[i]}`;
      return lines.join("\n");
    }
    case "duplicate-line": {
      const i = lineIndex(lines, e.at);
      lines.splice(i, 0, ...Array<string>(Math.max(1, e.n)).fill(lines[i]!));
      return lines.join("\n");
    }
    case "delete-line":
      lines.splice(lineIndex(lines, e.at), Math.max(1, e.n));
      return lines.join("\n");
    case "reindent": {
      const i = lineIndex(lines, e.at);
      lines[i] = e.n >= 0 ? " ".repeat(e.n) + lines[i] : lines[i]!.slice(Math.min(-e.n, /^ */.exec(lines[i]!)![0].length));
      return lines.join("\n");
    }
    case "swap-lines": {
      const [i, j] = [lineIndex(lines, e.at), lineIndex(lines, e.to)];
      [lines[i], lines[j]] = [lines[j]!, lines[i]!];
      return lines.join("\n");
    }
    case "insert": {
      const at = Math.floor(e.at * text.length);
      return text.slice(0, at) + e.text + text.slice(at);
    }
    case "replace-line":
      lines[lineIndex(lines, e.at)] = e.text;
      return lines.join("\n");
    case "delete-range": {
      const at = Math.floor(e.at * text.length);
      return text.slice(0, at) + text.slice(at + e.n);
    }
    case "opening":
      return text.replace(/^---/, () => e.text);
    case "closing": {
      const close = text.indexOf("\n---", 3);
      return close < 0 ? text : text.slice(0, close + 1) + e.text + text.slice(close + 4);
    }
    case "front-matter": {
      const close = text.indexOf("\n---", 3);
      return close < 0 ? text : `---\n${e.text}${text.slice(close)}`;
    }
  }
}
