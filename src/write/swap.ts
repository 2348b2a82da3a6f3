import fs from "node:fs";
import path from "node:path";

/**
 * Writes a new site beside `outputDir` and swaps it in only when complete:
 * if `write` fails, the previous output folder is left exactly as it was.
 */
export async function replaceFolder(outputDir: string, write: (folder: string) => Promise<void>): Promise<void> {
  const target = path.resolve(outputDir);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const fresh = fs.mkdtempSync(`${target}.new-`);
  try {
    await write(fresh);
  } catch (error) {
    fs.rmSync(fresh, { recursive: true, force: true });
    throw error;
  }
  if (!fs.existsSync(target)) {
    fs.renameSync(fresh, target);
    return;
  }
  // `rename` cannot replace a non-empty folder: move the old one aside first.
  const old = fs.mkdtempSync(`${target}.old-`);
  fs.rmdirSync(old);
  fs.renameSync(target, old);
  fs.renameSync(fresh, target);
  fs.rmSync(old, { recursive: true, force: true });
}
