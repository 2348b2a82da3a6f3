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

/**
 * Parses YAML 1.2 with the core schema: no timestamp type, so dates stay
 * strings and are checked by our own date parser (`2025-13-45` is an error,
 * never a date in 2026). `firstLine` is the file line of the text's line 1.
 */
export function parsePositioned(text: string, firstLine = 1): PositionedDocument {
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
