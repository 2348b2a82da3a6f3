import fs from "node:fs";
import path from "node:path";
import type { Output } from "../cli/build.ts";
import type { Progress } from "../cli/progress.ts";
import { formatErrorReport } from "../errors/catalogue.ts";
import { ArticleCache } from "../model/article-cache.ts";
import { loadArchive } from "../model/archive.ts";
import type { BuildOptions } from "../model/types.ts";
import { changedPages, pageSignatures, type PageSignatures } from "../views/changed-pages.ts";
import { count } from "../views/format.ts";
import { planSite, type SiteViews } from "../views/site-views.ts";
import { renderBatch } from "../write/eleventy.ts";
import { writeImages } from "../write/images.ts";
import { writeSite } from "../write/site.ts";
import { replaceFolder } from "../write/swap.ts";
import { SearchRefresher } from "./search-refresh.ts";

/** Files that can change the site: Markdown, site.json, images. Others (editors' temporary files) are not content. */
const CONTENT_FILE = /\.(md|json|jpe?g|png|webp|avif|gif)$/i;

export interface SessionOptions extends BuildOptions {
  content: string;
  output: string;
}

/** What an update did, for the log line and for the live reload. */
export type UpdateResult =
  | { kind: "full"; pages: number; ms: number }
  | { kind: "pages"; pages: number; removed: number; ms: number }
  | { kind: "errors"; errors: number; ms: number };

/**
 * The site `serve` keeps up to date. The first build is a full build; the
 * search index follows in the background (src/serve/search-refresh.ts), after
 * it and after every edit. After the first build, an edit to articles re-reads only the changed files
 * (the rest come from the article cache), rebuilds the content model and the
 * page list, and renders only the pages the edit changes
 * (src/views/changed-pages.ts). Any other change (site.json, entity files,
 * images) renders the whole site again. While the content has errors they are
 * printed in the build's form and the site stays as it last built; the files
 * changed meanwhile are kept, so the fix renders everything they touched.
 */
export class ServeSession {
  private readonly cache = new ArticleCache();
  private views?: SiteViews;
  private signatures: PageSignatures = new Map();
  private pending = new Set<string>();
  private fullPending = true;
  /** Writes the search index in the background after every build and edit. */
  readonly search: SearchRefresher;

  constructor(
    private readonly options: SessionOptions,
    private readonly io: Output,
    private readonly progress: Progress,
  ) {
    this.search = new SearchRefresher(options.output, io.out);
  }

  /** Takes note of changed paths (relative to the content folder, `/`-separated) and rebuilds. */
  async update(changed: readonly string[] = []): Promise<UpdateResult> {
    const started = performance.now();
    for (const file of changed) {
      if (/^articles\/.+\.md$/.test(file)) this.pending.add(file);
      else if (CONTENT_FILE.test(file)) this.fullPending = true;
    }
    const plan = planSite(loadArchive(this.options.content, this.options, { cache: this.cache }));
    if (!plan.ok) {
      this.io.err(formatErrorReport(plan.errors));
      this.io.err("The site was not changed; fix the files and save them again.");
      return { kind: "errors", errors: plan.errors.length, ms: performance.now() - started };
    }
    const { views } = plan;

    if (this.fullPending || !this.views) {
      await replaceFolder(this.options.output, (folder) => writeSite(views, folder, this.progress, { search: false }));
      this.progress.end();
      this.commit(views, pageSignatures(views));
      this.search.schedule(views.context);
      return { kind: "full", pages: views.pageCount, ms: performance.now() - started };
    }

    const changes = changedPages(this.signatures, this.views, views, this.pending);
    await renderBatch(changes.render, this.options.output);
    for (const file of changes.removed) fs.rmSync(path.join(this.options.output, file), { force: true });
    // Only the edited articles' images can be new: changing an image file rebuilds everything.
    const edited = views.context.archive.articles.filter((article) => this.pending.has(article.file));
    await writeImages(views.context, this.options.output, edited);
    this.commit(views, changes.signatures);
    this.search.schedule(views.context);
    return { kind: "pages", pages: changes.count, removed: changes.removed.length, ms: performance.now() - started };
  }

  private commit(views: SiteViews, signatures: PageSignatures): void {
    this.views = views;
    this.signatures = signatures;
    this.pending.clear();
    this.fullPending = false;
  }
}

/** The log line of an update. */
export function describeUpdate(result: UpdateResult): string {
  const ms = `${Math.round(result.ms).toLocaleString("en")} ms`;
  switch (result.kind) {
    case "full":
      return `Built the whole site: ${count(result.pages, "page")} in ${ms}`;
    case "pages":
      return `Updated ${count(result.pages, "page")}${result.removed ? `, removed ${count(result.removed, "page")}` : ""} in ${ms}`;
    case "errors":
      return `${count(result.errors, "error")}: the site was not updated (${ms})`;
  }
}
