import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import type { SearchSource } from "../../src/views/search.ts";
import { indexInBackground } from "../../src/write/search-index.ts";

const temp = fs.mkdtempSync(path.join(os.tmpdir(), "clippings-search-index-"));
afterAll(() => fs.rmSync(temp, { recursive: true, force: true }));

function record(n: number): SearchSource {
  return {
    url: `/2025/01/0${n}/story-${n}/`,
    language: "en",
    title: `Story ${n}`,
    summary: `Story number ${n}`,
    body: `Story number ${n} about harbour cranes and ferries.`,
    filters: { Sources: ["The Daily"] },
    date: `2025-01-0${n}T09:00:00.000Z`,
  };
}

describe("the search index on a worker thread", () => {
  test("writes Pagefind's bundle for the records it is given", async () => {
    const bundle = path.join(temp, "ok", "pagefind");
    await indexInBackground([record(1), record(2), record(3)], bundle);
    const entry = JSON.parse(fs.readFileSync(path.join(bundle, "pagefind-entry.json"), "utf8")) as { languages: Record<string, { page_count: number }> };
    expect(entry.languages.en?.page_count).toBe(3);
    expect(fs.existsSync(path.join(bundle, "pagefind-ui.js"))).toBe(true);
  });

  test("a Pagefind binary that dies rejects the promise instead of leaving it waiting", async () => {
    // A bundle folder that cannot be made (a file stands where its parent should be): the binary panics.
    fs.writeFileSync(path.join(temp, "blocked"), "not a folder");
    await expect(indexInBackground([record(1)], path.join(temp, "blocked", "pagefind"))).rejects.toThrow("Pagefind stopped before the search index was written");
  });

  test("an abort stops the worker and rejects with the abort's reason", async () => {
    const controller = new AbortController();
    const records = Array.from({ length: 9 }, (_, i) => record(i + 1));
    const indexing = indexInBackground(records, path.join(temp, "aborted", "pagefind"), controller.signal);
    controller.abort(new Error("stopped by the test"));
    await expect(indexing).rejects.toThrow("stopped by the test");
  });

  test("once an abort has settled the promise, Pagefind writes nothing more", async () => {
    const controller = new AbortController();
    const records = Array.from({ length: 50 }, (_, i) => ({ ...record(1), url: `/2025/01/01/story-${i}/` }));
    const bundle = path.join(temp, "stopped", "pagefind");
    const indexing = indexInBackground(records, bundle, controller.signal);
    controller.abort(new Error("stopped"));
    await expect(indexing).rejects.toThrow("stopped");
    // Three times what the whole index of these records takes, then: nothing was written.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(fs.existsSync(bundle)).toBe(false);
  });
});

