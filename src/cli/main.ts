import type { Output } from "./build.ts";
import { EXIT } from "./exit-codes.ts";
import { NEW_USAGE, newCommand, parseNewOptions } from "./new.ts";
import { BUILD_USAGE, CHECK_USAGE, parseBuildOptions, parseCheckOptions, parseServeOptions, SERVE_USAGE, UsageError } from "./options.ts";
import { terminalProgress } from "./progress.ts";

const USAGE = `Usage: clippings <command> [options]

Commands:
  build   build the site (npm run build -- --help for its options)
  check   check the content without building: errors and hygiene warnings
  serve   build, serve with live reload, and rebuild on every save
  new     write a new article file (npm run new -- --help for its options)`;

/** A command: its usage text, how it reads its options (throws UsageError), and what it does. */
interface Command {
  usage: string;
  run(argv: string[], io: Output): Promise<number> | number;
}

function command<O>(usage: string, parse: (argv: string[]) => O | "help", run: (options: O, io: Output) => Promise<number> | number): Command {
  return {
    usage,
    run(argv, io) {
      const options = parse(argv);
      if (options !== "help") return run(options, io);
      io.out(usage);
      return EXIT.ok;
    },
  };
}

/**
 * Each command's module is loaded when it runs: `check` needs neither
 * Eleventy nor Pagefind nor the dev server (~0.5 s of loading).
 */
const COMMANDS: Record<string, Command> = {
  build: command(BUILD_USAGE, parseBuildOptions, async (options, io) => (await import("./build.ts")).buildCommand(options, io, terminalProgress())),
  check: command(CHECK_USAGE, parseCheckOptions, async (options, io) => (await import("./check.ts")).checkCommand(options, io, terminalProgress())),
  serve: command(SERVE_USAGE, parseServeOptions, async (options, io) => (await import("./serve.ts")).serveCommand(options, io, terminalProgress())),
  new: command(NEW_USAGE, parseNewOptions, (options, io) => newCommand(options, io)),
};

/** The command line: `tsx src/cli/main.ts <command> [options]`; returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  const io = { out: (line: string) => console.log(line), err: (line: string) => console.error(line) };
  const [name, ...rest] = argv;
  const chosen = name !== undefined && Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!chosen) {
    io.err(name ? `clippings: unknown command "${name}"\n${USAGE}` : USAGE);
    return EXIT.usage;
  }
  try {
    return await chosen.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`clippings: ${error.message}\n${chosen.usage}`);
      return EXIT.usage;
    }
    io.err(`clippings: internal error (not a problem in your content): ${(error as Error).stack ?? String(error)}`);
    return EXIT.internal;
  }
}

process.exitCode = await main(process.argv.slice(2));
