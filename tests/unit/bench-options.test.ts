import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, expect, test } from "vitest";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const temp = fs.mkdtempSync(path.join(os.tmpdir(), "clippings-bench-options-"));
afterAll(() => fs.rmSync(temp, { recursive: true, force: true }));

/** The bench's command line; only its refusals are run here (a measurement takes minutes). */
function bench(...args: string[]) {
  return spawnSync(process.execPath, ["--import", "tsx", "bench/bench.ts", ...args], { cwd: ROOT, encoding: "utf8" });
}

test("--as-is needs the archive to measure", () => {
  const run = bench("--as-is");
  expect(run.status).toBe(2);
  expect(run.stderr).toContain("--as-is measures the archive given with --corpus DIR");
});

test("--as-is refuses a folder that holds no archive, and leaves it as it was", () => {
  fs.writeFileSync(path.join(temp, "notes.txt"), "keep me");
  const run = bench("--as-is", "--corpus", temp);
  expect(run.status).toBe(2);
  expect(run.stderr).toContain("holds no articles/ folder");
  expect(fs.readdirSync(temp)).toEqual(["notes.txt"]);
});
