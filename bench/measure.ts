import { spawn } from "node:child_process";
import fs from "node:fs";

/** What one command cost: wall and CPU seconds and the peak memory of its whole process tree. */
export interface Measurement {
  wallSeconds: number;
  cpuSeconds: number;
  peakRssBytes: number;
  exitCode: number | null;
  stdout: string;
  stderr: string;
}

const TICKS = 100; // USER_HZ: /proc reports CPU time in clock ticks of 1/100 s on Linux.
const PAGE = 4096;

/**
 * Runs a command and samples /proc every `intervalMs` for it and all its
 * descendants (Pagefind's binary, sharp's threads are in-process): the sum
 * of their resident memory gives the peak, the last CPU times seen per
 * process the CPU total. Linux only.
 */
export function measure(command: string, args: string[], options: { cwd?: string; intervalMs?: number } = {}): Promise<Measurement> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, NO_COLOR: "1" } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    const cpu = new Map<number, number>();
    let peak = 0;
    const sample = () => {
      if (child.pid === undefined) return;
      let rss = 0;
      for (const pid of tree(child.pid)) {
        const stat = readStat(pid);
        if (!stat) continue;
        rss += stat.rssPages * PAGE;
        cpu.set(pid, (stat.utime + stat.stime) / TICKS);
      }
      peak = Math.max(peak, rss);
    };
    const timer = setInterval(sample, options.intervalMs ?? 25);
    child.on("error", reject);
    child.on("exit", (exitCode) => {
      clearInterval(timer);
      resolve({
        wallSeconds: (performance.now() - started) / 1000,
        cpuSeconds: [...cpu.values()].reduce((a, b) => a + b, 0),
        peakRssBytes: peak,
        exitCode,
        stdout,
        stderr,
      });
    });
  });
}

/** A process and its descendants, from /proc/<pid>/task/<tid>/children. */
function tree(root: number): number[] {
  const all: number[] = [];
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    all.push(pid);
    try {
      for (const task of fs.readdirSync(`/proc/${pid}/task`)) {
        const children = fs.readFileSync(`/proc/${pid}/task/${task}/children`, "utf8").trim();
        if (children) stack.push(...children.split(/\s+/).map(Number));
      }
    } catch {
      // the process ended between two reads
    }
  }
  return all;
}

function readStat(pid: number): { utime: number; stime: number; rssPages: number } | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    // Fields after the command name, which is in parentheses and may hold spaces.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return { utime: Number(fields[11]), stime: Number(fields[12]), rssPages: Number(fields[21]) };
  } catch {
    return undefined;
  }
}
