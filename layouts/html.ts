/**
 * The `html` tagged template: every interpolated value is escaped unless it
 * is already `SafeHtml` (the result of `html` itself, or `raw()` for the
 * rendered Markdown body). Lists are joined; null, undefined and false
 * render as nothing.
 */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

export type Html = SafeHtml | string | number | null | undefined | false | readonly Html[];

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(text: string): string {
  // Most text has nothing to escape: one test, and the same string back.
  return NEEDS_ESCAPE.test(text) ? text.replace(TO_ESCAPE, (c) => ESCAPES[c] ?? "\uFFFD") : text;
}

/**
 * The five characters HTML gives meaning to, and the control characters an
 * HTML document may not hold (all but tab, line feed, form feed and carriage
 * return), which become U+FFFD as the browser would show them.
 */
const TO_ESCAPE = /[&<>"'\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F]/g;
const NEEDS_ESCAPE = new RegExp(TO_ESCAPE.source);

function render(value: Html): string {
  if (value === null || value === undefined || value === false) return "";
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join("");
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: Html[]): SafeHtml {
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) out += render(values[i]!) + strings[i + 1]!;
  return new SafeHtml(out);
}

/** Marks trusted HTML (markdown-it output with `html: false`) as safe. */
export function raw(trusted: string): SafeHtml {
  return new SafeHtml(trusted);
}

/**
 * JSON for inside a `<script>` element: `<`, `>` and `&` are written as
 * `\u003c`, `\u003e`, `\u0026` (so `</script>` cannot end the element), and
 * the line separators U+2028 and U+2029 are escaped too.
 */
export function jsonForScript(value: unknown): SafeHtml {
  const json = JSON.stringify(value);
  return new SafeHtml(NOT_IN_SCRIPT.test(json) ? json.replace(NOT_IN_SCRIPT_ALL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`) : json);
}

/** What `jsonForScript` writes as a `\uXXXX` escape; most JSON has none, and is checked once. */
const NOT_IN_SCRIPT = /[<>&\u2028\u2029]/;
const NOT_IN_SCRIPT_ALL = new RegExp(NOT_IN_SCRIPT.source, "g");
