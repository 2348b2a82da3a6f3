import fs from "node:fs";
import * as pagefind from "pagefind";
import os from "node:os";
import path from "node:path";
import type { SiteContext } from "../views/context.ts";
import { count } from "../views/format.ts";
import { SEARCH_BUNDLE, searchRecords } from "../views/search.ts";
import { writeSearchIndex } from "../write/search-index.ts";

/**
 * `serve` keeps the search index in the background: Pagefind takes seconds
 * at 1,000 articles and half a minute at 10,000, too long to wait for on every
 * save. After a build or an edit, `schedule` asks for a new index of that
 * state of the archive; it is written outside the site and swapped in whole,
 * so a reader never sees half an index. A request made while an index is
 * being written is kept, and only the newest one runs next.
 */
export class SearchRefresher {
  private next?: SiteContext;
  private running?: Promise<void>;
  private stopped = false;

  constructor(
    private readonly outputDir: string,
    private readonly log: (line: string) => void,
  ) {}

  schedule(context: SiteContext): void {
    this.next = context;
    this.running ??= this.run().finally(() => (this.running = undefined));
  }

  /** Stops at once: an index being written is abandoned (Pagefind's process is closed). */
  async stop(): Promise<void> {
    this.stopped = true;
    this.next = undefined;
    if (this.running) await pagefind.close();
    await this.running;
  }

  /** Resolves when no index is being written or waiting. */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  private async run(): Promise<void> {
    while (this.next && !this.stopped) {
      const context = this.next;
      this.next = undefined;
      const started = performance.now();
      const work = fs.mkdtempSync(path.join(os.tmpdir(), "clippings-search-"));
      try {
        const records = searchRecords(context);
        await writeSearchIndex(records, work);
        swapIn(path.join(work, SEARCH_BUNDLE), path.join(this.outputDir, SEARCH_BUNDLE));
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        this.log(`Search index updated: ${count(records.length, "article")} in ${seconds} s`);
      } catch (error) {
        if (this.stopped) return;
        this.log(`The search index could not be updated (the pages are): ${(error as Error).message}`);
      } finally {
        fs.rmSync(work, { recursive: true, force: true });
      }
    }
  }
}

/** Replaces the folder `target` with `source` (moved; a copy across file systems). */
function swapIn(source: string, target: string): void {
  const old = `${target.replace(/\/+$/, "")}.old-${process.pid}`;
  fs.rmSync(old, { recursive: true, force: true });
  if (fs.existsSync(target)) fs.renameSync(target, old);
  try {
    fs.renameSync(source, target);
  } catch {
    fs.cpSync(source, target, { recursive: true });
  }
  fs.rmSync(old, { recursive: true, force: true });
}
