import type Token from "markdown-it/lib/token.mjs";
import { markdown } from "../markdown/markdown.ts";

/**
 * The plain text of a Markdown body, as a reader sees it on the page: the
 * words of paragraphs, headings, list items, quotes, table cells and code,
 * without markup. Read from markdown-it's tokens (the same parse that
 * renders the page), so typographic quotes, entities and raw HTML shown as
 * text come out exactly as displayed. Blocks are separated by a line break;
 * table cells of one row, and lines of one paragraph, by a space.
 */
export function plainText(body: string): string {
  const blocks: string[] = [];
  let line: string[] = [];
  const flush = () => {
    const text = line.join(" ").replace(/\s+/gu, " ").trim();
    if (text) blocks.push(text);
    line = [];
  };
  for (const token of markdown.parse(body, {})) {
    if (token.type === "inline") line.push(inlineText(token.children ?? []));
    else if (token.type === "fence" || token.type === "code_block") {
      flush();
      line.push(token.content);
      flush();
    } else if (BLOCK_ENDS.has(token.type)) flush();
  }
  flush();
  return blocks.join("\n");
}

/** Tokens after which the text so far is a block of its own. */
const BLOCK_ENDS = new Set(["paragraph_close", "heading_close", "tr_close", "list_item_close", "blockquote_close", "hr"]);

function inlineText(children: readonly Token[]): string {
  let text = "";
  for (const child of children) {
    if (child.type === "text" || child.type === "code_inline") text += child.content;
    else if (child.type === "softbreak" || child.type === "hardbreak") text += " ";
    else if (child.type === "image") text += inlineText(child.children ?? []);
  }
  return text;
}
