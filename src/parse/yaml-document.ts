import jsYaml from "js-yaml";
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from "yaml";

export type FieldPath = readonly (string | number)[];

/**
 * A parsed YAML (or JSON) document that remembers where every value stands,
 * so that an error about `quotes[1].speaker` can name its line.
 */
export interface PositionedDocument {
  /** The plain data; `undefined` when the text had syntax errors. */
  data: unknown;
  /** Syntax errors: 1-based line and message. */
  syntaxErrors: { line: number; message: string }[];
  /**
   * The line of the value at `path`, or of the deepest part of the path that
   * exists; `lineOffset` is added.
   */
  lineOf(path: FieldPath): number | undefined;
  /** How much of `path` exists in the document (for naming the field). */
  existingDepth(path: FieldPath): number;
}

/** True for YAML data that is a mapping (a JSON object): not null, a list or a scalar. */
export function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Parses YAML 1.2 with the core schema: no timestamp type, so dates stay
 * strings and are checked by our own date parser (`2025-13-45` is an error,
 * never a date in 2026). `firstLine` is the file line of the text's line 1.
 *
 * `yaml` is the reference: it gives every error and the position of every
 * value. It is also slow (~0.14 ms per article's front matter, most of it
 * in its lexer), and nearly every file is valid and needs no line at all.
 * So the data of a plain document is read by js-yaml (~10x faster) with a
 * schema that resolves scalars exactly as `yaml`'s core schema does
 * (`CORE_SCALARS`), and `yaml` runs only when a line is asked for, when
 * js-yaml refuses the text (its errors are then `yaml`'s), or when the text
 * uses what the two might read differently (`mayReadQuickly`).
 */
export function parsePositioned(text: string, firstLine = 1): PositionedDocument {
  const quick = mayReadQuickly(text) ? quickData(text) : undefined;
  if (quick === undefined) return parseWithYaml(text, firstLine);
  let full: PositionedDocument | undefined;
  const positions = () => (full ??= parseWithYaml(text, firstLine));
  return {
    data: quick.data,
    syntaxErrors: [],
    lineOf: (path) => positions().lineOf(path),
    existingDepth: (path) => positions().existingDepth(path),
  };
}

/** False when the text uses what js-yaml and `yaml` might read differently: `yaml` then reads it. */
export function mayReadQuickly(text: string): boolean {
  return !ASK_YAML.test(text) && !INDENTED_START.test(text) && !hasOpenQuote(text);
}

/** The data as js-yaml reads it, or `undefined` when it refuses the text. */
function quickData(text: string): { data: unknown } | undefined {
  try {
    // An empty document is null in `yaml`, `undefined` in js-yaml.
    return { data: jsYaml.load(text, { schema: CORE_SCALARS }) ?? null };
  } catch {
    return undefined;
  }
}

/**
 * What js-yaml is not trusted to read as `yaml` does, so `yaml` reads it
 * (each was found by tests/fuzz/yaml-quick.test.ts):
 * - tabs (js-yaml takes some as indentation, which YAML forbids), lone
 *   carriage returns (line breaks to js-yaml only), a byte-order mark;
 * - a `:` more than 1,000 characters into a line (`yaml` refuses keys of
 *   more than 1,024);
 * - block scalars with an indentation indicator (`|2`);
 * - flow collections (`[`, `{`) that go on past their line (js-yaml does
 *   not hold their lines to their key's indentation), hold another one
 *   (`{{ title }}`: js-yaml makes the key `[object Object]`), or are keys;
 * - a comment right after a collection or a quote (`[]#`), which `yaml`
 *   refuses;
 * - tags (`!`), anchors (`&x`), aliases (`*x`), directives (`%`),
 *   document markers (`---`, `...`) and complex keys (`? `);
 * - null keys (`~:`, `null:`), which `yaml` makes `""` and js-yaml `"null"`.
 * An indicator inside quoted text ("Wow !") sends a file here too,
 * harmlessly: it is only slower.
 */
const ASK_YAML = /[\t\r\uFEFF]|^(?:---|\.\.\.)|^[^\n]{1000,}?:(?:\s|$)|[|>][-+]?[1-9]|[[{][^\n\]}]*(?:$|[[{])|[\]}][ ]*:(?:\s|$)|[\]}"']#|(?:^|[\s[\]{},])(?:!|[&*][^\s,[\]{}])|^%|(?:^|[\s[{,])\?(?:\s|$)|(?:^|[\s[{,])(?:~|null|Null|NULL)?:(?:\s|$)/m;

