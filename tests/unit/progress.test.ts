import { describe, expect, it } from "vitest";
import { progressReporter, silentProgress, terminalProgress } from "../../src/cli/progress.ts";

function clockedReporter(live: boolean) {
  let time = 0;
  const written: string[] = [];
  const progress = progressReporter({ write: (text) => written.push(text), live, now: () => time, quietMs: 2000, intervalMs: 1000 });
  return { progress, written, advance: (ms: number) => (time += ms) };
}

describe("progress reporter", () => {
  it("says nothing for a build that finishes within the quiet period", () => {
    const { progress, written, advance } = clockedReporter(false);
    progress.phase("Reading articles", 10);
    advance(500);
    progress.update(10);
    progress.phase("Rendering pages", 30);
    progress.end();
    expect(written).toEqual([]);
  });

  it("prints plain lines in a log: each phase, and counts no more often than the interval", () => {
    const { progress, written, advance } = clockedReporter(false);
    progress.phase("Reading articles", 20_000);
    advance(2500);
    progress.update(5000);
    advance(200);
    progress.update(6000); // within the interval: not shown
    advance(1000);
    progress.update(12_000);
    progress.phase("Rendering pages", 41_000);
    progress.end();
    expect(written).toEqual([
      "[2.5 s] Reading articles 5,000/20,000\n",
      "[3.7 s] Reading articles 12,000/20,000\n",
      "[3.7 s] Rendering pages 0/41,000\n",
    ]);
  });

  it("rewrites one line on a terminal and clears it at the end", () => {
    const { progress, written, advance } = clockedReporter(true);
    advance(3000);
    progress.phase("Lead images");
    progress.phase("Search index");
    progress.end();
    expect(written).toEqual(["\r[3.0 s] Lead images", "\r[3.0 s] Search index", `\r${" ".repeat("[3.0 s] Search index".length)}\r`]);
  });
});

describe("the command line's reporter", () => {
  it("is silent with CLIPPINGS_PROGRESS=off, and reports otherwise", () => {
    expect(terminalProgress({ CLIPPINGS_PROGRESS: "off" })).toBe(silentProgress);
    expect(terminalProgress({})).not.toBe(silentProgress);
  });
});
