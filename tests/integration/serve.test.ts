import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { ROOT } from "../helpers/cli.ts";
import { contentFolder, FIXTURE_ARCHIVE, type ContentFolder } from "../helpers/content-folder.ts";

/** `npm run serve` as an editor runs it: a real child process, a real HTTP server, real file edits. */
describe("serve", () => {
  let folder: ContentFolder;
  let child: ChildProcessWithoutNullStreams;
  let out = "";
  let err = "";
  let base = "";

  /** Resolves when standard output (or error) has a line matching `pattern` after `from` characters. */
  async function waitFor(stream: () => string, pattern: RegExp, from: number, ms = 30_000): Promise<string> {
    const started = Date.now();
    while (Date.now() - started < ms) {
      const match = stream().slice(from).match(pattern);
      if (match) return match[0];
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`no ${pattern} within ${ms} ms; stdout:\n${out}\nstderr:\n${err}`);
  }

  /** A page as a browser navigating to it gets it (fetch() says "cors" and gets no live-reload script). */
  const get = (url: string) =>
    new Promise<{ status: number; text: string }>((resolve, reject) => {
      http
        .get(new URL(url, base), { headers: { "sec-fetch-mode": "navigate" } }, (response) => {
          let text = "";
          response.setEncoding("utf8");
          response.on("data", (chunk: string) => (text += chunk));
          response.on("end", () => resolve({ status: response.statusCode ?? 0, text }));
        })
        .on("error", reject);
    });
  const article = () => path.join(folder.dir, "articles/2025/03/putin-speaks.md");
  /** How many articles the search index holds (Pagefind's entry file; the fixture's articles fit in one part). */
  const indexed = () => {
    const entry = JSON.parse(fs.readFileSync(path.join(folder.base, "site/pagefind/part-1/pagefind-entry.json"), "utf8")) as { languages: Record<string, { page_count: number }> };
    return Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
  };
  let indexedAtStart = 0;

  beforeAll(async () => {
    folder = contentFolder({}, { from: FIXTURE_ARCHIVE });
    // An image no article shows yet (one byte more than the fixture's, so its converted files are its own).
    const photo = fs.readFileSync(path.join(folder.dir, "articles/2025/10/images/museum-hall.jpg"));
    fs.mkdirSync(path.join(folder.dir, "articles/2025/03/images"));
    fs.writeFileSync(path.join(folder.dir, "articles/2025/03/images/kremlin.jpg"), Buffer.concat([photo, Buffer.from([0])]));
    child = spawn(
      process.execPath,
      ["--import", import.meta.resolve("tsx"), `${ROOT}src/cli/main.ts`, "serve", "--content", folder.dir, "--output", path.join(folder.base, "site"), "--port", "0"],
      { cwd: folder.base, env: { ...process.env, TZ: "UTC", NO_COLOR: "1" } },
    );
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    child.stderr.on("data", (d: Buffer) => (err += d.toString()));
    const line = await waitFor(() => out, /Serving .* at (http:\/\/localhost:\d+\/)/, 0, 90_000);
    base = line.match(/http:\/\/localhost:\d+\//)![0];
  });

  afterAll(async () => {
    if (child && child.exitCode === null) {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
    }
    folder?.remove();
  });

  test("prints the address and serves the built site with the live-reload script", async () => {
    expect(out).toMatch(/Built the whole site: \d+ pages/);
    const home = await get("/");
    expect(home.status).toBe(200);
    expect(home.text).toContain("<h1");
    expect(home.text).toContain("reload-client.js");
  });

  test("the search index is written in the background after the first build", async () => {
    await waitFor(() => out, /Search index updated: \d+ articles? in [\d.]+ s/, 0);
    indexedAtStart = indexed();
    expect(indexedAtStart).toBeGreaterThan(0);
    expect((await get("/pagefind/pagefind.js")).status).toBe(200);
  });

  test("an edit to an article updates its page and the pages that list it, and nothing else is rebuilt", async () => {
    const from = out.length;
    const text = fs.readFileSync(article(), "utf8");
    fs.writeFileSync(article(), text.replace(/^title: .*$/m, "title: Putin speaks again"));
    const line = await waitFor(() => out, /Updated (\d+) pages in [\d,]+ ms/, from);
    expect(Number(line.match(/\d+/)![0])).toBeLessThan(60);
    expect((await get("/2025/03/07/putin-speaks/")).text).toContain("Putin speaks again");
    expect((await get("/people/vladimir-putin/")).text).toContain("Putin speaks again");
    expect((await get("/archive/2025/03/")).text).toContain("Putin speaks again");
  });

  test("an edit that gives an article a lead image writes that image's files", async () => {
    const from = out.length;
    const text = fs.readFileSync(article(), "utf8");
    fs.writeFileSync(article(), text.replace(/^---\n/, "---\nimage:\n  src: images/kremlin.jpg\n  alt: The Kremlin\n"));
    await waitFor(() => out, /Updated \d+ pages in [\d,]+ ms/, from);
    const page = (await get("/2025/03/07/putin-speaks/")).text;
    const src = page.match(/<img[^>]* src="(\/images\/[^"]+)"/)?.[1];
    expect(src).toBeDefined();
    expect(page).toContain('alt="The Kremlin"');
    expect((await get(src!)).status).toBe(200);
    // Not one of the museum photo's files, which the first build wrote.
    expect(fs.readdirSync(path.join(folder.base, "site/images")).length).toBe(18);
  });

  test("a content error is printed in the build's form, the server keeps serving, and the fix recovers", async () => {
    let from = err.length;
    const broken = path.join(folder.dir, "articles/2025/03/broken.md");
    fs.writeFileSync(broken, "---\ntitle: Broken\ndate: 2025-13-45\nsource: Wire Service\n---\nBody.\n");
    const report = await waitFor(() => err, /\d+ errors\n/, from);
    expect(err.slice(from)).toMatch(/^articles\/2025\/03\/broken\.md:3: date: .*2025-13-45/m);
    expect(report).toBe("1 errors\n");
    expect(err.slice(from)).not.toMatch(/\n\s+at /);
    expect((await get("/")).status).toBe(200);

    from = out.length;
    fs.writeFileSync(broken, "---\ntitle: Mended\ndate: 2025-03-09\nsource: Wire Service\n---\nBody.\n");
    await waitFor(() => out, /Updated \d+ pages/, from);
    expect((await get("/2025/03/09/broken/")).text).toContain("Mended");
    expect((await get("/archive/2025/03/")).text).toContain("Mended");
    expect((await get("/sitemap.xml")).text).toContain("/2025/03/09/broken/</loc>");
    // The search index follows: one article more than at the start (an index
    // of an earlier state may finish first; the newest follows it).
    const started = Date.now();
    while (indexed() !== indexedAtStart + 1 && Date.now() - started < 30_000) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(indexed()).toBe(indexedAtStart + 1);
  });

  test("a deleted article's page is gone", async () => {
    const from = out.length;
    fs.rmSync(path.join(folder.dir, "articles/2025/03/broken.md"));
    await waitFor(() => out, /removed \d+ page/, from);
    expect((await get("/2025/03/09/broken/")).status).toBe(404);
    expect((await get("/sitemap.xml")).text).not.toContain("/2025/03/09/broken/");
  });

  test("a change to site.json rebuilds the whole site", async () => {
    const from = out.length;
    const site = JSON.parse(fs.readFileSync(path.join(folder.dir, "site.json"), "utf8")) as { title: string };
    fs.writeFileSync(path.join(folder.dir, "site.json"), JSON.stringify({ ...site, title: "Renamed Archive" }, null, 2));
    await waitFor(() => out, /Built the whole site/, from);
    expect((await get("/")).text).toContain("Renamed Archive");
  });
});
