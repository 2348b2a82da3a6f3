import * as cheerio from "cheerio";
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { afterAll, beforeAll, expect, test } from "vitest";
import { listFiles, ROOT, runCli, tempDir } from "../helpers/cli.ts";

/**
 * The page-weight budget of an article page: its HTML plus the stylesheets and
 * scripts it links, each compressed with gzip at level 9, in bytes. About twice
 * the heaviest article measured (about 11 KB): room for the stylesheet and longer
 * articles, while a page that doubles (an inlined image, a second stylesheet, a
 * script bundle) fails. Images and fonts are not counted. README.md, "Page
 * weight", gives the measured figures: keep both in step.
 */
const BUDGET = 20 * 1024;

const ARTICLE = /^\d{4}\/\d{2}\/\d{2}\/[^/]+\/index\.html$/;

let out: { dir: string; remove: () => void };

interface Weight {
  page: string;
  html: number;
  assets: number;
  total: number;
}

const gzip = (bytes: Buffer): number => zlib.gzipSync(bytes, { level: 9 }).length;

/** The compressed weight of one page of `site`: its HTML and each stylesheet and script it links. */
function weigh(site: string, page: string): Weight {
  const html = fs.readFileSync(path.join(site, page));
  const $ = cheerio.load(html.toString("utf8"));
  const linked = [...$('link[rel~="stylesheet"]').map((_, el) => $(el).attr("href")!), ...$("script[src]").map((_, el) => $(el).attr("src")!)];
  // Every one of them is a root-relative URL of the site (links.test.ts checks that they resolve).
  const assets = linked.reduce((sum, url) => sum + gzip(fs.readFileSync(path.join(site, new URL(url, "https://site.invalid/").pathname))), 0);
  return { page, html: gzip(html), assets, total: gzip(html) + assets };
}

/** Builds `content` into `dir` and weighs its article pages, heaviest first. */
async function articleWeights(content: string, dir: string, now: string): Promise<Weight[]> {
  const run = await runCli(["build", "--content", content, "--output", dir, "--now", now]);
  expect(run.code, run.stderr).toBe(0);
  return listFiles(dir)
    .filter((f) => ARTICLE.test(f))
    .map((page) => weigh(dir, page))
    .sort((a, b) => b.total - a.total);
}

/** One line for the log: the figures README.md quotes. */
function report(weight: Weight): void {
  console.info(`page weight (gzip -9): ${weight.page}: HTML ${weight.html} B + CSS/JS ${weight.assets} B = ${weight.total} B of ${BUDGET} B`);
}

beforeAll(() => {
  out = tempDir("page-weight");
});

afterAll(() => out.remove());

test("every article page of the fixture archive, the heaviest included, is within the budget", async () => {
  const weights = await articleWeights(path.join(ROOT, "tests/fixtures/archive"), path.join(out.dir, "fixture"), "2025-11-01");
  expect(weights).toHaveLength(5);
  expect(weights[0]!.assets).toBeGreaterThan(0); // the stylesheet is counted
  report(weights[0]!);
  expect(weights.filter((w) => w.total > BUDGET)).toEqual([]);
});

test("the shipped content's article page is within the budget", async () => {
  const weights = await articleWeights(path.join(ROOT, "content"), path.join(out.dir, "content"), "2026-01-01");
  expect(weights.map((w) => w.page)).toEqual(["2025/10/24/north-korean-troops-role-in-russian-operations-acknowledged/index.html"]);
  report(weights[0]!);
  expect(weights.filter((w) => w.total > BUDGET)).toEqual([]);
});

test("README.md states the budget", () => {
  expect(fs.readFileSync(path.join(ROOT, "README.md"), "utf8")).toContain(`${BUDGET.toLocaleString("en")} bytes`);
});
