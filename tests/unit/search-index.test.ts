import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { afterAll, describe, expect, test } from "vitest";
import { utf8Bytes } from "../../src/parse/utf8.ts";
import type { SearchPart, SearchRecord, SearchSource } from "../../src/views/search.ts";
import { indexInBackground, writeSearchBundle, type PagefindApi } from "../../src/write/search-index.ts";

const temp = fs.mkdtempSync(path.join(os.tmpdir(), "clippings-search-index-"));
afterAll(() => fs.rmSync(temp, { recursive: true, force: true }));

function record(n: number): SearchSource {
  return {
    url: `/2025/01/0${n}/story-${n}/`,
    language: "en",
    title: `Story ${n}`,
    summary: `Story number ${n}`,
    body: utf8Bytes(`Story number ${n} about harbour cranes and ferries.`),
    filters: { Sources: ["The Daily"] },
    date: `2025-01-0${n}T09:00:00.000Z`,
  };
}

/** One part of the index, holding `sources`. */
const part = (sources: SearchSource[], folder = "part-1/"): SearchPart[] => [{ folder, sources }];

function pageCount(partDir: string): number | undefined {
  const entry = JSON.parse(fs.readFileSync(path.join(partDir, "pagefind-entry.json"), "utf8")) as { languages: Record<string, { page_count: number }> };
  return entry.languages.en?.page_count;
}

