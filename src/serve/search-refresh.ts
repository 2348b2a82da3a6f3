import path from "node:path";
import type { SiteContext } from "../views/context.ts";
import { count } from "../views/format.ts";
import { SEARCH_BUNDLE, searchParts } from "../views/search.ts";
import { indexInBackground } from "../write/search-index.ts";
import { replaceFolder } from "../write/swap.ts";

/**
 * `serve` keeps the search index in the background: Pagefind takes seconds
 * at 1,000 articles and about 15 s at 10,000 (14.7 s after serve's first
 * build, measured), too long to wait for on every save. After a build or an
 * edit, `schedule` asks for a new index of that state of the archive; it is
 * written beside the live index and swapped in whole, so a reader never sees
 * half an index. A request made while an index is
 * being written is kept, and only the newest one runs next. The index is
 * written at a low priority: the next edit's pages come first.
 */
export class SearchRefresher {
  private next?: SiteContext;
  private running?: Promise<void>;
  private readonly stopping = new AbortController();

  constructor(
    private readonly outputDir: string,
    private readonly log: (line: string) => void,
  ) {}

  schedule(context: SiteContext): void {
    this.next = context;
    // Started on the next turn of the event loop: gathering the records'
    // sources and handing them to the worker take ~150 ms of the main thread
    // at 10,000 articles, which would otherwise hold up the update that asked
    // for the index (and its live reload).
    this.running ??= new Promise((resolve) => setImmediate(resolve)).then(() => this.run()).finally(() => (this.running = undefined));
  }

  /** Stops at once: an index being written is abandoned (its worker and Pagefind's process end). */
  async stop(): Promise<void> {
    this.next = undefined;
    this.stopping.abort(new Error("serve stopped"));
    await this.running;
  }

  private async run(): Promise<void> {
    while (this.next && !this.stopping.signal.aborted) {
      const context = this.next;
      this.next = undefined;
      const started = performance.now();
      try {
        const parts = searchParts(context);
        // Written beside the live index and swapped in whole (src/write/swap.ts).
        await replaceFolder(path.join(this.outputDir, SEARCH_BUNDLE), (folder) => indexInBackground(parts, folder, this.stopping.signal, { lowPriority: true }));
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        this.log(`Search index updated: ${count(context.archive.articles.length, "article")} in ${seconds} s`);
      } catch (error) {
        if (this.stopping.signal.aborted) return;
        this.log(`The search index could not be updated (the pages are): ${(error as Error).message}`);
      }
    }
  }
}
