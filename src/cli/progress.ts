/**
 * Progress of a long build. On a terminal, one live line that is rewritten
 * (`[12.3 s] Rendering pages 5,000/21,263`); elsewhere (CI logs), plain
 * lines: each phase as it starts and a count every few seconds. Nothing at
 * all for a build that finishes within `quietMs`, so small builds and tests
 * print only their result.
 */
export interface Progress {
  phase(name: string, total?: number): void;
  /** `done` items of the current phase are finished. */
  update(done: number): void;
  /** Clears the live line. */
  end(): void;
}

export interface ProgressOptions {
  write(text: string): void;
  live: boolean;
  quietMs?: number;
  intervalMs?: number;
  now?: () => number;
}

export function progressReporter(options: ProgressOptions): Progress {
  const now = options.now ?? (() => performance.now());
  const started = now();
  const quietMs = options.quietMs ?? 2000;
  const intervalMs = options.intervalMs ?? (options.live ? 100 : 5000);
  let name = "";
  let total: number | undefined;
  let done = 0;
  let lastShown = -Infinity;
  let announced = false;
  let liveLength = 0;

  const line = () => {
    const seconds = ((now() - started) / 1000).toFixed(1);
    const counts = total === undefined ? "" : ` ${done.toLocaleString("en")}/${total.toLocaleString("en")}`;
    return `[${seconds} s] ${name}${counts}`;
  };
  const show = (force: boolean) => {
    const t = now();
    if (t - started < quietMs) return;
    if (!force && t - lastShown < intervalMs) return;
    lastShown = t;
    const text = line();
    if (options.live) {
      options.write(`\r${text.padEnd(liveLength)}`);
      liveLength = text.length;
    } else options.write(`${text}\n`);
    announced = true;
  };

  return {
    phase(next, count) {
      name = next;
      total = count;
      done = 0;
      show(true);
    },
    update(count) {
      done = count;
      show(false);
    },
    end() {
      if (options.live && announced) options.write(`\r${" ".repeat(liveLength)}\r`);
    },
  };
}

/**
 * A reporter on this process's standard error, so that standard output holds
 * only results (check's warnings, new's path) for scripts to read; none when
 * `CLIPPINGS_PROGRESS=off`, for scripts (and tests) that want standard error
 * to hold nothing but errors, however long the build takes.
 */
export function terminalProgress(env: NodeJS.ProcessEnv = process.env): Progress {
  if (env.CLIPPINGS_PROGRESS === "off") return silentProgress;
  return progressReporter({ write: (text) => process.stderr.write(text), live: process.stderr.isTTY === true });
}

/** Progress of reading a content folder, as `loadArchive`'s `onArticles` hook. */
export function readingProgress(progress: Progress): (done: number, total: number) => void {
  return (done, total) => (done === 0 ? progress.phase("Reading articles", total) : progress.update(done));
}

/** A reporter that says nothing. */
export const silentProgress: Progress = { phase() {}, update() {}, end() {} };
