import fs from "node:fs";
import path from "node:path";
import type { SiteSettings } from "../schema/site.ts";
import type { ArticleResult } from "./articles.ts";

/**
 * Articles read by an earlier load, kept while their file is unchanged (same
 * modification time and size) and the site settings are the same: `serve`
 * re-reads only the files an editor touched. Embargoes are judged when a
 * file is read, so a cached article keeps its held-back state until its file
 * changes or the cache is cleared.
 */
export class ArticleCache {
  private readonly entries = new Map<string, { mtimeMs: number; size: number; result: ArticleResult }>();
  private siteKey = "";

  /** Drops everything read under other site settings. */
  useSite(site: SiteSettings): void {
    const key = JSON.stringify(site);
    if (key !== this.siteKey) this.entries.clear();
    this.siteKey = key;
  }

  read(root: string, file: string, read: () => ArticleResult): ArticleResult {
    const stat = fs.statSync(path.join(root, file), { throwIfNoEntry: false });
    const cached = this.entries.get(file);
    if (stat && cached && cached.mtimeMs === stat.mtimeMs && cached.size === stat.size) return cached.result;
    const result = read();
    if (stat) this.entries.set(file, { mtimeMs: stat.mtimeMs, size: stat.size, result });
    return result;
  }

  /** Forgets files that no longer exist. */
  keepOnly(files: readonly string[]): void {
    const keep = new Set(files);
    for (const file of this.entries.keys()) if (!keep.has(file)) this.entries.delete(file);
  }
}
