import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { parseDateText, type DateText } from "../schema/dates.ts";
import { SEARCH_PART_SIZE } from "../views/search.ts";

export interface BuildCommandOptions {
  content: string;
  output: string;
  drafts: boolean;
  future: boolean;
  now?: DateText;
  /** Write the Pagefind search index (default); `--no-search` skips it. */
  search: boolean;
  /** `--search-part-size N`: articles per part of the search index. */
  searchPartSize: number;
}

export class UsageError extends Error {}

export const BUILD_USAGE = `Usage: npm run build -- [--content DIR] [--output DIR] [--drafts] [--future] [--now ISO] [--no-search] [--search-part-size N]

  --content DIR   the content folder to build (default: content)
  --output DIR    where the site is written (default: _site); replaced only when the build succeeds
  --drafts        include articles with draft: true
  --future        include articles dated after "now" (embargoed)
  --now ISO       the time embargoes are judged against, e.g. 2025-10-24T12:00Z (default: the clock);
                  without an offset it is read in the site's time zone
  --no-search     skip the search index (a quicker preview; /search/ then finds nothing)
  --search-part-size N
                  articles per part of the search index (default: ${SEARCH_PART_SIZE}); Pagefind needs
                  about 0.25 MB of memory per article of a part, and a search fetches every part`;

/** Options every command that reads an archive takes: which articles count as published. */
const ARCHIVE_OPTIONS = {
  content: { type: "string" },
  drafts: { type: "boolean", default: false },
  future: { type: "boolean", default: false },
  now: { type: "string" },
  help: { type: "boolean", short: "h", default: false },
} as const;

/** Reads the build command's options; throws UsageError with a message for the user. */
export function parseBuildOptions(argv: string[]): BuildCommandOptions | "help" {
  const values = parseOptions(argv, {
    ...ARCHIVE_OPTIONS,
    output: { type: "string" },
    "no-search": { type: "boolean", default: false },
    "search-part-size": { type: "string" },
  });
  if (values.help) return "help";
  const archive = archiveOptions(values);
  const output = outputOption(values.output, archive.content);
  const partSize = values["search-part-size"];
  const searchPartSize = partSize === undefined ? SEARCH_PART_SIZE : Number(partSize);
  if (!/^\d+$/.test(partSize ?? "1") || searchPartSize < 1) throw new UsageError(`--search-part-size: "${partSize}" is not a whole number of articles (1 or more)`);
  return { ...archive, output, search: !values["no-search"], searchPartSize };
}

export interface CheckCommandOptions extends Omit<BuildCommandOptions, "output" | "search" | "searchPartSize"> {
  /** Warnings count as errors. */
  strict: boolean;
}

export const CHECK_USAGE = `Usage: npm run check -- [--content DIR] [--strict] [--drafts] [--future] [--now ISO]

  Checks a content folder without writing a site: every content error the
  build would report, then the archive's hygiene warnings (names that look
  like one entity, unused entity files, entities named once, a speaker's
  role differing on one day).

  --content DIR   the content folder to check (default: content)
  --strict        warnings count as errors (exit 1 when there is one)
  --drafts, --future, --now ISO   as for the build: which articles are published`;

/** Reads the check command's options; throws UsageError with a message for the user. */
export function parseCheckOptions(argv: string[]): CheckCommandOptions | "help" {
  const values = parseOptions(argv, { ...ARCHIVE_OPTIONS, strict: { type: "boolean", default: false } });
  if (values.help) return "help";
  return { ...archiveOptions(values), strict: values.strict };
}

/** `--output` (default `_site`): a folder, or nothing yet, and never the content folder or one holding it. */
function outputOption(value: string | undefined, content: string): string {
  const output = value ?? "_site";
  const resolvedOutput = path.resolve(output);
  const resolvedContent = path.resolve(content);
  if (resolvedOutput === resolvedContent || resolvedContent.startsWith(resolvedOutput + path.sep)) {
    throw new UsageError(`the output folder "${output}" would replace the content folder`);
  }
  if (fs.existsSync(output) && !fs.statSync(output).isDirectory()) {
    throw new UsageError(`the output "${output}" exists and is not a folder`);
  }
  return output;
}

type OptionSpec = Record<string, { type: "string" | "boolean"; short?: string; default?: boolean }>;

function parseOptions<T extends OptionSpec>(argv: string[], options: T) {
  try {
    return parseArgs({ args: argv, strict: true, allowPositionals: false, options }).values;
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

function archiveOptions(values: { content?: string | boolean; drafts?: string | boolean; future?: string | boolean; now?: string | boolean }) {
  const content = typeof values.content === "string" ? values.content : "content";
  if (!fs.existsSync(content) || !fs.statSync(content).isDirectory()) {
    throw new UsageError(`the content folder "${content}" does not exist`);
  }
  const options: { content: string; drafts: boolean; future: boolean; now?: DateText } = {
    content,
    drafts: values.drafts === true,
    future: values.future === true,
  };
  if (typeof values.now === "string") {
    const parsed = parseDateText(values.now);
    if (!parsed.ok) throw new UsageError(`--now: ${parsed.message}`);
    options.now = parsed.value;
  }
  return options;
}

export interface ServeCommandOptions extends Omit<BuildCommandOptions, "search" | "searchPartSize" | "now"> {
  port: number;
}

export const SERVE_USAGE = `Usage: npm run serve -- [--content DIR] [--output DIR] [--port N] [--drafts] [--future]

  Builds the site, serves it with live reload, and rebuilds what an edit
  changes when a file in the content folder is saved. Content errors are
  printed in the build's form; the server keeps running and the fix is
  picked up without a restart. Ctrl+C stops it.

  --content DIR   the content folder (default: content)
  --output DIR    where the site is written and served from (default: _site)
  --port N        the port to listen on (default: 8080; the next free one if taken; 0: one the system chooses)
  --drafts        include articles with draft: true
  --future        include articles dated after now`;

/** Reads the serve command's options; throws UsageError with a message for the user. */
export function parseServeOptions(argv: string[]): ServeCommandOptions | "help" {
  const { now: _now, ...archiveSpec } = ARCHIVE_OPTIONS;
  const values = parseOptions(argv, { ...archiveSpec, output: { type: "string" }, port: { type: "string" } });
  if (values.help) return "help";
  const { now: _, ...archive } = archiveOptions(values);
  const port = values.port === undefined ? 8080 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port: "${values.port}" is not a port number (0-65535)`);
  return { ...archive, output: outputOption(values.output, archive.content), port };
}
