import { count } from "../views/format.ts";
import { formatErrorReport } from "../errors/catalogue.ts";
import { loadArchive } from "../model/archive.ts";
import { SiteViews } from "../views/site-views.ts";
import { renderSite } from "../write/eleventy.ts";
import { replaceFolder } from "../write/swap.ts";
import { EXIT } from "./exit-codes.ts";
import type { BuildCommandOptions } from "./options.ts";

export interface Output {
  out(line: string): void;
  err(line: string): void;
}

/** `build`: content folder -> model -> views -> pages, swapped into the output folder. */
export async function buildCommand(options: BuildCommandOptions, io: Output): Promise<number> {
  const started = performance.now();
  const result = loadArchive(options.content, options);
  const views = result.ok ? new SiteViews(result.archive) : undefined;
  const errors = result.ok ? views!.errors : result.errors;
  if (!result.ok || errors.length > 0) {
    io.err(formatErrorReport(errors));
    io.err(`The build stopped; ${options.output} was not changed.`);
    return EXIT.contentErrors;
  }
  const { archive } = result;
  await replaceFolder(options.output, (folder) => renderSite(views!, folder));
  const pages = views!.pageCount;
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const held = archive.heldBack.drafts + archive.heldBack.embargoed;
  io.out(
    `Built ${count(archive.articles.length, "article")} into ${options.output}: ${count(pages, "page")} in ${seconds} s` +
      (held ? ` (held back: ${archive.heldBack.drafts} drafts, ${archive.heldBack.embargoed} embargoed)` : ""),
  );
  return EXIT.ok;
}
