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

  test("restores the converted lead images before building, from the folder the build keeps them in", () => {
    const restore = steps.findIndex((s) => s.uses?.startsWith("actions/cache/restore@"));
    expect(restore).toBeGreaterThan(-1);
    expect(steps[restore]!.with?.path).toBe(path.relative(ROOT, IMAGE_CACHE));
    // Outside node_modules, which `npm ci` empties.
    expect(path.relative(ROOT, IMAGE_CACHE)).not.toMatch(/^node_modules/);
    // This content's images first, then what a run that did not finish kept, then any.
    const key = steps[restore]!.with?.key as string;
    expect(String(steps[restore]!.with?.["restore-keys"]).trim().split("\n")).toEqual([`${key}-partial-`, "lead-images-"]);
    expect(restore).toBeLessThan(steps.findIndex((s) => s.run === "npm run build"));
  });

  test("keeps what the build converted even when it fails or runs out of time, under a key of its own", () => {
    const restore = steps.find((s) => s.uses?.startsWith("actions/cache/restore@"))!;
    const buildAt = steps.findIndex((s) => s.run === "npm run build");
    const build = steps[buildAt] as Step & { id?: string; "timeout-minutes"?: number };
    const saveAt = steps.findIndex((s) => s.uses?.startsWith("actions/cache/save@"));
    const save = steps[saveAt] as Step & { if?: string };
    expect(saveAt).toBeGreaterThan(buildAt);
    expect(save.with?.path).toBe(restore.with?.path);
    expect(save.if).toMatch(/^always\(\)/);
    expect(save.if).toContain(`steps.${build.id}.outcome == 'failure'`);
    // A finished build saves under the restore key; an unfinished one under a "partial" key unique to the run.
    expect(save.with?.key).toBe(`${restore.with?.key}\${{ steps.${build.id}.outcome != 'success' && format('-partial-{0}-{1}', github.run_id, github.run_attempt) || '' }}`);
    // The build's own limit leaves the job time to save.
    const job = Object.values(workflow.jobs)[0] as { "timeout-minutes"?: number };
    expect(build["timeout-minutes"]).toBeLessThan(job["timeout-minutes"]! - 5);
  });

  test("keeps _site as an artifact", () => {
    const upload = steps.find((s) => s.uses?.startsWith("actions/upload-artifact@"));
    expect(upload?.with?.path).toBe("_site");
  });
});
