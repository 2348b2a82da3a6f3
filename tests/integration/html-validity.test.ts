import { HtmlValidate, type ConfigData } from "html-validate";
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { listFiles, ROOT, runCli, tempDir } from "../helpers/cli.ts";

const FIXTURE = path.join(ROOT, "tests/fixtures/archive");

/** html-validate's recommended rules; each rule turned off says why. */
const CONFIG: ConfigData = {
  root: true,
  extends: ["html-validate:recommended"],
  rules: {
    // The preset wants `<!DOCTYPE html>`; we write `<!doctype html>`, which HTML defines as the same thing.
    "doctype-style": "off",
    // Advice for search snippets, not validity: an article's <title> is the editor's headline plus the site name, and the shipped one runs to 75 characters.
    "long-title": "off",
  },
};

const validator = new HtmlValidate(CONFIG);
let out: { dir: string; remove: () => void };
let pages: string[];

/** Every error html-validate reports on `html`, as `file:line:column: rule: message`. */
async function errors(file: string, html: string): Promise<string[]> {
  const report = await validator.validateString(html, file);
  return report.results.flatMap((result) =>
    result.messages.filter((m) => m.severity === 2).map((m) => `${result.filePath}:${m.line}:${m.column}: ${m.ruleId}: ${m.message}`),
  );
}

beforeAll(async () => {
  out = tempDir("html-validity");
  const run = await runCli(["build", "--content", FIXTURE, "--output", out.dir, "--now", "2025-11-01"]);
  expect(run.code, run.stderr).toBe(0);
  // Pagefind's own files are not ours to validate.
  pages = listFiles(out.dir).filter((f) => f.endsWith(".html") && !f.startsWith("pagefind/"));
});

afterAll(() => out.remove());

test("every page of the fixture archive is valid HTML (html-validate, recommended rules)", async () => {
  // Every kind of page is among them: home, article, entity, quotes, taxonomy, archive, search, 404, redirects.
  expect(pages).toEqual(expect.arrayContaining(["index.html", "2025/10/24/museum/index.html", "people/keir-giles/quotes/index.html", "archive/2025/10/index.html", "search/index.html", "404.html", "old/putin-speaks.html"]));
  const found: string[] = [];
  for (const page of pages) found.push(...(await errors(page, fs.readFileSync(path.join(out.dir, page), "utf8"))));
  expect(found).toEqual([]);
});

test("the configuration reports real defects", async () => {
  const broken = `<!doctype html><html lang="en"><head><title>x</title></head><body><main><p>open<div id="a"></div><div id="a"></div><img src="/x.png"></main></body></html>`;
  const rules = (await errors("broken.html", broken)).map((line) => line.split(": ")[1]);
  expect(rules).toEqual(expect.arrayContaining(["no-dup-id", "wcag/h37"]));
});
