import fs from "node:fs";
import { describe, expect, test } from "vitest";
import { parse } from "yaml";
import path from "node:path";
import { IMAGE_CACHE } from "../../src/write/images.ts";
import { ROOT } from "../helpers/cli.ts";

interface Step {
  name?: string;
  run?: string;
  uses?: string;
  with?: Record<string, unknown>;
}

/** The CI recipe shipped for editors' repositories: it must run the commands the README documents. */
describe(".github/workflows/site.yml", () => {
  const workflow = parse(fs.readFileSync(`${ROOT}.github/workflows/site.yml`, "utf8")) as { jobs: Record<string, { steps: Step[]; container?: string }> };
  const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
  const runs = steps.map((s) => s.run).filter((r): r is string => r !== undefined);
  const scripts = (JSON.parse(fs.readFileSync(`${ROOT}package.json`, "utf8")) as { scripts: Record<string, string> }).scripts;

  test("installs, checks, tests and builds, in that order, with scripts package.json has", () => {
    expect(runs).toEqual(["npm ci", "npm run check", "npm test", "npm run build"]);
    for (const script of ["check", "test", "build"]) expect(scripts[script]).toBeDefined();
  });

  test("runs on Node 20 in Debian, where npm test can install Chromium", () => {
    expect(Object.values(workflow.jobs)[0]!.container).toMatch(/^node:20-bookworm/);
  });

  test("keeps the converted lead images between runs, from the folder the build keeps them in, before building", () => {
    const cache = steps.findIndex((s) => s.uses?.startsWith("actions/cache@"));
    expect(cache).toBeGreaterThan(-1);
    expect(steps[cache]!.with?.path).toBe(path.relative(ROOT, IMAGE_CACHE));
    // Outside node_modules, which `npm ci` empties.
    expect(path.relative(ROOT, IMAGE_CACHE)).not.toMatch(/^node_modules/);
    expect(steps[cache]!.with?.["restore-keys"]).toBeTruthy();
    expect(cache).toBeLessThan(steps.findIndex((s) => s.run === "npm run build"));
  });

  test("keeps _site as an artifact", () => {
    const upload = steps.find((s) => s.uses?.startsWith("actions/upload-artifact@"));
    expect(upload?.with?.path).toBe("_site");
  });
});
