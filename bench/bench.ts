/**
 * The benchmark: a full Clippings build of a synthetic archive beside the
 * minimal reference build (bench/minimal.ts) of the same archive, in one
 * invocation, so that the ratio holds on a noisy machine; then the build
 * without the search index, the search index alone (bench/search-alone.ts:
 * the floor of a build with search), `check`, and a one-article edit under
 * `serve` (from saving the file to serve's "Updated" line, median of five
 * edits).
 *
 *   npm run bench -- [--articles N] [--seed S] [--corpus DIR] [--no-write] [--no-serve]
 *   npm run bench -- --corpus DIR --as-is [--no-serve]
 *
 * Prints a Markdown table and records it in docs/performance.md (the row for
 * this article count is replaced). With `--as-is` the archive in DIR, any
 * archive, is measured as it is (nothing generated, nothing recorded).
 * Timings are never asserted in tests.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawn, spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { listContentFiles } from "../src/read/content-files.ts";
import { generateCorpus } from "./corpus.ts";
import { measure, type Measurement } from "./measure.ts";
import { withResult } from "./results-doc.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const TSX = import.meta.resolve("tsx");
const DOC = path.join(ROOT, "docs/performance.md");

interface Row {
  name: string;
  m: Measurement;
  pages: number;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      articles: { type: "string", default: "10000" },
      seed: { type: "string", default: "1" },
      corpus: { type: "string" },
      "no-write": { type: "boolean", default: false },
      "no-serve": { type: "boolean", default: false },
      "as-is": { type: "boolean", default: false },
    },
  });
  if (values["as-is"] && values.corpus === undefined) {
    console.error("bench: --as-is measures the archive given with --corpus DIR");
    return 2;
  }
  const articles = Number(values.articles);
  const seed = Number(values.seed);
  if (!Number.isInteger(articles) || articles < 1 || !Number.isInteger(seed) || seed < 0) {
    console.error("bench: --articles and --seed take whole numbers");
    return 2;
  }
  const corpus = path.resolve(values.corpus ?? path.join(os.tmpdir(), `clippings-corpus-${articles}-${seed}`));
  const marker = path.join(corpus, ".bench-corpus.json");
  const wanted = JSON.stringify({ articles, seed });
  let files = articles;
  if (values["as-is"]) {
    if (!fs.existsSync(path.join(corpus, "articles"))) {
      console.error(`bench: ${corpus} holds no articles/ folder, so no archive to measure`);
      return 2;
    }
    files = listContentFiles(corpus).articles.length;
    console.log(`Measuring the archive in ${corpus} as it is (${files.toLocaleString("en")} article files)`);
  } else if (!fs.existsSync(marker) || fs.readFileSync(marker, "utf8") !== wanted) {
    console.log(`Generating ${articles} articles into ${corpus} ...`);
    generateCorpus({ articles, out: corpus, seed });
    fs.writeFileSync(marker, wanted);
  } else console.log(`Reusing the corpus in ${corpus}`);

  const work = fs.mkdtempSync(path.join(os.tmpdir(), "clippings-bench-"));
  try {
    warmUp(corpus);
    const out = (name: string) => path.join(work, name);
    const now = ["--now", "2026-01-01"];
    const minimal = await step("Minimal reference build", "bench/minimal.ts", [corpus, out("minimal")], out("minimal"));
    const full = await step("Clippings build", CLI, ["build", "--content", corpus, "--output", out("site"), ...now], out("site"));
    const noSearch = await step("Clippings build without the search index", CLI, ["build", "--content", corpus, "--output", out("site-no-search"), ...now, "--no-search"], out("site-no-search"));
    const searchAlone = await step("The search index alone", "bench/search-alone.ts", ["--content", corpus, "--output", out("search-alone"), ...now], out("search-alone"));
    const checked = await step("Clippings check", CLI, ["check", "--content", corpus, ...now]);
    const pages = (m: Measurement) => count(m.stdout, /: ([\d,]+) pages in/);
    const rows: Row[] = [
      { name: "minimal reference", m: minimal, pages: count(minimal.stdout, /minimal build: ([\d,]+) pages/) },
      { name: "Clippings", m: full, pages: pages(full) },
      { name: "Clippings --no-search", m: noSearch, pages: pages(noSearch) },
      { name: "Clippings check", m: checked, pages: 0 },
      { name: "search index alone (with loading)", m: searchAlone, pages: 0 },
    ];
    let edit: EditTiming | undefined;
    if (!values["no-serve"]) {
      console.log("One-article edits under serve ...");
      edit = await serveEdit(corpus, work);
    }
    const table = render(files, rows, edit);
    console.log(`\n${table}`);
    // docs/performance.md records the bench's own corpus only.
    if (!values["no-write"] && !values["as-is"]) record(articles, seed, rows, edit);
    return 0;
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

/** The command line's script, run by most steps. */
const CLI = "src/cli/main.ts";

