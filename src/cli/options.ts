import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { parseDateText, type DateText } from "../schema/dates.ts";

export interface BuildCommandOptions {
  content: string;
  output: string;
  drafts: boolean;
  future: boolean;
  now?: DateText;
  /** Write the Pagefind search index (default); `--no-search` skips it. */
  search: boolean;
}

export class UsageError extends Error {}

export const BUILD_USAGE = `Usage: npm run build -- [--content DIR] [--output DIR] [--drafts] [--future] [--now ISO] [--no-search]

  --content DIR   the content folder to build (default: content)
  --output DIR    where the site is written (default: _site); replaced only when the build succeeds
  --drafts        include articles with draft: true
  --future        include articles dated after "now" (embargoed)
  --now ISO       the time embargoes are judged against, e.g. 2025-10-24T12:00Z (default: the clock);
                  without an offset it is read in the site's time zone
  --no-search     skip the search index (a quicker preview; /search/ then finds nothing)`;

/** Reads the build command's options; throws UsageError with a message for the user. */
export function parseBuildOptions(argv: string[]): BuildCommandOptions | "help" {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        content: { type: "string" },
        output: { type: "string" },
        drafts: { type: "boolean", default: false },
        future: { type: "boolean", default: false },
        now: { type: "string" },
        "no-search": { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (values.help) return "help";
  const content = values.content ?? "content";
  const output = values.output ?? "_site";
  if (!fs.existsSync(content) || !fs.statSync(content).isDirectory()) {
    throw new UsageError(`the content folder "${content}" does not exist`);
  }
  const resolvedOutput = path.resolve(output);
  const resolvedContent = path.resolve(content);
  if (resolvedOutput === resolvedContent || resolvedContent.startsWith(resolvedOutput + path.sep)) {
    throw new UsageError(`the output folder "${output}" would replace the content folder`);
  }
  if (fs.existsSync(output) && !fs.statSync(output).isDirectory()) {
    throw new UsageError(`the output "${output}" exists and is not a folder`);
  }
  const options: BuildCommandOptions = { content, output, drafts: values.drafts, future: values.future, search: !values["no-search"] };
  if (values.now !== undefined) {
    const parsed = parseDateText(values.now);
    if (!parsed.ok) throw new UsageError(`--now: ${parsed.message}`);
    options.now = parsed.value;
  }
  return options;
}
