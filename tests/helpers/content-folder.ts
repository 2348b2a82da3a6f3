import fs from "node:fs";
import path from "node:path";
import { ROOT, tempDir } from "./cli.ts";

/** The small valid archive every fixture-based case starts from. */
export const FIXTURE_ARCHIVE = path.join(ROOT, "tests/fixtures/archive");

/** Relative path -> file text; `null` deletes the file (from a copied archive). */
export type FileMap = Record<string, string | Buffer | null>;

export interface ContentFolder {
  /** A fresh temp folder holding `content/` (and whatever a test puts beside it). */
  base: string;
  /** `<base>/content`: the content folder to load or build. */
  dir: string;
  remove(): void;
}

/**
 * A temp content folder at `<base>/content`: a copy of `from` when given,
 * with `files` written over it (a `null` text deletes that file).
 */
export function contentFolder(files: FileMap, options: { from?: string } = {}): ContentFolder {
  const folder = tempDir("broken");
  const dir = path.join(folder.dir, "content");
  if (options.from) fs.cpSync(options.from, dir, { recursive: true });
  else fs.mkdirSync(dir);
  writeFiles(dir, files);
  return { base: folder.dir, dir, remove: folder.remove };
}

/** A copy of tests/fixtures/archive with `files` written over it. */
export function copyFixture(files: FileMap = {}): ContentFolder {
  return contentFolder(files, { from: FIXTURE_ARCHIVE });
}

/** Writes (or, for `null`, deletes) files under `dir`, creating folders as needed. */
export function writeFiles(dir: string, files: FileMap): void {
  for (const [file, text] of Object.entries(files)) {
    const target = path.join(dir, file);
    if (text === null) {
      fs.rmSync(target, { force: true });
      continue;
    }
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, text);
  }
}
