import fs from "node:fs";
import path from "node:path";
import type { z } from "zod";
import type { ContentError } from "../errors/catalogue.ts";
import { parseFrontMatter } from "../parse/front-matter.ts";
import { isMapping, type PositionedDocument } from "../parse/yaml-document.ts";
import { applySchema } from "./schema-issues.ts";

export type MarkdownFileResult<T> =
  | { ok: true; fields: T; body: string; doc: PositionedDocument }
  | { ok: false; errors: ContentError[] };

/** Reads one Markdown file with front matter and checks it against `schema`. */
export function validateMarkdownFile<S extends z.ZodType>(root: string, file: string, schema: S): MarkdownFileResult<z.output<S>> {
  const parsed = parseFrontMatter(fs.readFileSync(path.join(root, file), "utf8"));
  if (!parsed.hasFrontMatter) {
    return {
      ok: false,
      errors: [{ code: "front-matter-missing", file, line: 1, field: "front matter", message: "the file must start with a line of three hyphens (---), the fields, and another --- line" }],
    };
  }
  if (!parsed.closed) {
    return {
      ok: false,
      errors: [{ code: "front-matter-missing", file, line: 1, field: "front matter", message: "the --- on line 1 has no closing --- line after the fields; add one before the body" }],
    };
  }
  const doc = parsed.document;
  if (doc.syntaxErrors.length > 0) {
    return {
      ok: false,
      errors: doc.syntaxErrors.map((e) => ({ code: "yaml-syntax", file, line: e.line, field: "front matter", message: `is not valid YAML: ${e.message}` })),
    };
  }
  if (!isMapping(doc.data)) {
    return {
      ok: false,
      errors: [{ code: "not-a-mapping", file, line: 1, field: "front matter", message: "must be a list of fields, one `key: value` a line" }],
    };
  }
  const result = applySchema(schema, doc.data, file, doc);
  return result.ok ? { ok: true, fields: result.value, body: parsed.body, doc } : result;
}
