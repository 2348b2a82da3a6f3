import { formatErrorReport } from "../errors/catalogue.ts";
import { hygieneReport } from "../hygiene/report.ts";
import { loadArchiveInParallel } from "../model/archive.ts";
import { TAXONOMIES } from "../schema/article.ts";
import { count } from "../views/format.ts";
import { planSite } from "../views/site-views.ts";
import type { Output } from "./build.ts";
import { EXIT } from "./exit-codes.ts";
import type { CheckCommandOptions } from "./options.ts";
import { readingProgress, type Progress } from "./progress.ts";

/**
 * `check`: everything the build validates (the same errors, in the same
 * form), then the hygiene report, and no site written. Errors go to standard
 * error; warnings to standard output, or to standard error under `--strict`,
 * where they fail the check.
 */
export async function checkCommand(options: CheckCommandOptions, io: Output, progress: Progress): Promise<number> {
  const started = performance.now();
  progress.phase("Reading content");
  const result = await loadArchiveInParallel(options.content, options, { onArticles: readingProgress(progress) });
  progress.phase("Checking pages");
  const plan = planSite(result);
  if (!plan.ok) {
    progress.end();
    io.err(formatErrorReport(plan.errors));
    io.err("Fix these errors; the hygiene report (names, unused entity files) runs once there are none.");
    return EXIT.contentErrors;
  }

  progress.phase("Checking names");
  const { archive } = plan.views.context;
  const warnings = hygieneReport(archive);
  progress.end();
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const entities = TAXONOMIES.reduce((n, taxonomy) => n + archive.entities[taxonomy].length, 0);
  const summary = `Checked ${count(archive.articles.length, "article")} and ${count(entities, "entity", "entities")} in ${seconds} s: 0 errors, ${count(warnings.length, "warning")}`;
  if (warnings.length === 0) {
    io.out(summary);
    return EXIT.ok;
  }
  const report = formatErrorReport(warnings, "warnings");
  if (options.strict) {
    io.err(report);
    io.err(`${summary}; --strict counts warnings as errors.`);
    return EXIT.contentErrors;
  }
  io.out(report);
  io.out(summary);
  return EXIT.ok;
}