describe("the search index on a worker thread", () => {
  test("writes one Pagefind index per part, Pagefind's UI once, and the module that searches the parts", async () => {
    const bundle = path.join(temp, "ok", "pagefind");
    const parts = [...part([record(3)], "part-2/"), ...part([record(1), record(2)], "part-1/")];
    await indexInBackground(parts, bundle);
    // Each part also holds the vocabulary record (an index in more than one part).
    expect(pageCount(path.join(bundle, "part-2"))).toBe(2);
    expect(pageCount(path.join(bundle, "part-1"))).toBe(3);
    expect(fs.readdirSync(bundle).sort()).toEqual(["part-1", "part-2", "pagefind-ui.css", "pagefind-ui.js", "pagefind.js"].sort());
    // Each part keeps only what searching it needs: no UI files.
    for (const folder of ["part-1", "part-2"]) {
      expect(fs.readdirSync(path.join(bundle, folder)).filter((f) => f.includes("-ui") || f.includes("highlight"))).toEqual([]);
      expect(fs.existsSync(path.join(bundle, folder, "pagefind.js"))).toBe(true);
    }
    expect(fs.readFileSync(path.join(bundle, "pagefind.js"), "utf8")).toMatch(/^const PARTS = \["part-2\/","part-1\/"\];\nconst VOCABULARY = "vocabulary";\n/);
  });

  test("every part gets all its records and the vocabulary, whatever the parts' sizes (the later parts' records are made between the first's)", async () => {
    const story = (n: number) => ({ ...record(1), url: `/2025/01/01/story-${n}/`, body: utf8Bytes(`Story ${n} word${n}.`) });
    const stories = (from: number, count: number) => Array.from({ length: count }, (_, i) => story(from + i));
    for (const [name, sizes] of [["small-first", [1, 4, 3]], ["large-first", [6, 1, 2]]] as const) {
      const bundle = path.join(temp, name, "pagefind");
      let from = 0;
      const parts = sizes.map((size, i) => {
        const sources = stories(from, size);
        from += size;
        return { folder: `part-${sizes.length - i}/`, sources };
      });
      await indexInBackground(parts, bundle);
      sizes.forEach((size, i) => expect(pageCount(path.join(bundle, `part-${sizes.length - i}`)), `${name}, part ${sizes.length - i}`).toBe(size + 1));
    }
  });

  test("a later part's records made again in its turn give the same index as records held from the first part's turn", async () => {
    const story = (n: number) => ({ ...record(1), url: `/2025/01/01/story-${n}/`, body: utf8Bytes(`Story ${n} word${n} about the harbour, ferry ${n % 3}.`) });
    const parts = [3, 4, 2, 5].map((size, i, sizes) => ({ folder: `part-${sizes.length - i}/`, sources: Array.from({ length: size }, (_, j) => story(10 * i + j)) }));
    const partBytes = (i: number) => parts[i]!.sources.reduce((n, s) => n + s.body.length, 0);
    const files = (dir: string): Record<string, string> =>
      Object.fromEntries(
        fs
          .readdirSync(dir, { recursive: true, encoding: "utf8" })
          .filter((f) => fs.statSync(path.join(dir, f)).isFile())
          .sort()
          .map((f) => [f, zlib.gunzipSync(fs.readFileSync(path.join(dir, f))).toString("base64")] as const),
      );
    const bundles: Record<string, Record<string, Record<string, string>>> = {};
    // Every later part held (the default), none, and the second part alone.
    for (const [name, holdBytes] of [["all", undefined], ["none", 0], ["second", partBytes(1)]] as const) {
      const bundle = path.join(temp, `hold-${name}`, "pagefind");
      await indexInBackground(parts, bundle, undefined, holdBytes === undefined ? {} : { holdBytes });
      bundles[name] = Object.fromEntries(parts.map((p) => [p.folder, files(path.join(bundle, p.folder, "index"))]));
      parts.forEach((p) => expect(pageCount(path.join(bundle, p.folder)), `${name}, ${p.folder}`).toBe(p.sources.length + 1));
    }
    expect(Object.keys(bundles.all!["part-1/"]!).length).toBeGreaterThan(0);
    expect(bundles.none).toEqual(bundles.all);
    expect(bundles.second).toEqual(bundles.all);
  });

  test("a part is added by one of two Pagefind binaries while the other writes the part before; one part is written at a time", async () => {
    const events: string[] = [];
    /** A stand-in for one instance of Pagefind's Node API: writing takes 30 ms, adding a record no time. */
    const fakePagefind = (name: string) =>
      ({
        createIndex: async () => {
          events.push(`${name} new`);
          return {
            errors: [],
            index: {
              addCustomRecord: async (r: SearchRecord) => (events.push(`${name} add ${r.url}`), { errors: [] }),
              writeFiles: async ({ outputPath }: { outputPath: string }) => {
                events.push(`${name} write ${path.basename(outputPath)}`);
                await new Promise((resolve) => setTimeout(resolve, 30));
                fs.mkdirSync(outputPath, { recursive: true });
                for (const file of ["pagefind-ui.js", "pagefind-ui.css"]) fs.writeFileSync(path.join(outputPath, file), "");
                events.push(`${name} written ${path.basename(outputPath)}`);
                return { errors: [], outputPath };
              },
            },
          };
        },
        close: async () => (events.push(`${name} close`), null),
        // A test double of the two calls the bundle makes, not the whole API.
      }) as unknown as PagefindApi;
    const record = (url: string): SearchRecord => ({ url, language: "en", content: url, meta: { title: url }, filters: {}, sort: {} });
    const folders = ["part-3/", "part-2/", "part-1/"];
    await writeSearchBundle(folders, (i) => [record(`/a${i}/`), record(`/b${i}/`)], path.join(temp, "two-binaries"), { apis: [fakePagefind("A"), fakePagefind("B")] });
    const at = (event: string) => {
      expect(events).toContain(event);
      return events.indexOf(event);
    };
    // The second part is added by B while A writes the first.
    expect(at("B new")).toBeGreaterThan(at("A write part-3"));
    expect(at("B add /b1/")).toBeLessThan(at("A written part-3"));
    // One part written at a time: B writes once A has written and closed.
    expect(at("B write part-2")).toBeGreaterThan(at("A close"));
    // A, closed, starts a new binary for the third part, added while B writes.
    expect(events.lastIndexOf("A new")).toBeGreaterThan(at("B write part-2"));
    expect(events.indexOf("A add /b2/")).toBeLessThan(at("B written part-2"));
    expect(events.filter((e) => e.includes(" write "))).toEqual(["A write part-3", "B write part-2", "A write part-1"]);
    expect(fs.readdirSync(path.join(temp, "two-binaries")).sort()).toEqual(["pagefind-ui.css", "pagefind-ui.js", "pagefind.js", "part-1", "part-2", "part-3"]);
  });

  test("with English's rules, parts are indexed in this process; a binary writes Pagefind's browser files once, and indexes a part holding an emoji", async () => {
    const events: string[] = [];
    const fakePagefind = (name: string) =>
      ({
        createIndex: async () => ({
          errors: [],
          index: {
            addCustomRecord: async (r: SearchRecord) => (events.push(`${name} add ${r.url}`), { errors: [] }),
            writeFiles: async ({ outputPath }: { outputPath: string }) => {
              events.push(`${name} write ${path.basename(outputPath)}`);
              fs.mkdirSync(outputPath, { recursive: true });
              for (const file of ["pagefind.js", "pagefind-worker.js", "wasm.en.pagefind", "pagefind-ui.js", "pagefind-ui.css"]) fs.writeFileSync(path.join(outputPath, file), name);
              return { errors: [], outputPath };
            },
          },
        }),
        close: async () => null,
        // A test double of the two calls the bundle makes, not the whole API.
      }) as unknown as PagefindApi;
    const record = (url: string, content = "Harbour cranes and ferries."): SearchRecord => ({ url, language: "en", content, meta: { title: url }, filters: {}, sort: {} });
    const bundle = path.join(temp, "own-rules");
    const parts = [[record("/a/"), record("/b/")], [record("/sun/", "Sunny 🌦️ weather.")], [record("/c/")]];
    await writeSearchBundle(["part-3/", "part-2/", "part-1/"], (i) => parts[i]!, bundle, { apis: [fakePagefind("A"), fakePagefind("B")], ownRules: true });
    // The browser files once (a one-record index), the emoji's part through a binary; nothing else.
    expect(events).toEqual(["B add /", "B write .client", "A add /sun/", "A write part-2"]);
    expect(pageCount(path.join(bundle, "part-3"))).toBe(2);
    expect(pageCount(path.join(bundle, "part-1"))).toBe(1);
    for (const folder of ["part-3", "part-1"]) {
      const files = fs.readdirSync(path.join(bundle, folder));
      expect(files.filter((f) => !f.startsWith("pagefind.en_")).sort()).toEqual(["filter", "fragment", "index", "pagefind-entry.json", "pagefind-worker.js", "pagefind.js", "wasm.en.pagefind"]);
      // Pagefind's compressed files: gzip, then the signature.
      const meta = files.find((f) => f.endsWith(".pf_meta"))!;
      expect(zlib.gunzipSync(fs.readFileSync(path.join(bundle, folder, meta))).subarray(0, 12).toString()).toBe("pagefind_dcd");
    }
    expect(fs.readdirSync(bundle).sort()).toEqual(["pagefind-ui.css", "pagefind-ui.js", "pagefind.js", "part-1", "part-2", "part-3"]);
  });

  test("a part refused while the one before is written fails the bundle and stops both binaries", async () => {
    const closed: string[] = [];
    let writes = 0;
    const fakePagefind = (name: string, refuse: boolean) =>
      ({
        createIndex: async () => ({
          errors: [],
          index: {
            addCustomRecord: async () => ({ errors: refuse ? ["expected a map"] : [] }),
            // Never done: the failure must not wait for it.
            writeFiles: () => (writes++, new Promise(() => undefined)),
          },
        }),
        close: async () => (closed.push(name), null),
        // A test double of the two calls the bundle makes, not the whole API.
      }) as unknown as PagefindApi;
    const record: SearchRecord = { url: "/a/", language: "en", content: "a", meta: { title: "a" }, filters: {}, sort: {} };
    const writing = writeSearchBundle(["part-2/", "part-1/"], () => [record], path.join(temp, "refused-part"), { apis: [fakePagefind("A", false), fakePagefind("B", true)] });
    await expect(writing).rejects.toThrow("Pagefind failed indexing /a/: expected a map");
    expect(writes).toBe(1);
    expect(closed.sort()).toEqual(["A", "B"]);
  });

  test("with lowPriority the worker and Pagefind's binary run at the lowest priority (Linux)", async () => {
    /** Fields of a /proc stat line after the command name: [0] state, [1] parent pid, [16] nice. */
    const fields = (stat: string) => stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const read = (file: string) => {
      try {
        return fs.readFileSync(file, "utf8");
      } catch {
        return undefined; // the thread or process ended meanwhile
      }
    };
    const threads = new Set<number>();
    const pagefinds = new Set<number>();
    const pagefindPids = () => fs.readdirSync("/proc").filter((name) => /^\d+$/.test(name) && read(`/proc/${name}/stat`)?.includes("(pagefind"));
    // The binaries of earlier tests may still be ending.
    const earlier = new Set(pagefindPids());
    const look = () => {
      for (const task of fs.readdirSync("/proc/self/task")) {
        const stat = read(`/proc/self/task/${task}/stat`);
        if (stat) threads.add(Number(fields(stat)[16]));
      }
      for (const pid of pagefindPids().filter((pid) => !earlier.has(pid))) {
        const stat = read(`/proc/${pid}/stat`);
        if (stat && Number(fields(stat)[1]) === process.pid) pagefinds.add(Number(fields(stat)[16]));
      }
    };
    const records = Array.from({ length: 300 }, (_, i) => ({ ...record(1), url: `/2025/01/01/story-${i}/`, body: utf8Bytes(`Story ${i} about harbour cranes and ferries, number ${i}.`) }));
    const watching = setInterval(look, 10);
    try {
      await indexInBackground(part(records), path.join(temp, "low", "pagefind"), undefined, { lowPriority: true });
    } finally {
      clearInterval(watching);
    }
    expect(threads).toContain(19);
    expect([...pagefinds].length).toBeGreaterThan(0);
    expect([...pagefinds].every((nice) => nice === 19)).toBe(true);
  });

  test("a record Pagefind refuses fails the index, even among records sent ahead of its answers, and nothing is written", async () => {
    const good = (i: number): SearchRecord => ({ url: `/2025/01/01/story-${i}/`, language: "en", content: `Story ${i} about harbour cranes.`, meta: { title: `Story ${i}` }, filters: {}, sort: {} });
    // A malformed record (meta must be a map), in the middle of twenty.
    const records = Array.from({ length: 20 }, (_, i) => (i === 9 ? ({ ...good(i), meta: 5 } as unknown as SearchRecord) : good(i)));
    const bundle = path.join(temp, "refused");
    await expect(writeSearchBundle(["part-1/"], () => records, bundle)).rejects.toThrow("expected a map");
    expect(fs.existsSync(path.join(bundle, "part-1", "pagefind-entry.json"))).toBe(false);
  });

  test("a Pagefind binary that dies rejects the promise instead of leaving it waiting", async () => {
    // A bundle folder that cannot be made (a file stands where its parent should be): the binary panics.
    // An emoji: a part Pagefind's binary indexes, not this process.
    fs.writeFileSync(path.join(temp, "blocked"), "not a folder");
    const withEmoji = { ...record(1), body: utf8Bytes("Sunny 🌦️ weather.") };
    await expect(indexInBackground(part([withEmoji]), path.join(temp, "blocked", "pagefind"))).rejects.toThrow("Pagefind stopped before the search index was written");
  });

  test("an abort stops the worker and rejects with the abort's reason", async () => {
    const controller = new AbortController();
    const records = Array.from({ length: 9 }, (_, i) => record(i + 1));
    const indexing = indexInBackground(part(records), path.join(temp, "aborted", "pagefind"), controller.signal);
    controller.abort(new Error("stopped by the test"));
    await expect(indexing).rejects.toThrow("stopped by the test");
  });

  test("once an abort has settled the promise, Pagefind writes nothing more", async () => {
    const controller = new AbortController();
    const records = Array.from({ length: 50 }, (_, i) => ({ ...record(1), url: `/2025/01/01/story-${i}/` }));
    const bundle = path.join(temp, "stopped", "pagefind");
    const indexing = indexInBackground(part(records), bundle, controller.signal);
    controller.abort(new Error("stopped"));
    await expect(indexing).rejects.toThrow("stopped");
    // Three times what the whole index of these records takes, then: nothing was written.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(fs.existsSync(bundle)).toBe(false);
  });
});

