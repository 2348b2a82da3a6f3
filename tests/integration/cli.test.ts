import fs from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";
import { ROOT, runCli, tempDir } from "../helpers/cli.ts";

test("the build runs from any working folder, with relative --content and --output", async () => {
  const work = tempDir("cwd");
  try {
    fs.cpSync(path.join(ROOT, "tests/fixtures/archive"), path.join(work.dir, "my-content"), { recursive: true });
    const run = await runCli(["build", "--content", "my-content", "--output", "public", "--now", "2025-11-01"], { cwd: work.dir });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(fs.existsSync(path.join(work.dir, "public/2025/10/24/museum/index.html"))).toBe(true);
  } finally {
    work.remove();
  }
});

test("--help prints the options and exits 0; an unknown command exits 2", async () => {
  const help = await runCli(["build", "--help"]);
  expect(help.code).toBe(0);
  for (const option of ["--content", "--output", "--drafts", "--future", "--now"]) expect(help.stdout).toContain(option);
  const unknown = await runCli(["publish"]);
  expect(unknown.code).toBe(2);
  expect(unknown.stderr).toMatch(/unknown command "publish"/);
});
