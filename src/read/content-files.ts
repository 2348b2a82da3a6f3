import fs from "node:fs";
import path from "node:path";
import { isTaxonomy, TAXONOMIES, type Taxonomy } from "../schema/article.ts";
import { didYouMean } from "../validate/did-you-mean.ts";

/** The files of a content folder, as paths relative to it (forward slashes, sorted). */
export interface ContentFiles {
  root: string;
  hasSiteFile: boolean;
  articles: string[];
  entities: Record<Taxonomy, string[]>;
  /** Top-level folders whose names look like a misspelt known folder. */
  misspeltFolders: { folder: string; suggestion: string }[];
}

export const ARTICLES_FOLDER = "articles";
export const SITE_FILE = "site.json";

/** Lists the content folder; throws only when the folder itself cannot be read. */
export function listContentFiles(root: string): ContentFiles {
  const entities = Object.fromEntries(TAXONOMIES.map((t) => [t, [] as string[]])) as Record<Taxonomy, string[]>;
  const known = [ARTICLES_FOLDER, ...TAXONOMIES];
  const misspeltFolders: ContentFiles["misspeltFolders"] = [];
  let articles: string[] = [];
  for (const entry of fs.readdirSync(root, { withFileTypes: true }).sort((a, b) => compare(a.name, b.name))) {
    if (!entry.isDirectory()) continue;
    if (entry.name === ARTICLES_FOLDER) articles = markdownFiles(root, entry.name);
    else if (isTaxonomy(entry.name)) entities[entry.name] = markdownFiles(root, entry.name);
    else {
      const suggestion = didYouMean(entry.name, known);
      if (suggestion && markdownFiles(root, entry.name).length > 0) misspeltFolders.push({ folder: entry.name, suggestion });
    }
  }
  return { root, hasSiteFile: fs.existsSync(path.join(root, SITE_FILE)), articles, entities, misspeltFolders };
}

function markdownFiles(root: string, folder: string): string[] {
  const base = path.join(root, folder);
  return fs
    .readdirSync(base, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.name.endsWith(".md") && !entry.name.startsWith("."))
    .map((entry) => ({ entry, file: path.relative(base, path.join(entry.parentPath, entry.name)) }))
    .filter(({ entry, file }) => entry.isFile() || (entry.isSymbolicLink() && fs.statSync(path.join(base, file), { throwIfNoEntry: false })?.isFile()))
    .map(({ file }) => `${folder}/${file.split(path.sep).join("/")}`)
    .sort(compare);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
