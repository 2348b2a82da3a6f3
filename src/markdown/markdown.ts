import MarkdownIt from "markdown-it";
import type StateCore from "markdown-it/lib/rules_core/state_core.mjs";

/**
 * The one markdown-it instance for article bodies and entity profiles:
 * raw HTML is shown as text, URLs become links, typographic quotes and
 * dashes. The body's top heading level becomes `<h2>` and the others keep
 * their distance from it, because the page's `<h1>` is the headline.
 */
export const markdown = new MarkdownIt({ html: false, linkify: true, typographer: true });

markdown.core.ruler.push("clippings_heading_levels", (state: StateCore) => {
  const headings = state.tokens.filter((t) => t.type === "heading_open" || t.type === "heading_close");
  if (headings.length === 0) return;
  const top = Math.min(...headings.map((t) => Number(t.tag.slice(1))));
  for (const token of headings) token.tag = `h${Math.min(Number(token.tag.slice(1)) - top + 2, 6)}`;
});

/** Renders Markdown to HTML (safe: raw HTML is escaped). */
export function renderMarkdown(source: string): string {
  return markdown.render(source);
}
