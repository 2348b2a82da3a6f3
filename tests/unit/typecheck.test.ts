import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { expect, test } from "vitest";
import { ROOT } from "../helpers/cli.ts";

/**
 * The whole project (src, layouts, tests, bench, the Eleventy config) passes
 * `tsc --noEmit` in strict mode: vitest and tsx strip types without checking
 * them, so without this a type error in any file would pass `npm test`.
 */
test("the project type-checks (npm run typecheck)", () => {
  const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
  const run = spawnSync(process.execPath, [tsc, "--noEmit", "-p", ROOT], { cwd: ROOT, encoding: "utf8" });
  expect(run.stdout + run.stderr).toBe("");
  expect(run.status).toBe(0);
}, 120_000);
