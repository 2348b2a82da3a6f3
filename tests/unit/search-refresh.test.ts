import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { SearchRefresher } from "../../src/serve/search-refresh.ts";
import { SiteViews } from "../../src/views/site-views.ts";
import { article, archiveOf } from "../helpers/archive.ts";
import { tempDir } from "../helpers/cli.ts";

const out = tempDir("search-refresh");
afterAll(() => out.remove());

const context = new SiteViews(
  archiveOf({
    "articles/a.md": article("title: Harbour cranes\ndate: 2025-01-01\nsource: Wire", "Cranes and ferries."),
    "articles/b.md": article("title: Ferries\ndate: 2025-01-02\nsource: Wire", "More ferries."),
  }),
).context;

describe("serve's background search index", () => {
  test("is written into the output folder after a schedule, and says so", async () => {
    const site = path.join(out.dir, "written");
    const log: string[] = [];
    const refresher = new SearchRefresher(site, (line) => log.push(line));
    refresher.schedule(context);
    await expect.poll(() => log, { timeout: 20_000 }).toHaveLength(1);
    expect(log[0]).toMatch(/^Search index updated: 2 articles in [\d.]+ s$/);
    expect(fs.existsSync(path.join(site, "pagefind/part-1/pagefind-entry.json"))).toBe(true);
    await refresher.stop();
  });

  test("stopped before it started, it writes nothing (it starts on the next turn of the event loop)", async () => {
    const site = path.join(out.dir, "stopped");
    const log: string[] = [];
    const refresher = new SearchRefresher(site, (line) => log.push(line));
    refresher.schedule(context);
    await refresher.stop();
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(log).toEqual([]);
    expect(fs.existsSync(path.join(site, "pagefind"))).toBe(false);
  });
});
