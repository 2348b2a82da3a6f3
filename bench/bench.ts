/**
 * The benchmark: a full Clippings build of a synthetic archive beside the
 * minimal reference build (bench/minimal.ts) of the same archive, in one
 * invocation, so that the ratio holds on a noisy machine.
 *
 *   npm run bench -- [--articles N] [--seed S] [--corpus DIR] [--no-write]
 *
 * Prints a Markdown table and records it in docs/performance.md (the row for
 * this article count is replaced). Timings are never asserted in tests.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { generateCorpus } from "./corpus.ts";
import { measure, type Measurement } from "./measure.ts";

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
    },
  });
  const articles = Number(values.articles);
  const seed = Number(values.seed);
  if (!Number.isInteger(articles) || articles < 1 || !Number.isInteger(seed) || seed < 0) {
    console.error("bench: --articles and --seed take whole numbers");
    return 2;
  }
  const corpus = path.resolve(values.corpus ?? path.join(os.tmpdir(), `clippings-corpus-${articles}-${seed}`));
  const marker = path.join(corpus, ".bench-corpus.json");
  const wanted = JSON.stringify({ articles, seed });
  if (!fs.existsSync(marker) || fs.readFileSync(marker, "utf8") !== wanted) {
    console.log(`Generating ${articles} articles into ${corpus} ...`);
    generateCorpus({ articles, out: corpus, seed });
    fs.writeFileSync(marker, wanted);
  } else console.log(`Reusing the corpus in ${corpus}`);

  const work = fs.mkdtempSync(path.join(os.tmpdir(), "clippings-bench-"));
  try {
    console.log("Minimal reference build ...");
    const minimal = await measure(process.execPath, ["--import", TSX, path.join(ROOT, "bench/minimal.ts"), corpus, path.join(work, "minimal")]);
    check(minimal, "minimal build");
    console.log("Clippings build ...");
    const full = await measure(process.execPath, ["--import", TSX, path.join(ROOT, "src/cli/main.ts"), "build", "--content", corpus, "--output", path.join(work, "site"), "--now", "2026-01-01"], { cwd: ROOT });
    check(full, "Clippings build");
    const rows: Row[] = [
      { name: "minimal reference", m: minimal, pages: count(minimal.stdout, /minimal build: ([\d,]+) pages/) },
      { name: "Clippings", m: full, pages: count(full.stdout, /: ([\d,]+) pages in/) },
    ];
    const table = render(articles, rows);
    console.log(`\n${table}`);
    if (!values["no-write"]) record(articles, seed, rows);
    return 0;
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

function check(m: Measurement, what: string): void {
  if (m.exitCode !== 0) throw new Error(`${what} failed (exit ${m.exitCode}):\n${m.stderr.slice(-2000)}`);
}

function count(output: string, pattern: RegExp): number {
  const match = pattern.exec(output);
  return match ? Number(match[1]!.replaceAll(",", "")) : 0;
}

const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);

function render(articles: number, rows: Row[]): string {
  const lines = [
    `| ${articles.toLocaleString("en")} articles | wall s | CPU s | peak RSS MB | pages | pages/s |`,
    "|---|---|---|---|---|---|",
    ...rows.map(({ name, m, pages }) => `| ${name} | ${m.wallSeconds.toFixed(1)} | ${m.cpuSeconds.toFixed(1)} | ${mb(m.peakRssBytes)} | ${pages.toLocaleString("en")} | ${Math.round(pages / m.wallSeconds).toLocaleString("en")} |`),
  ];
  const [minimal, full] = rows;
  lines.push("", `Clippings / minimal, wall time: ${(full!.m.wallSeconds / minimal!.m.wallSeconds).toFixed(2)}x`);
  return lines.join("\n");
}

/** Replaces (or adds) this article count's row in the results table of docs/performance.md. */
function record(articles: number, seed: number, rows: Row[]): void {
  const [minimal, full] = rows as [Row, Row];
  const row = `| ${articles.toLocaleString("en")} | ${seed} | ${full.m.wallSeconds.toFixed(1)} | ${full.m.cpuSeconds.toFixed(1)} | ${mb(full.m.peakRssBytes)} | ${full.pages.toLocaleString("en")} | ${minimal.m.wallSeconds.toFixed(1)} | ${mb(minimal.m.peakRssBytes)} | ${(full.m.wallSeconds / minimal.m.wallSeconds).toFixed(2)}x |`;
  const start = "<!-- bench:results -->";
  const end = "<!-- /bench:results -->";
  let doc = fs.existsSync(DOC) ? fs.readFileSync(DOC, "utf8") : `# Performance\n\n${start}\n${end}\n`;
  if (!doc.includes(start)) doc += `\n${start}\n${end}\n`;
  const [before, rest] = doc.split(start) as [string, string];
  const [block, after] = rest.split(end) as [string, string];
  const header = [
    "| articles | seed | Clippings wall s | CPU s | peak RSS MB | pages | minimal wall s | minimal peak MB | ratio |",
    "|---|---|---|---|---|---|---|---|---|",
  ];
  const existing = block.split("\n").filter((l) => /^\| [\d,]+ \|/.test(l) && !l.startsWith(`| ${articles.toLocaleString("en")} |`));
  const sorted = [...existing, row].sort((a, b) => Number(a.split("|")[1]!.replaceAll(",", "")) - Number(b.split("|")[1]!.replaceAll(",", "")));
  fs.writeFileSync(DOC, `${before}${start}\n${[...header, ...sorted].join("\n")}\n${end}${after}`);
  console.log(`Recorded in ${path.relative(ROOT, DOC)}`);
}

process.exitCode = await main();
