import { execFileSync } from "node:child_process";
import path from "node:path";
import { expect, test } from "vitest";
import { ROOT } from "../helpers/cli.ts";

/**
 * Run in a child process: a lowered priority may not be raisable again
 * without privileges, and must not slow the rest of the test run.
 */
const SCRIPT = `
import os from "node:os";
import { Worker } from "node:worker_threads";
import { lowerThreadPriority } from ${JSON.stringify(path.join(ROOT, "src/threads/priority.ts"))};
const worker = new Worker("import { parentPort } from 'node:worker_threads'; import os from 'node:os'; parentPort.once('message', () => parentPort.postMessage(os.getPriority()));", { eval: true });
await new Promise((resolve) => worker.once("online", resolve));
const before = os.getPriority();
const restore = lowerThreadPriority();
const during = os.getPriority();
worker.postMessage("priority?");
const workerDuring = await new Promise((resolve) => worker.once("message", resolve));
restore();
const after = os.getPriority();
await worker.terminate();
console.log(JSON.stringify({ before, during, workerDuring, after }));
`;

test("the rendering thread's priority is lowered, and only that thread's: a worker started before keeps its own", () => {
  const out = execFileSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", SCRIPT], { cwd: ROOT, encoding: "utf8" });
  const { before, during, workerDuring, after } = JSON.parse(out) as Record<string, number>;
  expect(during).toBe(19);
  expect(workerDuring).toBe(before);
  // Raising it back needs a privilege (root in CI containers, often not on a laptop).
  expect([before, 19]).toContain(after);
  if (process.getuid?.() === 0) expect(after).toBe(before);
});
