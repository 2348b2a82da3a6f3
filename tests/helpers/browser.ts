import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium, type BrowserContext } from "playwright-core";
import { CHROMIUM_ARGS, chromiumPath, INSTALL_COMMAND } from "./chromium.ts";

export interface Browser {
  context: BrowserContext;
  /** Closes the browser and deletes its profile and temp files. */
  close(): Promise<void>;
}

/**
 * Starts headless Chromium (Debian's, see chromium.ts) with a fresh profile.
 * Chromium leaves folders in $TMPDIR: its TMPDIR is a temp folder of ours,
 * deleted by `close()` with the profile.
 */
export async function launchBrowser(): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!fs.existsSync(executablePath)) {
    throw new Error(`Chromium is not installed at ${executablePath}; the browser tests need it. As root: ${INSTALL_COMMAND}`);
  }
  const temp = fs.mkdtempSync(path.join(os.tmpdir(), "clippings-chromium-"));
  const profile = path.join(temp, "profile");
  const tmp = path.join(temp, "tmp");
  fs.mkdirSync(tmp);
  try {
    const context = await chromium.launchPersistentContext(profile, {
      executablePath,
      headless: true,
      args: [...CHROMIUM_ARGS],
      env: { ...process.env, TMPDIR: tmp },
    });
    return {
      context,
      close: async () => {
        await context.close();
        fs.rmSync(temp, { recursive: true, force: true });
      },
    };
  } catch (error) {
    fs.rmSync(temp, { recursive: true, force: true });
    throw error;
  }
}
