import type { z } from "zod";
import type { ContentError, ErrorCode } from "../errors/catalogue.ts";
import type { FieldPath, PositionedDocument } from "../parse/yaml-document.ts";
import { didYouMean } from "./did-you-mean.ts";

type Issue = z.core.$ZodIssue;
type RawIssue = z.core.$ZodRawIssue;

/**
 * Runs a schema over one file's data and turns every failure into content
 * errors with the file, line and field, in the words of the catalogue.
 */
export function applySchema<S extends z.ZodType>(
  schema: S,
  data: unknown,
  file: string,
  doc: PositionedDocument,
): { ok: true; value: z.output<S> } | { ok: false; errors: ContentError[] } {
  const result = schema.safeParse(data, { reportInput: true, error: messageFor });
  if (result.success) return { ok: true, value: result.data };
  const errors = result.error.issues.flatMap((issue) => toContentErrors(issue, schema, file, doc));
  return { ok: false, errors };
}

function toContentErrors(issue: Issue, schema: z.ZodType, file: string, doc: PositionedDocument): ContentError[] {
  if (issue.code === "unrecognized_keys") {
    const known = knownKeys(schema, issue.path);
    return issue.keys.map((key) => {
      const path = [...issue.path, key];
      const suggestion = didYouMean(key, known);
      const advice = suggestion ? `did you mean "${suggestion}"?` : `known fields here: ${known.join(", ")}`;
      return error("unknown-field", path, `is not a field the contract defines; ${advice}`);
    });
  }
  return [error(codeOf(issue), issue.path, issue.message)];

  function error(code: ErrorCode, rawPath: readonly PropertyKey[], message: string): ContentError {
    const path = rawPath.filter((p): p is string | number => typeof p !== "symbol");
    // A field inside a value that is not an object (`source: ""` checked as
    // `source.name`) is reported at the value the editor wrote.
    const missing = issue.code === "invalid_type" && issue.input === undefined;
    const depth = doc.existingDepth(path);
    const shown = missing && depth === path.length - 1 ? path : path.slice(0, Math.max(depth, 1));
    return { code, file, line: doc.lineOf(path) ?? 1, field: fieldName(shown.length ? shown : path), message };
  }
}

/** `quotes[0].speaker` from `["quotes", 0, "speaker"]`. */
export function fieldName(path: FieldPath): string {
  let name = "";
  for (const part of path) name += typeof part === "number" ? `[${part}]` : name ? `.${part}` : part;
  return name || "front matter";
}

function codeOf(issue: Issue): ErrorCode {
  switch (issue.code) {
    case "invalid_type":
      // `title:` with no value is YAML null: an empty required field.
      if (issue.input === undefined || issue.input === null) return "required";
      // zod refuses .inf/.nan (for number) and 2.5 (for int) as a type error,
      // but they are numbers the contract cannot use.
      if ((issue.expected === "number" || issue.expected === "int") && typeof issue.input === "number") return "invalid-number";
      return "wrong-type";
    case "too_small":
      if (issue.origin === "number" || issue.origin === "int") return "invalid-number";
      return "required";
    case "too_big":
      return issue.origin === "number" || issue.origin === "int" ? "invalid-number" : "too-long";
    case "invalid_value":
      return "invalid-choice";
    case "custom": {
      const code = (issue.params as { code?: ErrorCode } | undefined)?.code;
      return code ?? "wrong-type";
    }
    default:
      return "wrong-type";
  }
}

/** Editor-facing messages for zod's built-in checks. */
function messageFor(issue: RawIssue): string | undefined {
  const input = issue.input;
  switch (issue.code) {
    case "invalid_type":
      if (input === undefined) return "is required but missing";
      if (input === null) return "must not be empty";
      if (typeof input === "number" && (issue.expected === "number" || issue.expected === "int")) {
        return Number.isFinite(input) ? `must be a whole number, not ${input}` : "must be a finite number, not .inf or .nan";
      }
      return `${expectedText(String(issue.expected))}, not ${describe(input)}${typeHint(String(issue.expected), input)}`;
    case "too_small":
      if (issue.origin === "string") return "must not be empty";
      if (issue.origin === "array") return `must list at least ${String(issue.minimum)}`;
      return `must be at least ${String(issue.minimum)}, not ${describe(input)}`;
    case "too_big":
      if (issue.origin === "string" && typeof input === "string") {
        return `is ${input.length} characters long; the limit is ${String(issue.maximum)}`;
      }
      return `must be at most ${String(issue.maximum)}, not ${describe(input)}`;
    case "invalid_value":
      return `must be one of ${issue.values.map((v) => `"${String(v)}"`).join(", ")}, not ${describe(input)}`;
    default:
      return undefined;
  }
}

function expectedText(expected: string): string {
  switch (expected) {
    case "string":
      return "must be text";
    case "number":
    case "int":
      return "must be a number";
    case "boolean":
      return "must be true or false";
    case "array":
      return "must be a list";
    case "object":
      return "must be a set of fields (key: value)";
    default:
      return `must be ${expected}`;
  }
}

function typeHint(expected: string, input: unknown): string {
  if (expected === "boolean" && typeof input === "string") return ` (write true or false without quotes)`;
  if (expected === "string" && (typeof input === "number" || typeof input === "boolean")) {
    return ` (put it in quotes: "${String(input)}")`;
  }
  if ((expected === "number" || expected === "int") && typeof input === "string") {
    return " (write digits without quotes or thousands separators, e.g. 2000 or 1.5)";
  }
  if (expected === "array" && typeof input === "string") return ` (write a list: [${input}])`;
  return "";
}

function describe(value: unknown): string {
  if (value === null) return "empty";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "string") return `the text "${value.length > 60 ? `${value.slice(0, 57)}...` : value}"`;
  if (typeof value === "number") return Number.isInteger(value) || !Number.isFinite(value) ? `the number ${value}` : `the number ${value}`;
  if (typeof value === "boolean") return `${value}`;
  if (typeof value === "object") return "a set of fields";
  return String(value);
}

/** The field names an object schema knows at `path` (for "did you mean"). */
function knownKeys(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let current: z.core.$ZodType | undefined = unwrap(schema);
  for (const part of path) {
    if (!current) break;
    const def = current._zod.def as unknown as { type: string; shape?: Record<string, z.core.$ZodType>; element?: z.core.$ZodType };
    if (def.type === "object" && typeof part === "string") current = unwrap(def.shape?.[part]);
    else if (def.type === "array") current = unwrap(def.element);
    else current = undefined;
  }
  const def = current?._zod.def as unknown as { type: string; shape?: Record<string, unknown> } | undefined;
  return def?.type === "object" && def.shape ? Object.keys(def.shape) : [];
}

/** Looks through optional, default and preprocess wrappers. */
function unwrap(schema: z.core.$ZodType | undefined): z.core.$ZodType | undefined {
  let current = schema;
  for (let i = 0; current && i < 10; i++) {
    const def = current._zod.def as unknown as { type: string; innerType?: z.core.$ZodType; out?: z.core.$ZodType; in?: z.core.$ZodType };
    if ((def.type === "optional" || def.type === "default" || def.type === "nullable") && def.innerType) current = def.innerType;
    else if (def.type === "pipe" && def.out && def.in) current = (def.out._zod.def as { type: string }).type === "transform" ? def.in : def.out;
    else return current;
  }
  return current;
}
