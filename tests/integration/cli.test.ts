import fs from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";
import { generateCorpus } from "../../bench/corpus.ts";
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

test("a build stopped by Ctrl+C leaves no half-written folder, and the previous site as it was", async () => {
  const { dir, remove } = tempDir("interrupted");
  try {
    const content = path.join(dir, "content");
    generateCorpus({ articles: 300, out: content, seed: 3 });
    const output = path.join(dir, "site");
    fs.mkdirSync(output);
    fs.writeFileSync(path.join(output, "index.html"), "the previous site");
    const halfWritten = () => fs.readdirSync(dir).filter((name) => name.startsWith("site.new-"));
    const result = await runCli(["build", "--content", content, "--output", output, "--no-search"], {
      started: (child) => {
        const poll = setInterval(() => {
          if (halfWritten().length === 0) return;
          clearInterval(poll);
          child.kill("SIGINT");
        }, 10);
        child.on("close", () => clearInterval(poll));
      },
    });
    expect(result.signal).toBe("SIGINT");
    expect(halfWritten()).toEqual([]);
    expect(fs.readdirSync(output)).toEqual(["index.html"]);
    expect(fs.readFileSync(path.join(output, "index.html"), "utf8")).toBe("the previous site");
  } finally {
    remove();
  }
});
