import fs from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { loadArchive } from "../../src/model/archive.ts";
import { parseDateText } from "../../src/schema/dates.ts";
import { SiteViews } from "../../src/views/site-views.ts";
import { article, writeContent } from "../helpers/archive.ts";
import { runCli } from "../helpers/cli.ts";

const NOW = (() => {
  const r = parseDateText("2026-01-01");
  if (!r.ok) throw new Error(r.message);
  return r.value;
})();

function planErrors(files: Record<string, string>) {
  const folder = writeContent(files);
  try {
    const result = loadArchive(folder.dir, { drafts: false, future: false, now: NOW });
    if (!result.ok) throw new Error(result.errors.map((e) => e.message).join("\n"));
    return new SiteViews(result.archive).errors.map(({ code, file, field, message }) => ({ code, file, field, message }));
  } finally {
    folder.remove();
  }
}

const a = (extra = "") => article(`title: A\ndate: 2025-01-01\nsource: S\n${extra}`);
const b = (extra = "") => article(`title: B\ndate: 2025-01-02\nsource: S\n${extra}`);

describe("redirect paths that clash", () => {
  test("a path claimed by two articles names both files", () => {
    const errors = planErrors({ "articles/a.md": a("redirectFrom: [/old/]"), "articles/b.md": b("redirectFrom: [/old/]") });
    expect(errors).toEqual([expect.objectContaining({ code: "duplicate-url", file: "articles/b.md", field: "redirectFrom[0]" })]);
    expect(errors[0]!.message).toContain("articles/a.md");
  });

  test("/old/path and /old/path/ are one page", () => {
    const errors = planErrors({ "articles/a.md": a("redirectFrom: [/old/path, /old/path/]") });
    expect(errors).toEqual([expect.objectContaining({ code: "duplicate-url", file: "articles/a.md", field: "redirectFrom[1]" })]);
  });

  test("a path that is another article's URL names that article's file", () => {
    const errors = planErrors({ "articles/a.md": a(), "articles/b.md": b("redirectFrom: [/2025/01/01/a/]") });
    expect(errors).toEqual([expect.objectContaining({ code: "duplicate-url", file: "articles/b.md", field: "redirectFrom[0]" })]);
  });

  test("a path that is a generated page (an index, the home page) is an error", () => {
    const errors = planErrors({ "articles/a.md": a("redirectFrom: [/people/, /]") });
    expect(errors.map((e) => e.field)).toEqual(["redirectFrom[0]", "redirectFrom[1]"]);
    expect(errors[0]!.message).toContain("/people/");
  });

  test("a held-back article's redirects claim nothing", () => {
    expect(planErrors({ "articles/a.md": a("redirectFrom: [/old/]"), "articles/b.md": b("redirectFrom: [/old/]\ndraft: true") })).toEqual([]);
  });

  test("the build stops with the error and leaves the output folder alone", async () => {
    const folder = writeContent({ "articles/a.md": a("redirectFrom: [/old/]"), "articles/b.md": b("redirectFrom: [/old/]") });
    const out = path.join(folder.dir, "_out");
    fs.mkdirSync(out);
    fs.writeFileSync(path.join(out, "marker.txt"), "old site");
    try {
      const run = await runCli(["build", "--content", folder.dir, "--output", out]);
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/^articles\/b\.md: redirectFrom\[0\]: \/old\/ is already taken by articles\/a\.md/m);
      expect(run.stderr).toMatch(/^1 errors$/m);
      expect(fs.readdirSync(out)).toEqual(["marker.txt"]);
    } finally {
      folder.remove();
    }
  });
});
