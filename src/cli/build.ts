import { formatErrorReport } from "../errors/catalogue.ts";
import { loadArchiveInParallel } from "../model/archive.ts";
import { count } from "../views/format.ts";
import { planSite } from "../views/site-views.ts";
import { writeSite } from "../write/site.ts";
import { replaceFolder } from "../write/swap.ts";
import { EXIT } from "./exit-codes.ts";
import type { BuildCommandOptions } from "./options.ts";
import { readingProgress, type Progress } from "./progress.ts";

export interface Output {
  out(line: string): void;
  err(line: string): void;
}

/** `build`: content folder -> model -> views -> pages, swapped into the output folder. */
export async function buildCommand(options: BuildCommandOptions, io: Output, progress: Progress): Promise<number> {
  const started = performance.now();
  progress.phase("Reading content");
  const plan = planSite(await loadArchiveInParallel(options.content, options, { onArticles: readingProgress(progress) }));
  if (!plan.ok) {
    progress.end();
    io.err(formatErrorReport(plan.errors));
    io.err(`The build stopped; ${options.output} was not changed.`);
    return EXIT.contentErrors;
  }
  const { views } = plan;
  const { archive } = views.context;
  await replaceFolder(options.output, (folder) => writeSite(views, folder, progress, { search: options.search, searchPartSize: options.searchPartSize }));
  progress.end();
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const held = archive.heldBack.drafts + archive.heldBack.embargoed;
  io.out(
    `Built ${count(archive.articles.length, "article")} into ${options.output}: ${count(views.pageCount, "page")} in ${seconds} s` +
      (held ? ` (held back: ${archive.heldBack.drafts} drafts, ${archive.heldBack.embargoed} embargoed)` : ""),
  );
  return EXIT.ok;
}
