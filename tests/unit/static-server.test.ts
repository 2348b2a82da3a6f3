import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { tempDir } from "../helpers/cli.ts";
import { contentType, resolveRequest, serveStatic, type StaticServer } from "../helpers/static-server.ts";

let root: { dir: string; remove: () => void };
let server: StaticServer;

beforeAll(async () => {
  root = tempDir("static-server");
  const write = (file: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(root.dir, file)), { recursive: true });
    fs.writeFileSync(path.join(root.dir, file), text);
  };
  write("index.html", "<h1>Home</h1>");
  write("a b/index.html", "<h1>Spaced</h1>");
  write("404.html", "<h1>Not found</h1>");
  write("pagefind/wasm.en.pagefind", "x");
  server = await serveStatic(root.dir);
});

afterAll(async () => {
  await server.close();
  root.remove();
});

describe("the test static server", () => {
  test("serves content types static hosts use, wasm and Pagefind's chunks included", () => {
    expect(["a.html", "a.css", "a.js", "a.json", "a.xml", "a.svg", "a.wasm", "a.pf_meta"].map(contentType)).toEqual([
      "text/html; charset=utf-8",
      "text/css; charset=utf-8",
      "text/javascript; charset=utf-8",
      "application/json; charset=utf-8",
      "application/xml; charset=utf-8",
      "image/svg+xml",
      "application/wasm",
      "application/octet-stream",
    ]);
  });

  test("resolves folders to their index, redirects a folder without its slash, refuses to leave the site", () => {
    expect(resolveRequest(root.dir, "/")).toEqual({ kind: "file", file: path.join(root.dir, "index.html") });
    expect(resolveRequest(root.dir, "/a%20b/")).toEqual({ kind: "file", file: path.join(root.dir, "a b/index.html") });
    expect(resolveRequest(root.dir, "/a%20b")).toEqual({ kind: "redirect", location: "/a%20b/" });
    expect(resolveRequest(root.dir, "/../etc/passwd")).toEqual({ kind: "missing" });
    expect(resolveRequest(root.dir, "/%E0%A4%A")).toEqual({ kind: "missing" });
  });

  test("a missing page gets 404.html with status 404; a file written after the start is served", async () => {
    const missing = await fetch(`${server.origin}/nowhere/`);
    expect([missing.status, await missing.text()]).toEqual([404, "<h1>Not found</h1>"]);
    fs.writeFileSync(path.join(root.dir, "late.json"), "{}");
    const late = await fetch(`${server.origin}/late.json`);
    expect([late.status, late.headers.get("content-type"), late.headers.get("cache-control"), await late.text()]).toEqual([
      200,
      "application/json; charset=utf-8",
      "no-cache",
      "{}",
    ]);
  });
});
