import { markdown } from "../markdown/markdown.ts";

export const SUMMARY_LIMIT = 200;

/**
 * The default standfirst: the plain text of the body's first paragraph, cut
 * at the last space at or before 200 characters, plus `…` when cut.
 */
export function defaultSummary(body: string): string {
  return cutAtSpace(firstParagraphText(body), SUMMARY_LIMIT);
}

/** Plain text of the first top-level paragraph, as it would be displayed. */
export function firstParagraphText(body: string): string {
  const tokens = markdown.parse(body, {});
  const index = tokens.findIndex((t) => t.type === "paragraph_open" && t.level === 0);
  const inline = index >= 0 ? tokens[index + 1] : undefined;
  if (!inline?.children) return "";
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
