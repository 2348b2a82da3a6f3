import fs from "node:fs";
import path from "node:path";

/**
 * Watches the content folder (Node's recursive `fs.watch`) and calls
 * `onChange` with the changed paths, relative and `/`-separated, once the
 * folder has been quiet for `quietMs` (an editor's save is often several
 * events). Calls never overlap: changes during a call wait for the next.
 */
export function watchContent(root: string, onChange: (files: string[]) => Promise<void>, quietMs = 60): { close(): void } {
  let changed = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;

  const flush = async () => {
    timer = undefined;
    if (running) {
      await running;
      if (!timer && changed.size > 0) schedule();
      return;
    }
    const files = [...changed].toSorted();
    changed = new Set();
    running = onChange(files).finally(() => (running = undefined));
    await running;
  };
  const schedule = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void flush(), quietMs);
  };

  const watcher = fs.watch(root, { recursive: true }, (_event, name) => {
    if (!name) return;
    const file = name.toString().split(path.sep).join("/");
    // Editors' swap and backup files are not content.
    if (/(^|\/)(\.|#)|~$|\.swp$/.test(file)) return;
    changed.add(file);
    schedule();
  });
  return {
    close() {
      if (timer) clearTimeout(timer);
      watcher.close();
    },
  };
}
