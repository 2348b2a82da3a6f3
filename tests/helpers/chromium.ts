import { spawnSync } from "node:child_process";
import fs from "node:fs";

/**
 * Which Chromium the browser tests and the audit use, and what to do when it
 * is missing. Debian's package (`/usr/bin/chromium`) is the one we test with;
 * `CLIPPINGS_CHROMIUM` names another binary (or a missing one, to try the
 * "not installed" path). Test tools never download a browser of their own.
 */

export const DEFAULT_CHROMIUM = "/usr/bin/chromium";

/** The shell command that installs Debian's Chromium, as root. */
export const INSTALL_COMMAND = "apt-get update && apt-get install -y chromium";

/**
 * Chromium's flags here: headless, no sandbox (tests may run as root), and no
 * background connections (this machine's network is closed; each one refused
 * is noise and time). Never `--user-data-dir`: Playwright and Lighthouse pass
 * their own profile folder.
 */
export const CHROMIUM_ARGS: readonly string[] = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** The Chromium binary to drive: `CLIPPINGS_CHROMIUM`, else Debian's. */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.CLIPPINGS_CHROMIUM || DEFAULT_CHROMIUM;
}

/** What is true of this machine, as far as getting Chromium goes. */
export interface ChromiumFacts {
  path: string;
  /** The binary at `path` exists and may be run. */
  installed: boolean;
  isRoot: boolean;
  hasAptGet: boolean;
}

export type ChromiumPlan =
  | { action: "use"; path: string }
  | { action: "install"; path: string; steps: [string, ...string[]][] }
  | { action: "stop"; message: string };

/**
 * The decision, as a pure function: use the binary when it is there; install
 * Debian's package when it is the one missing and we may (root, apt-get);
 * otherwise stop with a message that says exactly what to run.
 */
export function planChromium(facts: ChromiumFacts): ChromiumPlan {
  if (facts.installed) return { action: "use", path: facts.path };
  if (facts.path !== DEFAULT_CHROMIUM) {
    return {
      action: "stop",
      message:
        `CLIPPINGS_CHROMIUM is ${facts.path}, which is not an executable file. ` +
        `Point it at a Chromium binary, or unset it to use Debian's ${DEFAULT_CHROMIUM}.`,
    };
  }
  if (!facts.hasAptGet) {
    return {
      action: "stop",
      message:
        `Chromium is not installed (${DEFAULT_CHROMIUM} is missing) and this machine has no apt-get. ` +
        "Install Chromium with the system's package manager and set CLIPPINGS_CHROMIUM to its binary, then run npm test again.",
    };
  }
  if (!facts.isRoot) {
    return {
      action: "stop",
      message:
        `Chromium is not installed (${DEFAULT_CHROMIUM} is missing); the browser tests need it. Install Debian's package as root, ` +
        "then run npm test again:\n  sudo apt-get update && sudo apt-get install -y chromium",
    };
  }
  return { action: "install", path: facts.path, steps: [["apt-get", "update"], ["apt-get", "install", "-y", "chromium"]] };
}

/** The facts of this machine. */
export function chromiumFacts(env: NodeJS.ProcessEnv = process.env): ChromiumFacts {
  const path = chromiumPath(env);
  return {
    path,
    installed: isExecutable(path),
    isRoot: process.getuid?.() === 0,
    hasAptGet: spawnSync("apt-get", ["--version"], { stdio: "ignore" }).status === 0,
  };
}

function isExecutable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/**
 * Makes sure Chromium is there, installing Debian's package when it may,
 * and says what it does. Returns the binary's path, or null after printing
 * why it cannot (the caller stops).
 */
export function ensureChromium(log: (line: string) => void = console.log): string | null {
  const plan = planChromium(chromiumFacts());
  if (plan.action === "use") return plan.path;
  if (plan.action === "stop") {
    log(plan.message);
    return null;
  }
  log(`Chromium is not installed (${plan.path} is missing); the browser tests need it. Installing Debian's package: ${INSTALL_COMMAND}`);
  for (const [command, ...args] of plan.steps) {
    const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
    if (result.status !== 0) {
      log(`"${[command, ...args].join(" ")}" failed (exit ${result.status ?? result.signal}). Install Chromium by hand: ${INSTALL_COMMAND}`);
      return null;
    }
  }
  if (!isExecutable(plan.path)) {
    log(`apt-get installed chromium, but ${plan.path} is still missing. Install Chromium by hand: ${INSTALL_COMMAND}`);
    return null;
  }
  log(`Installed Chromium: ${plan.path}`);
  return plan.path;
}

/** The folder of the browser tests, relative to the project. */
export const BROWSER_TESTS = "tests/browser/";

/**
 * Whether a vitest run with these arguments includes browser tests: vitest
 * takes its positional arguments as filters on test file paths, and runs
 * every file when there are none. (An option's separate value, such as
 * `-t name`, counts as a filter here: at worst Chromium is made sure of
 * without need.)
 */
export function runsBrowserTests(args: readonly string[], browserTestFiles: readonly string[]): boolean {
  const filters = args.filter((arg) => !arg.startsWith("-"));
  return filters.length === 0 || browserTestFiles.some((file) => filters.some((filter) => file.includes(filter)));
}
