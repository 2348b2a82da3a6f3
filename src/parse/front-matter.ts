import matter from "gray-matter";
import { ownCopy } from "./utf8.ts";
import { parsePositioned, type PositionedDocument } from "./yaml-document.ts";

export interface FrontMatterFile {
  /** False when the file does not open with a `---` line. */
  hasFrontMatter: boolean;
  /** False when the opening `---` has no closing `---` line. */
  closed: boolean;
  document: PositionedDocument;
  /** The Markdown after the closing `---`. */
  body: string;
}

// gray-matter only splits the file here; the YAML is parsed by `yaml` with
// positions. The engine must not run js-yaml (which invents dates), and the
// options object turns off gray-matter's cache of every file it has seen.
const splitOnly = { engines: { yaml: { parse: () => ({}), stringify: () => "" } } };

/** Splits a Markdown file into its YAML front matter and body. */
export function parseFrontMatter(text: string): FrontMatterFile {
  // Windows line ends read as LF: otherwise the last front matter line keeps
  // its \r (`draft: true\r` would be text, `people: [x]\r` a syntax error).
  const source = (text.startsWith("\uFEFF") ? text.slice(1) : text).replace(/\r\n?/g, "\n");
  const hasFrontMatter = /^---[ \t]*\n/.test(source);
  if (!hasFrontMatter) {
    return { hasFrontMatter, closed: false, document: parsePositioned(""), body: source };
  }
  const file = matter(source, splitOnly);
  // `file.matter` starts with the rest of the opening `---` line, so its
  // line 1 is the file's line 1. Its values are cut from a copy: the model
  // keeps them, and should not keep the file's text with them.
  const closed = /\n---[ \t]*(\n|$)/.test(source.slice(3));
  return { hasFrontMatter, closed, document: parsePositioned(ownCopy(file.matter), 1), body: file.content };
}
