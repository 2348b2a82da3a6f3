import { ownCopy } from "../parse/utf8.ts";
import { markdown } from "../markdown/markdown.ts";

export const SUMMARY_LIMIT = 200;

/**
 * The default standfirst: the plain text of the body's first paragraph, cut
 * at the last space at or before 200 characters, plus `…` when cut.
 */
export function defaultSummary(body: string): string {
  // A copy: cut from the body's text, it would keep the whole file alive.
  return ownCopy(cutAtSpace(firstParagraphText(body), SUMMARY_LIMIT));
}

/**
 * Plain text of the first top-level paragraph, as it would be displayed.
 * Only the body's opening blocks are parsed: a paragraph ends at a blank
 * line, and nothing after it can change it, except a link reference
 * definition, in which case the whole body is parsed.
 */
export function firstParagraphText(body: string): string {
  if (REFERENCE_DEFINITION.test(body)) return paragraphText(markdown.parse(body, {})) ?? "";
  let end = 0;
  for (let chunk = 0; chunk < 4 && end < body.length; chunk++) {
    end = nextBlankLine(body, end);
    const text = paragraphText(markdown.parse(body.slice(0, end), {}));
    if (text !== undefined) return text;
  }
  return paragraphText(markdown.parse(body, {})) ?? "";
}

const REFERENCE_DEFINITION = /^ {0,3}\[[^\]]+\]:/m;

/** The end of the first blank line after some text at or after `from` (or the end of `body`). */
function nextBlankLine(body: string, from: number): number {
  const blank = /\n[ \t]*\r?\n/g;
  blank.lastIndex = Math.max(from, body.search(/\S/));
  const match = blank.exec(body);
  return match ? match.index + match[0].length : body.length;
}

function paragraphText(tokens: ReturnType<typeof markdown.parse>): string | undefined {
  const index = tokens.findIndex((t) => t.type === "paragraph_open" && t.level === 0);
  const inline = index >= 0 ? tokens[index + 1] : undefined;
  if (!inline?.children) return undefined;
  let text = "";
  for (const child of inline.children) {
    if (child.type === "text" || child.type === "code_inline") text += child.content;
    else if (child.type === "softbreak" || child.type === "hardbreak") text += " ";
    else if (child.type === "image") text += child.children?.map((c) => c.content).join("") ?? "";
  }
  return text.replace(/\s+/gu, " ").trim();
}

/** Cuts at the last space at or before `limit` characters, adding `…` when cut. */
export function cutAtSpace(text: string, limit: number): string {
  const chars = Array.from(text);
  if (chars.length <= limit) return text;
  const head = chars.slice(0, limit + 1);
  const lastSpace = head.lastIndexOf(" ");
  const kept = lastSpace > 0 ? head.slice(0, lastSpace) : head.slice(0, limit);
  return `${kept.join("").trimEnd()}…`;
}
