import { buildCommand } from "./build.ts";
import { terminalProgress } from "./progress.ts";
import { EXIT } from "./exit-codes.ts";
import { BUILD_USAGE, CHECK_USAGE, parseBuildOptions, parseCheckOptions, parseServeOptions, SERVE_USAGE, UsageError } from "./options.ts";
import { serveCommand } from "./serve.ts";
import { checkCommand } from "./check.ts";
import { NEW_USAGE, newCommand, parseNewOptions } from "./new.ts";

const USAGE = `Usage: clippings <command> [options]

Commands:
  build   build the site (npm run build -- --help for its options)
  check   check the content without building: errors and hygiene warnings
  serve   build, serve with live reload, and rebuild on every save
  new     write a new article file (npm run new -- --help for its options)`;

/** The command line: `tsx src/cli/main.ts <command> [options]`; returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  const io = { out: (line: string) => console.log(line), err: (line: string) => console.error(line) };
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case "build": {
        const options = parseBuildOptions(rest);
        if (options === "help") {
          io.out(BUILD_USAGE);
          return EXIT.ok;
        }
        return await buildCommand(options, io, terminalProgress());
      }
      case "check": {
        const options = parseCheckOptions(rest);
        if (options === "help") {
          io.out(CHECK_USAGE);
          return EXIT.ok;
        }
        return await checkCommand(options, io, terminalProgress());
      }
      case "serve": {
        const options = parseServeOptions(rest);
        if (options === "help") {
          io.out(SERVE_USAGE);
          return EXIT.ok;
        }
        return await serveCommand(options, io, terminalProgress());
      }
      case "new": {
        const options = parseNewOptions(rest);
        if (options === "help") {
          io.out(NEW_USAGE);
          return EXIT.ok;
        }
        return newCommand(options, io);
      }
      default:
        io.err(command ? `clippings: unknown command "${command}"\n${USAGE}` : USAGE);
        return EXIT.usage;
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`clippings: ${error.message}\n${command === "build" ? BUILD_USAGE : command === "new" ? NEW_USAGE : command === "check" ? CHECK_USAGE : command === "serve" ? SERVE_USAGE : USAGE}`);
      return EXIT.usage;
    }
    io.err(`clippings: internal error (not a problem in your content): ${(error as Error).stack ?? String(error)}`);
    return EXIT.internal;
  }
}

process.exitCode = await main(process.argv.slice(2));