/** A document whose first line of content is indented: js-yaml lets a later line be indented less. */
const INDENTED_START = /^(?:[ ]*(?:#.*)?\n)*[ ]+[^\s#]/;

/** A quote that opens a scalar: at a line's start, or after `- `, `: `, `[`, `{` or `,`. */
const OPENING_QUOTE = /(?:^|[-:[{,])[ ]*(["'])/gm;

/**
 * True when a quoted scalar goes on past its line. js-yaml reads the next
 * lines as its continuation however they are indented; `yaml`, as YAML
 * says, refuses those not indented past their key.
 */
function hasOpenQuote(text: string): boolean {
  OPENING_QUOTE.lastIndex = 0;
  for (let match = OPENING_QUOTE.exec(text); match; match = OPENING_QUOTE.exec(text)) {
    const quote = match[1]!;
    let i = match.index + match[0].length;
    for (; i < text.length && text[i] !== "\n"; i++) {
      // An escape skips the next character, but an escaped line break still ends the line.
      if (quote === '"' && text[i] === "\\" && text[i + 1] !== "\n") i++;
      else if (text[i] === quote) {
        if (quote === "'" && text[i + 1] === "'") i++;
        else break;
      }
    }
    if (i >= text.length || text[i] === "\n") return true;
    OPENING_QUOTE.lastIndex = i + 1;
  }
  return false;
}

/** One scalar type of `yaml`'s core schema (yaml/dist/schema/core), for js-yaml. */
function coreType(tag: string, forms: { test: RegExp; value: (text: string) => unknown }[]): jsYaml.Type {
  const formOf = (text: string) => forms.find((form) => form.test.test(text));
  return new jsYaml.Type(`tag:yaml.org,2002:${tag}`, {
    kind: "scalar",
    resolve: (text: string | null) => formOf(text ?? "") !== undefined,
    construct: (text: string | null) => formOf(text ?? "")!.value(text ?? ""),
  });
}

/**
 * YAML 1.2's core schema as `yaml` 2 implements it: `~`, `null`, `Null`,
 * `NULL` and nothing are null; `true`/`True`/`TRUE` and the falses; decimal,
 * `0o` octal and `0x` hexadecimal integers; decimal and exponent floats,
 * `.inf` and `.nan`. Unlike js-yaml's own core schema: no `0b` binary, no
 * `_` in numbers, no `+.5`-only quirks, and no timestamps.
 */
const CORE_SCALARS = jsYaml.FAILSAFE_SCHEMA.extend({
  implicit: [
    coreType("null", [{ test: /^(?:~|[Nn]ull|NULL)?$/, value: () => null }]),
    coreType("bool", [{ test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/, value: (s) => s[0] === "t" || s[0] === "T" }]),
    coreType("int", [
      { test: /^0o[0-7]+$/, value: (s) => parseInt(s.slice(2), 8) },
      { test: /^[-+]?[0-9]+$/, value: (s) => parseInt(s, 10) },
      { test: /^0x[0-9a-fA-F]+$/, value: (s) => parseInt(s.slice(2), 16) },
    ]),
    coreType("float", [
      { test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/, value: (s) => (s.slice(-3).toLowerCase() === "nan" ? NaN : s[0] === "-" ? -Infinity : Infinity) },
      { test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/, value: parseFloat },
      { test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/, value: parseFloat },
    ]),
  ],
});

/** The document as `yaml` reads it: every error, and every value's line (the reference for `parsePositioned`). */
export function parseWithYaml(text: string, firstLine = 1): PositionedDocument {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, {
    lineCounter,
    // Problems are reported as content errors; the parser must not print its own warnings to standard error.
    logLevel: "error",
    version: "1.2",
    schema: "core",
    merge: false,
    uniqueKeys: true,
    strict: true,
    prettyErrors: false,
  });
  const offset = firstLine - 1;
  const syntaxErrors = doc.errors.map((e) => ({
    line: lineCounter.linePos(e.pos[0]).line + offset,
    message: e.message.split("\n")[0] ?? e.message,
  }));
  let data: unknown;
  if (syntaxErrors.length === 0) {
    try {
      data = doc.toJS({ maxAliasCount: 100 });
    } catch (e) {
      syntaxErrors.push({ line: firstLine, message: (e as Error).message });
    }
  }
  const nodeAt = (path: FieldPath): { node: Node | null; depth: number } => walk(doc, path);
  return {
    data,
    syntaxErrors,
    lineOf(path) {
      const { node } = nodeAt(path);
      const start = node?.range?.[0];
      if (start === undefined) return undefined;
      return lineCounter.linePos(start).line + offset;
    },
    existingDepth(path) {
      return nodeAt(path).depth;
    },
  };
}

function walk(doc: Document, path: FieldPath): { node: Node | null; depth: number } {
  let node: Node | null = (doc.contents as Node | null) ?? null;
  let depth = 0;
  for (const key of path) {
    let next: unknown;
    if (isMap(node)) {
      const pair = node.items.find((p) => (isScalar(p.key) ? p.key.value : p.key) === key);
      // A key with no value (`people:`) still has a position: its key.
      next = pair ? (pair.value ?? pair.key) : undefined;
    } else if (isSeq(node) && typeof key === "number") {
      next = node.items[key];
    }
    if (!next || typeof next !== "object") break;
    node = next as Node;
    depth += 1;
  }
  return { node, depth };
}
