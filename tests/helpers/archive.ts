import { loadArchive } from "../../src/model/archive.ts";
import type { Archive } from "../../src/model/types.ts";
import { parseDateText } from "../../src/schema/dates.ts";
import { tempDir } from "./cli.ts";
import { writeFiles } from "./content-folder.ts";

export const SITE_JSON = JSON.stringify({ title: "Test", url: "https://test.example", timeZone: "UTC", pageSize: 20 });

/** An article file's text from front matter lines and a body. */
export function article(frontMatter: string, body = "Body."): string {
  return `---\n${frontMatter.trim()}\n---\n${body}\n`;
}

/** Writes a content folder (relative path -> text) into a temp folder; site.json defaults to SITE_JSON. */
export function writeContent(files: Record<string, string>): { dir: string; remove: () => void } {
  const folder = tempDir("content");
  writeFiles(folder.dir, { "site.json": SITE_JSON, ...files });
  return folder;
}

/** Loads a content folder written from `files`; throws with the error list if it is invalid. */
export function archiveOf(files: Record<string, string>, now = "2026-01-01"): Archive {
  const folder = writeContent(files);
  try {
    const parsed = parseDateText(now);
    if (!parsed.ok) throw new Error(parsed.message);
    const result = loadArchive(folder.dir, { drafts: false, future: false, now: parsed.value });
    if (!result.ok) throw new Error(result.errors.map((e) => `${e.file}:${e.line}: ${e.field}: ${e.message} [${e.code}]`).join("\n"));
    return result.archive;
  } finally {
    folder.remove();
  }
}
