import MarkdownIt from "markdown-it";
import type { RenderRule } from "markdown-it/lib/renderer.mjs";
import type StateCore from "markdown-it/lib/rules_core/state_core.mjs";
import type Token from "markdown-it/lib/token.mjs";
import { plainTextRun } from "./text-rule.ts";

/**
 * The one markdown-it instance for article bodies and entity profiles:
 * raw HTML is shown as text, URLs become links, typographic quotes and
 * dashes. The body's top heading level becomes `<h2>` and the others keep
 * their distance from it, because the page's `<h1>` is the headline.
 */
export const markdown = new MarkdownIt({ html: false, linkify: true, typographer: true });

/**
 * linkify-it's own quick test (`pretest`) runs a regular expression over
 * every paragraph that is slow on long text (~1 s per 10,000 articles, for
 * each time a body is rendered). A link of any kind linkify-it finds needs
 * one of these: a `:` (`https:`, `mailto:`), `//`, an `@` (e-mail
 * addresses), `localhost`, `www.`, or a dot followed by more of a host name
 * (`example.com`, `1.2.3.4`). Text without any of them cannot hold a link,
 * so it skips the slow test; text with one still takes it, so what becomes
 * a link does not change (tested against linkify-it in markdown.test.ts).
 */
export const MAY_HOLD_LINK = /[:@]|\/\/|localhost|www\.|\.\S/i;
const pretest = markdown.linkify.pretest.bind(markdown.linkify);
markdown.linkify.pretest = (text: string) => MAY_HOLD_LINK.test(text) && pretest(text);

markdown.inline.ruler.at("text", plainTextRun);

markdown.core.ruler.push("clippings_heading_levels", (state: StateCore) => {
  const headings = state.tokens.filter((t) => t.type === "heading_open" || t.type === "heading_close");
  if (headings.length === 0) return;
  const top = Math.min(...headings.map((t) => Number(t.tag.slice(1))));
  for (const token of headings) token.tag = `h${Math.min(Number(token.tag.slice(1)) - top + 2, 6)}`;
});

/** What a render may be given (markdown-it's `env`). */
export interface RenderOptions {
  /**
   * An absolute URL that relative link `href`s and image `src`s are resolved
   * against, for HTML read away from the site (feeds). Absent on pages.
   */
  baseUrl?: string;
}

/** markdown-it's `env` of one render: the options, and what the render found. */
interface RenderEnv extends RenderOptions {
  /** Set when a link or image has a URL without a scheme (which `baseUrl` would resolve). */
  relative?: boolean;
}

/** `mailto:`, `https:`, `tel:` …: a URL that names its scheme is left as written. */
const HAS_SCHEME = /^[a-z][a-z\d+.-]*:/i;

function resolveAttribute(token: Token, name: string, env: RenderEnv | undefined): void {
  const value = token.attrGet(name);
  if (value === null || HAS_SCHEME.test(value)) return;
  if (env) env.relative = true;
  if (!env?.baseUrl) return;
  // A value URL cannot read (a malformed host after `//`) stays as written:
  // it is as broken in the feed as on the page, and no worse.
  if (URL.canParse(value, env.baseUrl)) token.attrSet(name, new URL(value, env.baseUrl).href);
}

/** Wraps a renderer rule: resolve `attribute` against `env.baseUrl`, then render as before. */
function resolvingRule(name: "link_open" | "image", attribute: string): void {
  const rules = markdown.renderer.rules;
  const previous: RenderRule = rules[name] ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
  rules[name] = (tokens, idx, options, env: RenderEnv | undefined, self) => {
    resolveAttribute(tokens[idx]!, attribute, env);
    return previous(tokens, idx, options, env, self);
  };
}

resolvingRule("link_open", "href");
resolvingRule("image", "src");

/**
 * Renders Markdown to HTML (safe: raw HTML is escaped). With `baseUrl`,
 * relative links and images become absolute (for feeds); without it, the
 * HTML is the page's.
 */
export function renderMarkdown(source: string, options: RenderOptions = {}): string {
  return markdown.render(source, { ...options });
}

/** A Markdown text rendered for a page and for a feed from one parse. */
export interface PageAndFeedHtml {
  page: string;
  /** What `renderMarkdown(source, { baseUrl })` gives: the page's HTML itself when no link or image is relative. */
  feed: string;
}

/**
 * `renderMarkdown(source)` and `renderMarkdown(source, { baseUrl })` from
 * one parse: parsing is most of a render's time (0.8-1.2 s per 10,000
 * bodies, rendering the tokens ~0.15 s). A body without a relative URL has
 * one HTML for both.
 */
export function renderPageAndFeedHtml(source: string, baseUrl: string): PageAndFeedHtml {
  const env: RenderEnv = {};
  const tokens = markdown.parse(source, env);
  const page = markdown.renderer.render(tokens, markdown.options, env);
  // Rendering with `baseUrl` rewrites the tokens' URLs: after the page's.
  const feed = env.relative ? markdown.renderer.render(tokens, markdown.options, { baseUrl } satisfies RenderEnv) : page;
  return { page, feed };
}
