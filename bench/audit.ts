/**
 * Lighthouse audit of a built site:
 *
 *   npm run audit -- [--site DIR] [--content DIR] [--preset desktop] [--keep DIR]
 *
 * Builds `content/` (or --content) into a temp folder, or takes the finished
 * site in --site, serves it on 127.0.0.1 and runs Lighthouse 12 (Debian's
 * Chromium, headless) on the home page, an article, an entity page and the
 * search page, one after another. Prints the four category scores per page,
 * then every audit that cost points. Lighthouse's JSON reports go to --keep
 * when given. Lighthouse exits 0 whatever the scores: they are read from its
 * JSON. This exits 0 when every run produced a report (whatever the scores),
 * 1 when one did not, 2 on bad options.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { CHROMIUM_ARGS, chromiumFacts, planChromium } from "../tests/helpers/chromium.ts";
import { serveStatic } from "../tests/helpers/static-server.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const LIGHTHOUSE = path.join(ROOT, "node_modules/lighthouse/cli/index.js");
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
const USAGE = "Usage: npm run audit -- [--site DIR] [--content DIR] [--preset desktop] [--keep DIR]";
const TAXONOMIES = ["people", "organisations", "topics", "places", "sources"];

/** The part of Lighthouse's JSON report (LHR) read here. */
interface LighthouseReport {
  finalDisplayedUrl: string;
  runtimeError?: { code: string; message: string };
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, { id: string; title: string; score: number | null; scoreDisplayMode: string; displayValue?: string }>;
}

export interface AuditedPage {
  label: string;
  path: string;
}

/**
 * The pages to audit in a built site: home, search, the richest article and
 * the richest entity page (largest HTML: the most of each page's parts).
 */
export function pagesToAudit(site: string): AuditedPage[] {
  const largest = (folders: string[]): string | undefined =>
    folders
      .map((f) => ({ f, size: fs.statSync(path.join(site, f, "index.html"), { throwIfNoEntry: false })?.size ?? -1 }))
      .filter((x) => x.size >= 0)
      .sort((a, b) => b.size - a.size || a.f.localeCompare(b.f))[0]?.f;
  const dirs = (relative: string): string[] =>
    fs.existsSync(path.join(site, relative))
      ? fs.readdirSync(path.join(site, relative), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => path.posix.join(relative, d.name))
      : [];
  // Articles live at YYYY/MM/DD/slug/.
  const articles = dirs(".")
    .filter((y) => /^\d{4}$/.test(y))
    .flatMap(dirs)
    .filter((m) => /^\d{4}\/\d{2}$/.test(m))
    .flatMap(dirs)
    .flatMap(dirs);
  // Entity pages: the first taxonomy (people first) that has any.
  const entities = TAXONOMIES.map((t) => dirs(t).filter((d) => d !== `${t}/page`)).find((list) => list.length > 0) ?? [];
  const article = largest(articles);
  const entity = largest(entities);
  return [
    { label: "home", path: "/" },
    ...(article ? [{ label: "article", path: `/${article}/` }] : []),
    ...(entity ? [{ label: "entity", path: `/${entity}/` }] : []),
    { label: "search", path: "/search/" },
  ];
}

/** Runs the project's build command into `output`. */
function build(content: string, output: string): Promise<number | null> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", import.meta.resolve("tsx"), path.join(ROOT, "src/cli/main.ts"), "build", "--content", content, "--output", output], {
      stdio: "inherit",
    });
    child.on("error", reject);
    child.on("close", resolve);
  });
}

/** One Lighthouse run; resolves with its report, or null (after saying why) when it wrote none. */
function lighthouse(url: string, reportFile: string, tmp: string, preset: string | undefined): Promise<LighthouseReport | null> {
  const args = [
    LIGHTHOUSE,
    url,
    "--output=json",
    `--output-path=${reportFile}`,
    "--quiet",
    `--only-categories=${CATEGORIES.join(",")}`,
    `--chrome-flags=--headless=new ${CHROMIUM_ARGS.join(" ")}`,
    ...(preset ? [`--preset=${preset}`] : []),
  ];
  return new Promise((resolve, reject) => {
    let stderr = "";
    const child = spawn(process.execPath, args, { env: { ...process.env, CHROME_PATH: chromiumFacts().path, TMPDIR: tmp }, stdio: ["ignore", "ignore", "pipe"] });
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("error", reject);
    child.on("close", (code) => {
      if (!fs.existsSync(reportFile)) {
        console.error(`audit: Lighthouse wrote no report for ${url} (exit ${code})\n${stderr}`);
        resolve(null);
        return;
      }
      resolve(JSON.parse(fs.readFileSync(reportFile, "utf8")) as LighthouseReport);
    });
  });
}

