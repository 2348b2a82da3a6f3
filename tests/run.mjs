// `npm test`: runs vitest once, then prints the plain line CI reads,
// `N passed, N failed`, from vitest's JSON report. Exits as vitest did.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const report = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "clippings-test-")), "report.json");
const vitest = spawnSync(
  process.execPath,
  ["node_modules/vitest/vitest.mjs", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${report}`, ...process.argv.slice(2)],
  { stdio: "inherit", env: { ...process.env, TZ: "UTC" } },
);

let passed = 0;
let failed = 0;
try {
  const results = JSON.parse(fs.readFileSync(report, "utf8"));
  passed = results.numPassedTests;
  // A test file that fails to load has no tests but is a failure too.
  const brokenFiles = results.testResults.filter((f) => f.status === "failed" && f.assertionResults.length === 0).length;
  failed = results.numFailedTests + brokenFiles;
} catch {
  failed = Math.max(failed, 1);
  console.error("tests/run.mjs: vitest wrote no JSON report");
}
fs.rmSync(path.dirname(report), { recursive: true, force: true });
console.log(`${passed} passed, ${failed} failed`);
process.exit(vitest.status === 0 && failed === 0 ? 0 : 1);