/**
 * One measured step: the project's TypeScript `script` with `args`, under
 * `measure`; a non-zero exit stops the bench. Then its `output`, if it
 * wrote one, is removed untimed (`settle`).
 */
async function step(what: string, script: string, args: string[], output?: string): Promise<Measurement> {
  console.log(`${what} ...`);
  const m = await measure(process.execPath, ["--import", TSX, path.join(ROOT, script), ...args], { cwd: ROOT });
  check(m, what);
  if (output) settle(output);
  return m;
}

interface EditTiming {
  /** From saving the file to serve's "Updated" line, median, ms. */
  wallMs: number;
  /** What serve reported for the update itself, median, ms. */
  reportedMs: number;
  pages: number;
}

/**
 * Starts `serve` on a copy of the corpus (the copy is edited, never the
 * corpus), waits for its first build, then changes one article's title five
 * times, timing each save until serve prints "Updated N pages in X ms".
 */
async function serveEdit(corpus: string, work: string): Promise<EditTiming> {
  const content = path.join(work, "serve-content");
  fs.cpSync(corpus, content, { recursive: true });
  const file = (fs.readdirSync(path.join(content, "articles"), { recursive: true, encoding: "utf8" }) as string[]).filter((f) => f.endsWith(".md")).sort().at(-1)!;
  const target = path.join(content, "articles", file);
  const child = spawn(process.execPath, ["--import", TSX, path.join(ROOT, CLI), "serve", "--content", content, "--output", path.join(work, "serve-site"), "--port", "0"], {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, NO_COLOR: "1" },
  });
  let out = "";
  child.stdout.on("data", (d: Buffer) => (out += d.toString()));
  child.stderr.on("data", (d: Buffer) => (out += d.toString()));
  const waitFor = async (pattern: RegExp, from: number): Promise<RegExpMatchArray> => {
    for (;;) {
      const match = out.slice(from).match(pattern);
      if (match) return match;
      if (child.exitCode !== null) throw new Error(`serve stopped:\n${out.slice(-2000)}`);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  };
  try {
    await waitFor(/Serving /, 0);
    // As an editor would: the first save comes a moment after the server is up.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const walls: number[] = [];
    const reported: number[] = [];
    let pages = 0;
    for (let i = 1; i <= 5; i++) {
      const from = out.length;
      const text = fs.readFileSync(target, "utf8").replace(/^title: (.*)$/m, (_, title: string) => `title: ${title.replace(/^\(edit \d+\) /, "")}`.replace("title: ", `title: (edit ${i}) `));
      const saved = performance.now();
      fs.writeFileSync(target, text);
      const match = await waitFor(/Updated ([\d,]+) pages?(?:, removed [\d,]+ pages?)? in ([\d,]+) ms/, from);
      walls.push(performance.now() - saved);
      reported.push(Number(match[2]!.replaceAll(",", "")));
      pages = Number(match[1]!.replaceAll(",", ""));
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
    return { wallMs: median(walls), reportedMs: median(reported), pages };
  } finally {
    child.kill("SIGTERM");
  }
}

/**
 * Reads every file of the corpus once, untimed, so that the first build
 * measured does not pay alone for reading it from disk (the minimal build,
 * which runs first, took 52.9 s instead of ~25 s at 50,000 articles that way).
 */
function warmUp(corpus: string): void {
  for (const file of fs.readdirSync(corpus, { recursive: true, encoding: "utf8" })) {
    const full = path.join(corpus, file);
    if (fs.statSync(full).isFile()) fs.readFileSync(full);
  }
}

/**
 * Between two measurements, untimed: removes the output just measured and
 * flushes the disk's write cache (`sync`), so that the next build does not
 * pay for writing back the previous build's hundreds of megabytes.
 */
function settle(output: string): void {
  fs.rmSync(output, { recursive: true, force: true });
  spawnSync("sync", { stdio: "ignore" }); // absent outside Unix: then nothing is flushed
}

function median(values: number[]): number {
  const sorted = values.toSorted((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function check(m: Measurement, what: string): void {
  if (m.exitCode !== 0) throw new Error(`${what} failed (exit ${m.exitCode}):\n${m.stderr.slice(-2000)}`);
}

function count(output: string, pattern: RegExp): number {
  const match = pattern.exec(output);
  return match ? Number(match[1]!.replaceAll(",", "")) : 0;
}

/** The search index's own time, after loading, as bench/search-alone.ts printed it. */
function searchIndexSeconds(searchAlone: Row): number {
  const match = / in ([\d.]+) s after loading/.exec(searchAlone.m.stdout);
  if (!match) throw new Error(`bench/search-alone.ts printed no time:\n${searchAlone.m.stdout}`);
  return Number(match[1]);
}

const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);

function render(articles: number, rows: Row[], edit?: EditTiming): string {
  const lines = [
    `| ${articles.toLocaleString("en")} articles | wall s | CPU s | peak RSS MB | pages | pages/s |`,
    "|---|---|---|---|---|---|",
    ...rows.map(({ name, m, pages }) => `| ${name} | ${m.wallSeconds.toFixed(1)} | ${m.cpuSeconds.toFixed(1)} | ${mb(m.peakRssBytes)} | ${pages.toLocaleString("en")} | ${Math.round(pages / m.wallSeconds).toLocaleString("en")} |`),
  ];
  const [minimal, full, , , searchAlone] = rows as [Row, Row, Row, Row, Row];
  lines.push("", `Clippings / minimal, wall time: ${(full.m.wallSeconds / minimal.m.wallSeconds).toFixed(2)}x`);
  lines.push(`Search index alone: ${searchIndexSeconds(searchAlone).toFixed(1)} s after loading the archive, nothing rendered beside it (bench/search-alone.ts): the floor of a build with search`);
  if (edit) lines.push(`One-article edit under serve: ${Math.round(edit.wallMs)} ms from save to updated (serve's own figure ${edit.reportedMs} ms; ${edit.pages} pages rendered), median of 5`);
  return lines.join("\n");
}

/** Replaces (or adds) this article count's row in the results table of docs/performance.md, with how it was measured. */
function record(articles: number, seed: number, rows: Row[], edit?: EditTiming): void {
  const [minimal, full, noSearch, checked, searchAlone] = rows as [Row, Row, Row, Row, Row];
  const ratio = (r: Row) => `${(r.m.wallSeconds / minimal.m.wallSeconds).toFixed(2)}x`;
  const row = `| ${articles.toLocaleString("en")} | ${seed} | ${minimal.m.wallSeconds.toFixed(1)} / ${mb(minimal.m.peakRssBytes)} | ${full.m.wallSeconds.toFixed(1)} / ${full.m.cpuSeconds.toFixed(1)} / ${mb(full.m.peakRssBytes)} (${ratio(full)}) | ${noSearch.m.wallSeconds.toFixed(1)} / ${mb(noSearch.m.peakRssBytes)} (${ratio(noSearch)}) | ${full.pages.toLocaleString("en")} | ${checked.m.wallSeconds.toFixed(1)} | ${edit ? `${Math.round(edit.wallMs)} (${edit.pages} pages)` : "–"} | ${searchIndexSeconds(searchAlone).toFixed(1)} |`;
  const doc = fs.existsSync(DOC) ? fs.readFileSync(DOC, "utf8") : "# Performance\n";
  fs.writeFileSync(DOC, withResult(doc, articles, row, measuredBy()));
  console.log(`Recorded in ${path.relative(ROOT, DOC)}`);
}

/** This run's command as typed (with `TMPDIR` when set: where every build wrote), the day, and the commit measured. */
function measuredBy(): string {
  const args = process.argv.slice(2).join(" ");
  const command = `${process.env.TMPDIR ? `TMPDIR=${process.env.TMPDIR} ` : ""}npm run bench${args ? ` -- ${args}` : ""}`;
  const git = (...gitArgs: string[]) => {
    const run = spawnSync("git", gitArgs, { cwd: ROOT, encoding: "utf8" });
    return run.status === 0 ? run.stdout.trim() : undefined;
  };
  const commit = git("rev-parse", "--short", "HEAD");
  // Markdown is not what is measured (the bench's corpus is generated, not
  // content/), and the results table itself changes with every run.
  const changed = git("status", "--porcelain", "--", ".", ":!*.md");
  const code = commit ? `commit ${commit}${changed ? " with uncommitted changes" : ""}` : "outside a git checkout";
  return `\`${command}\`, ${new Date().toISOString().slice(0, 10)}, ${code}`;
}

process.exitCode = await main();
