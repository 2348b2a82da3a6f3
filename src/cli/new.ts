import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { DateTime } from "luxon";
import { formatErrorReport } from "../errors/catalogue.ts";
import { parseFrontMatter } from "../parse/front-matter.ts";
import { listContentFiles, SITE_FILE } from "../read/content-files.ts";
import { slugOf } from "../model/slugs.ts";
import { articleSchema } from "../schema/article.ts";
import { DATE_FORMS, existsInZone, parseDateText, toDateTime, type DateText } from "../schema/dates.ts";
import { SLUG_PATTERN } from "../schema/fields.ts";
import { validateMarkdownFile } from "../validate/markdown-file.ts";
import { validateSiteFile } from "../validate/site-file.ts";
import { EXIT } from "./exit-codes.ts";
import { articleFile, articleText, articleUrl, dateTextAt, slugFromTitle } from "./new-article.ts";
import { UsageError } from "./options.ts";

export interface NewCommandOptions {
  title: string;
  source: string;
  /** Absent: now, in the site's time zone. */
  date?: DateText;
  slug: string;
  content: string;
  draft: boolean;
}

interface Output {
  out(line: string): void;
  err(line: string): void;
}

export const NEW_USAGE = `Usage: npm run new -- --title TEXT --source NAME [--date ISO] [--slug SLUG] [--content DIR] [--no-draft]

  --title TEXT    the headline (required); the URL slug and the file name are made from it
  --source NAME   the outlet that published the report (required: every article names its source)
  --date ISO      the publication date: ${DATE_FORMS};
                  without an offset it is read in the site's time zone (default: now there, to the minute)
  --slug SLUG     the URL slug and file name, e.g. summit-ends-without-deal (default: made from the title)
  --content DIR   the content folder (default: content)
  --no-draft      leave out draft: true, so that the next build publishes it

Writes DIR/articles/YYYY/MM/<slug>.md (the month of the date in the site's time zone),
prints its path and never overwrites a file: an article that exists, or another
article with the same URL, is refused.`;

