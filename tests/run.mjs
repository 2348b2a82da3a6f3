// `npm test`: makes sure Chromium is there for the browser tests (installs
// Debian's package when run as root, else says how), runs vitest once, then
// prints the plain line CI reads, `N passed, N failed`, from vitest's JSON
// report. Exits 0 only when vitest did and nothing failed.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { tsImport } from "tsx/esm/api";

const { BROWSER_TESTS, ensureChromium, runsBrowserTests } = await tsImport("./helpers/chromium.ts", import.meta.url);

const args = process.argv.slice(2);
const browserFiles = fs.existsSync(BROWSER_TESTS)
  ? fs.readdirSync(BROWSER_TESTS, { recursive: true, encoding: "utf8" }).map((f) => BROWSER_TESTS + f.split(path.sep).join("/"))
  : [];
let missingBrowser = null;
if (runsBrowserTests(args, browserFiles)) {
  const lines = [];
  if (ensureChromium((line) => (console.log(`tests/run.mjs: ${line}`), lines.push(line))) === null) {
    // Run everything else; the browser tests that could not run count as one failure.
    missingBrowser = lines.join("\n");
    args.push("--exclude", `${BROWSER_TESTS}**`);
  }
}

const report = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "clippings-test-")), "report.json");
const vitest = spawnSync(
  process.execPath,
  ["node_modules/vitest/vitest.mjs", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${report}`, ...args],
  { stdio: "inherit", env: { ...process.env, TZ: "UTC" } },
);

let passed = 0;
let failed = 0;
try {
  const results = JSON.parse(fs.readFileSync(report, "utf8"));
  passed = results.numPassedTests;
  // A test file that fails outside its tests (it does not load, or a beforeAll
  // throws and its tests are skipped) is a failure too.
  const brokenFiles = results.testResults.filter(
    (f) => f.status === "failed" && !f.assertionResults.some((a) => a.status === "failed"),
  ).length;
  failed = results.numFailedTests + brokenFiles;
} catch {
  failed = Math.max(failed, 1);
  console.error("tests/run.mjs: vitest wrote no JSON report");
}
fs.rmSync(path.dirname(report), { recursive: true, force: true });
if (missingBrowser !== null) {
  console.log(`tests/run.mjs: the browser tests (${BROWSER_TESTS}) did not run: ${missingBrowser}`);
  failed += 1;
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(vitest.status === 0 && failed === 0 ? 0 : 1);
