import { afterAll, describe, expect, test } from "vitest";
import { DateTime } from "luxon";
import { readArticle } from "../../src/model/articles.ts";
import { utf8Text } from "../../src/parse/utf8.ts";
import { loadArchive, loadArchiveInParallel, type ArchiveResult } from "../../src/model/archive.ts";
import { readInParallel, received, sendable, type ReadJob } from "../../src/model/read-in-parallel.ts";
import { listContentFiles } from "../../src/read/content-files.ts";
import { parseDateText, type DateText } from "../../src/schema/dates.ts";
import type { SiteSettings } from "../../src/schema/site.ts";
import { article } from "../helpers/archive.ts";
import { contentFolder, copyFixture } from "../helpers/content-folder.ts";

const NOW: DateText = (() => {
  const parsed = parseDateText("2025-11-01");
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.value;
})();
const OPTIONS = { drafts: false, future: false, now: NOW };
const SITE: SiteSettings = { title: "T", url: "https://t.example", language: "en", timeZone: "Europe/London", pageSize: 20 };

/** Valid articles with every kind of date, held-back ones, and three with errors. */
const folder = contentFolder({
  "site.json": JSON.stringify(SITE),
  "articles/a-date.md": article("title: A\ndate: 2025-03-01\nsource: S\npeople: [Ann Lee]"),
  "articles/b-time.md": article("title: B\ndate: 2025-03-30T10:15\nsource: S\nupdated: 2025-04-01T08:00:00+02:00"),
  "articles/c-offset.md": article("title: C\ndate: 2025-07-04T23:30:00-05:00\nsource: { name: S, url: 'https://s.example/c' }\nslug: own-slug\nlang: fr"),
  "articles/d-corrected.md": article("title: D\ndate: 2025-01-02\nsource: S\ncorrections:\n  - date: 2025-01-05\n    text: Fixed a name."),
  "articles/e-draft.md": article("title: E\ndate: 2025-02-02\nsource: S\ndraft: true"),
  "articles/f-embargo.md": article("title: F\ndate: 2026-02-02\nsource: S"),
  "articles/g-quotes.md": article("title: G\ndate: 2025-05-05\nsource: S\nquotes:\n  - text: We will.\n    speaker: Bo Ek\nfigures:\n  - value: 12\n    label: ships\n    asOf: 2025-05"),
  "articles/x-yaml.md": article("title: [broken\ndate: 2025-01-01\nsource: S"),
  "articles/y-missing.md": article("title: Y\ndate: 2025-01-01"),
  "articles/z-skipped-hour.md": article("title: Z\ndate: 2025-03-30T01:30\nsource: S"),
});
const BODY = "Лена and 김민준 said “no” — twice.\n\nA second paragraph.";
const bodyFolder = contentFolder({ "site.json": JSON.stringify(SITE), "articles/body.md": article("title: B\ndate: 2025-03-01\nsource: S", BODY) });
afterAll(() => bodyFolder.remove());
afterAll(() => folder.remove());

function job(): ReadJob {
  const clock = DateTime.fromObject({ year: 2025, month: 11, day: 1 }, { zone: SITE.timeZone });
  return { root: folder.dir, files: listContentFiles(folder.dir).articles, site: SITE, options: OPTIONS, clock };
}

/** A result as plain data: luxon dates become their ISO text with offset (`toJSON`). */
const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

test("a body is kept as UTF-8 bytes in shared memory, on either thread, and reads back as written", async () => {
  const read = { ...job(), root: bodyFolder.dir, files: ["articles/body.md"] };
  const here = readArticle(read.root, "articles/body.md", SITE, { ...OPTIONS, clock: read.clock });
  const [there] = await readInParallel(read, { parallelFrom: 1, mainThreadReads: false });
  for (const result of [here, there!]) {
    if (!result.ok) throw new Error("the article should be valid");
    const { body } = result.draft;
    expect(utf8Text(body)).toBe(`${BODY}\n`);
    expect(body.byteLength).toBe(Buffer.byteLength(`${BODY}\n`));
    // In a SharedArrayBuffer (src/parse/utf8.ts): sent to another thread (the search worker), it is not copied.
    expect(body.buffer).toBeInstanceOf(SharedArrayBuffer);
  }
});

