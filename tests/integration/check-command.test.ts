import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { listFiles, runCli } from "../helpers/cli.ts";
import { contentFolder, FIXTURE_ARCHIVE } from "../helpers/content-folder.ts";

const NOW = "2026-01-01T00:00Z";

describe("npm run check", () => {
  const folder = contentFolder({}, { from: FIXTURE_ARCHIVE });
  afterAll(() => folder.remove());

  test("a valid archive: exit 0, the hygiene warnings on standard output, nothing written", async () => {
    const before = listFiles(folder.base);
    const result = await runCli(["check", "--content", folder.dir, "--now", NOW]);
    expect(result.code).toBe(0);
    const lines = result.stdout.trim().split("\n");
    expect(lines.at(-1)).toMatch(/^Checked \d+ articles and \d+ entities in [\d.]+ s: 0 errors, (\d+) warnings$/);
    const count = Number(lines.at(-2)!.match(/^(\d+) warnings$/)![1]);
    expect(lines.slice(0, -2)).toHaveLength(count);
    // Every warning in the error form, FILE[:LINE]: field: message.
    for (const line of lines.slice(0, -2)) expect(line).toMatch(/^[^:\s]+\.md(:\d+)?: [^:]+: \S/);
    // The fixture's unused entity file, and a name written in two scripts.
    expect(result.stdout).toMatch(/^people\/unused-person\.md:\d+: name: .*no published article/m);
    expect(result.stdout).toMatch(/김정은.*Kim Jong Un|Kim Jong Un.*김정은/);
    expect(listFiles(folder.base)).toEqual(before);
  });

  test("loads neither Eleventy, nor Pagefind, nor the dev server", async () => {
    const forbid = { NODE_OPTIONS: `--import=${new URL("../helpers/forbid-modules.mjs", import.meta.url).href}`, CLIPPINGS_FORBID: "@11ty/eleventy,pagefind,@11ty/eleventy-dev-server" };
    const result = await runCli(["check", "--content", folder.dir, "--now", NOW], { env: forbid });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    // The same preload fails a command that does load them.
    const built = await runCli(["build", "--content", folder.dir, "--output", path.join(folder.base, "forbidden-site"), "--now", NOW], { env: forbid });
    expect(built.code).not.toBe(0);
    // Whichever the loader resolves first: the build's modules import both, and their imports are resolved concurrently.
    expect(built.stderr).toMatch(/forbidden module imported: (@11ty\/eleventy|pagefind)\b/);
  });

  test("--strict makes warnings fail the check, on standard error", async () => {
    const result = await runCli(["check", "--content", folder.dir, "--now", NOW, "--strict"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^\d+ warnings$/m);
    expect(result.stderr).toMatch(/--strict counts warnings as errors/);
  });

  test("content errors: the same report as the build, exit 1", async () => {
    const broken = contentFolder({ "articles/2025/03/bad.md": "---\ntitle: Bad\ndate: 2025-13-45\nsource: Wire Service\nbogus: 1\n---\nBody.\n" }, { from: FIXTURE_ARCHIVE });
    try {
      const checked = await runCli(["check", "--content", broken.dir, "--now", NOW]);
      const built = await runCli(["build", "--content", broken.dir, "--output", path.join(broken.base, "site"), "--now", NOW, "--no-search"]);
      expect(checked.code).toBe(1);
      expect(built.code).toBe(1);
      const report = (stderr: string) => stderr.split("\n").filter((line) => /^\S+\.md:\d+: |^\d+ errors$/.test(line));
      expect(report(checked.stderr)).toEqual(report(built.stderr));
      expect(report(checked.stderr)).toEqual([
        expect.stringMatching(/^articles\/2025\/03\/bad\.md:3: date: /),
        expect.stringMatching(/^articles\/2025\/03\/bad\.md:5: bogus: /),
        "2 errors",
      ]);
      expect(fs.existsSync(path.join(broken.base, "site"))).toBe(false);
    } finally {
      broken.remove();
    }
  });

  test("--help prints the options; an unknown option is a usage error", async () => {
    const help = await runCli(["check", "--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/--strict/);
    const wrong = await runCli(["check", "--strikt"]);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/Usage: npm run check/);
  });
});