/** Reads the new command's options; throws UsageError with a message for the user. */
export function parseNewOptions(argv: string[]): NewCommandOptions | "help" {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        title: { type: "string" },
        source: { type: "string" },
        date: { type: "string" },
        slug: { type: "string" },
        content: { type: "string" },
        "no-draft": { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (values.help) return "help";

  const title = oneLine("--title", values.title, 300, 'the headline, e.g. --title "Summit ends without a deal"');
  const source = oneLine("--source", values.source, 200, 'the outlet\'s name, e.g. --source "Korea Daily" (every article needs one)');
  let slug: string;
  if (values.slug !== undefined) {
    if (!SLUG_PATTERN.test(values.slug)) {
      throw new UsageError(`--slug "${values.slug}" must be lower-case letters a-z and digits joined by single hyphens, e.g. summit-ends`);
    }
    slug = values.slug;
  } else {
    const made = slugFromTitle(title);
    if (made === undefined) {
      throw new UsageError(`the title "${title}" has no letters or digits to make a URL slug from; give one with --slug, e.g. --slug summit-ends`);
    }
    slug = made;
  }
  const content = values.content ?? "content";
  if (!fs.existsSync(content) || !fs.statSync(content).isDirectory()) {
    throw new UsageError(`the content folder "${content}" does not exist`);
  }
  const options: NewCommandOptions = { title, source, slug, content, draft: !values["no-draft"] };
  if (values.date !== undefined) {
    const parsed = parseDateText(values.date.trim());
    if (!parsed.ok) {
      throw new UsageError(`--date: ${parsed.message}${parsed.message.includes(DATE_FORMS) ? "" : `; the forms are ${DATE_FORMS}`}`);
    }
    options.date = parsed.value;
  }
  return options;
}

/** A required one-line text option, trimmed. */
function oneLine(option: string, value: string | undefined, max: number, what: string): string {
  const text = value?.trim();
  if (!text) throw new UsageError(`${option} is required: ${what}`);
  if (/[\r\n]/.test(text)) throw new UsageError(`${option} must be one line`);
  if (text.length > max) throw new UsageError(`${option} is ${text.length} characters long; it can have at most ${max}`);
  return text;
}

/**
 * `new`: writes a new article file with valid front matter and a placeholder
 * body into the content folder and prints its path. `now` is the clock (for
 * tests).
 */
export function newCommand(options: NewCommandOptions, io: Output, now: DateTime = DateTime.now()): number {
  const root = options.content;
  const site = validateSiteFile(root, fs.existsSync(path.join(root, SITE_FILE)));
  if (!site.ok) {
    io.err(formatErrorReport(site.errors));
    io.err("No article was written: fix site.json first.");
    return EXIT.contentErrors;
  }
  const zone = site.site.timeZone;
  let date = options.date;
  if (!date) {
    const parsed = parseDateText(dateTextAt(now, zone));
    if (!parsed.ok) throw new Error(`the clock gave a date the contract refuses: ${parsed.message}`);
    date = parsed.value;
  }
  if (!existsInZone(date, zone)) {
    throw new UsageError(`--date: "${date.text}" does not exist in ${zone} (the clocks skip that time); write a time that exists, or add its offset`);
  }

  const file = articleFile(date, options.slug, zone);
  const url = articleUrl(date, options.slug, zone);
  const target = path.join(root, file);
  const shown = (relative: string) => path.relative(process.cwd(), path.join(root, relative)) || relative;
  const refuse = (message: string) => {
    io.err(`clippings: ${message}; choose another --slug or edit that file. Nothing was written.`);
    return EXIT.usage;
  };
  if (fs.existsSync(target)) return refuse(`${shown(file)} already exists`);
  const other = articleWithUrl(root, url, options.slug, zone);
  if (other) {
    return refuse(
      other.redirect === undefined
        ? `${shown(other.file)} already has the URL ${url}`
        : `${shown(other.file)} already claims ${url} as an old address (redirectFrom[${other.redirect}])`,
    );
  }

  const text = articleText({ title: options.title, date: date.text, source: options.source, slug: options.slug, draft: options.draft });
  const check = articleSchema.safeParse(parseFrontMatter(text).document.data);
  if (!check.success) throw new Error(`the new article's front matter is not valid: ${check.error.message}`);

  fs.mkdirSync(path.dirname(target), { recursive: true });
  try {
    fs.writeFileSync(target, text, { flag: "wx" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return refuse(`${shown(file)} already exists`);
    throw error;
  }
  io.out(shown(file));
  const embargoed = toDateTime(date, zone) > now ? ", once its date has come (or with --future)" : "";
  io.err(
    options.draft
      ? `Written as a draft (draft: true): write the article, then remove the draft: true line to publish it at ${url}${embargoed}`
      : `The next build publishes it at ${url}${embargoed}`,
  );
  return EXIT.ok;
}

/**
 * Another article that already has `url`, as its page or as a `redirectFrom`
 * path: the build would report a duplicate-url error. Only files that could
 * (their name gives the slug, or their text holds it) are parsed; files with
 * errors are left to the build to report.
 */
function articleWithUrl(root: string, url: string, slug: string, zone: string): { file: string; redirect?: number } | undefined {
  for (const file of listContentFiles(root).articles) {
    if (slugOf(path.posix.basename(file, ".md")) !== slug && !fs.readFileSync(path.join(root, file), "utf8").includes(slug)) continue;
    const result = validateMarkdownFile(root, file, articleSchema);
    if (!result.ok) continue;
    const { fields } = result;
    if (articleUrl(fields.date, fields.slug ?? slugOf(path.posix.basename(file, ".md")), zone) === url) {
      return { file };
    }
    const redirect = (fields.redirectFrom ?? []).findIndex((from) => from === url || `${from}/` === url);
    if (redirect >= 0) return { file, redirect };
  }
  return undefined;
}