describe("reading articles on two threads", () => {
  test("what the worker reads is what readArticle makes on the main thread, dates included", async () => {
    const j = job();
    expect(j.files).toHaveLength(10);
    const sequential = j.files.map((file) => readArticle(j.root, file, j.site, { ...j.options, clock: j.clock }));
    const fromWorker = await readInParallel(j, { parallelFrom: 1, mainThreadReads: false });
    expect(plain(fromWorker)).toEqual(plain(sequential));
    for (const result of fromWorker) {
      if (!result.ok) continue;
      expect(result.draft.date.at).toBeInstanceOf(DateTime);
      expect(result.draft.date.at.zoneName).toBe(SITE.timeZone);
    }
    expect(fromWorker.filter((r) => r.ok && r.draft.heldBack).map((r) => r.ok && r.draft.heldBack)).toEqual(["draft", "embargo"]);
    expect(fromWorker.filter((r) => !r.ok)).toHaveLength(3);
  });

  test("both threads together give the results in listing order", async () => {
    const j = job();
    const sequential = j.files.map((file) => readArticle(j.root, file, j.site, { ...j.options, clock: j.clock }));
    expect(plain(await readInParallel(j, { parallelFrom: 1 }))).toEqual(plain(sequential));
  });

  test("files a failed worker took are read by the main thread", async () => {
    const many = contentFolder({
      "site.json": JSON.stringify(SITE),
      ...Object.fromEntries(Array.from({ length: 120 }, (_, i) => [`articles/a${String(i).padStart(3, "0")}.md`, article(`title: A${i}\ndate: 2025-03-01\nsource: S${i % 7}`)])),
    });
    try {
      const j = { ...job(), root: many.dir, files: listContentFiles(many.dir).articles };
      const sequential = j.files.map((file) => readArticle(j.root, file, j.site, { ...j.options, clock: j.clock }));
      const failing = new URL("../helpers/failing-read-worker.ts", import.meta.url).href;
      const results = await readInParallel(j, { parallelFrom: 1, mainThreadReads: false, workerModule: failing });
      expect(results).toHaveLength(120);
      expect(plain(results)).toEqual(plain(sequential));
    } finally {
      many.remove();
    }
  });

  test("a result survives the trip between threads", () => {
    const j = job();
    for (const file of j.files) {
      const result = readArticle(j.root, file, j.site, { ...j.options, clock: j.clock });
      const back = received(structuredClone(sendable(result)), SITE.timeZone);
      expect(plain(back)).toEqual(plain(result));
      if (result.ok && back.ok) expect(back.draft.updated === undefined).toBe(result.draft.updated === undefined);
    }
  });
});

/** An archive as plain data: articles and entities by URL (the model links them both ways). */
function summary(result: ArchiveResult): unknown {
  if (!result.ok) return { errors: result.errors };
  const { archive } = result;
  return plain({
    articles: archive.articles.map((a) => ({ url: a.url, date: a.date.at, updated: a.updated?.at, title: a.title, body: a.body, related: Object.values(a.entities).flat().map((e) => e.url) })),
    entities: Object.values(archive.entities).flat().map((e) => ({ url: e.url, name: e.name, articles: e.articles.map((a) => a.url) })),
    heldBack: archive.heldBack,
  });
}

describe("loadArchiveInParallel", () => {
  test("the same archive as loadArchive", async () => {
    const fixture = copyFixture();
    try {
      const options = { drafts: false, future: false, now: NOW };
      const one = loadArchive(fixture.dir, options);
      expect(one.ok).toBe(true);
      expect(summary(await loadArchiveInParallel(fixture.dir, options, { parallelFrom: 1, mainThreadReads: false }))).toEqual(summary(one));
    } finally {
      fixture.remove();
    }
  });

  test("the same errors in the same order as loadArchive", async () => {
    const one = loadArchive(folder.dir, OPTIONS);
    expect(one.ok).toBe(false);
    const two = await loadArchiveInParallel(folder.dir, OPTIONS, { parallelFrom: 1, mainThreadReads: false });
    expect(two).toEqual(one);
  });
});
