import type Token from "markdown-it/lib/token.mjs";
import { markdown } from "../markdown/markdown.ts";

/**
 * The plain text of a Markdown body, as a reader sees it on the page: the
 * words of paragraphs, headings, list items, quotes, table cells and code,
 * without markup. Read from markdown-it's tokens (the same parse that
 * renders the page), so typographic quotes, entities and raw HTML shown as
 * text come out exactly as displayed. Blocks are separated by a line break;
 * table cells of one row, and lines of one paragraph, by a space; every
 * run of white space is one space.
 */
export function plainText(body: string): string {
  let text = "";
  /** The block being read, its pieces joined by spaces; `undefined` before its first piece. */
  let block: string | undefined;
  const flush = () => {
    const tidy = block === undefined ? "" : tidySpaces(block);
    if (tidy) text = text ? `${text}\n${tidy}` : tidy;
    block = undefined;
  };
  for (const token of markdown.parse(body, {})) {
    if (token.type === "inline") {
      const words = inlineText(token.children ?? []);
      block = block === undefined ? words : `${block} ${words}`;
    } else if (token.type === "fence" || token.type === "code_block") {
      flush();
      block = token.content;
      flush();
    } else if (BLOCK_ENDS.has(token.type)) flush();
  }
  flush();
  return text;
}

/** Tokens after which the text so far is a block of its own. */
const BLOCK_ENDS = new Set(["paragraph_close", "heading_close", "tr_close", "list_item_close", "blockquote_close", "hr"]);

/**
 * White space other than single spaces between words. Most blocks have
 * none, and the test is cheaper than the replacement (~0.3 s of the search
 * worker's CPU at 10,000 articles).
 */
const IRREGULAR_SPACE = /\s\s|[^\S ]|^ | $/;

/** `text` with every run of white space made one space, none at either end. */
function tidySpaces(text: string): string {
  return IRREGULAR_SPACE.test(text) ? text.replace(/\s+/g, " ").trim() : text;
}

function inlineText(children: readonly Token[]): string {
  let text = "";
  for (const child of children) {
    if (child.type === "text" || child.type === "code_inline") text += child.content;
    else if (child.type === "softbreak" || child.type === "hardbreak") text += " ";
    else if (child.type === "image") text += inlineText(child.children ?? []);
  }
  return text;
}