const score = (value: number | null | undefined): string => (value === null || value === undefined ? "–" : String(Math.round(value * 100)));

/** The table: one row a page, one column a category. */
export function scoreTable(rows: { page: AuditedPage; report: LighthouseReport }[]): string {
  const header = ["page", ...CATEGORIES];
  const lines = rows.map(({ page, report }) => [`${page.label} (${page.path})`, ...CATEGORIES.map((c) => score(report.categories[c]?.score))]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const row = (cells: string[]) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(" | ")} |`;
  return [row(header), `|${widths.map((w, i) => (i === 0 ? "-".repeat(w + 2) : `${"-".repeat(w + 1)}:`)).join("|")}|`, ...lines.map(row)].join("\n");
}

/** The audits of a report that cost points: weighted in a category and scored below 1. */
export function lostPoints(report: LighthouseReport): string[] {
  const lines: string[] = [];
  for (const category of CATEGORIES) {
    for (const ref of report.categories[category]?.auditRefs ?? []) {
      const audit = report.audits[ref.id];
      if (!audit || ref.weight === 0 || audit.score === null || audit.score >= 1) continue;
      lines.push(`${category}: ${audit.id} (score ${score(audit.score)}, weight ${ref.weight})${audit.displayValue ? ` ${audit.displayValue}` : ""}: ${audit.title}`);
    }
  }
  return lines;
}

async function run(argv: string[]): Promise<number> {
  let values: { site?: string; content?: string; preset?: string; keep?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { site: { type: "string" }, content: { type: "string" }, preset: { type: "string" }, keep: { type: "string" }, help: { type: "boolean", short: "h" } },
    }));
  } catch (error) {
    console.error(`audit: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (values.preset !== undefined && values.preset !== "desktop") {
    console.error(`audit: --preset takes only "desktop" (the default is Lighthouse's mobile run)\n${USAGE}`);
    return 2;
  }
  if (values.site !== undefined && values.content !== undefined) {
    console.error(`audit: give --site (a built site) or --content (to build), not both\n${USAGE}`);
    return 2;
  }
  const plan = planChromium(chromiumFacts());
  if (plan.action !== "use") {
    console.error(`audit: ${plan.action === "stop" ? plan.message : "Chromium is not installed. As root: apt-get update && apt-get install -y chromium"}`);
    return 1;
  }

  const temp = fs.mkdtempSync(path.join(os.tmpdir(), "clippings-audit-"));
  try {
    let site: string;
    if (values.site !== undefined) {
      site = path.resolve(values.site);
      if (!fs.existsSync(path.join(site, "index.html"))) {
        console.error(`audit: ${site} is not a built site (no index.html)`);
        return 2;
      }
    } else {
      site = path.join(temp, "site");
      const code = await build(path.resolve(values.content ?? path.join(ROOT, "content")), site);
      if (code !== 0) {
        console.error(`audit: the build failed (exit ${code})`);
        return 1;
      }
    }
    const reports = path.resolve(values.keep ?? path.join(temp, "reports"));
    fs.mkdirSync(reports, { recursive: true });
    const tmp = path.join(temp, "tmp");
    fs.mkdirSync(tmp);

    const server = await serveStatic(site);
    const rows: { page: AuditedPage; report: LighthouseReport }[] = [];
    let missing = 0;
    try {
      for (const page of pagesToAudit(site)) {
        console.error(`audit: Lighthouse ${values.preset ?? "mobile"} on ${page.path}`);
        const report = await lighthouse(server.origin + page.path, path.join(reports, `${page.label}.json`), tmp, values.preset);
        if (report === null || report.runtimeError) {
          if (report?.runtimeError) console.error(`audit: ${page.path}: ${report.runtimeError.code}: ${report.runtimeError.message}`);
          missing += 1;
          continue;
        }
        rows.push({ page, report });
      }
    } finally {
      await server.close();
    }
    console.log(`Lighthouse ${values.preset ?? "mobile"} scores (0-100):\n`);
    console.log(scoreTable(rows));
    for (const { page, report } of rows) {
      const lost = lostPoints(report);
      if (lost.length > 0) console.log(`\n${page.label} (${page.path}) lost points on:\n${lost.map((l) => `  ${l}`).join("\n")}`);
    }
    if (values.keep !== undefined) console.log(`\nLighthouse's JSON reports: ${reports}`);
    return missing === 0 ? 0 : 1;
  } finally {
    fs.rmSync(temp, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) process.exitCode = await run(process.argv.slice(2));
