import { buildCommand } from "./build.ts";
import { stdoutProgress } from "./progress.ts";
import { EXIT } from "./exit-codes.ts";
import { BUILD_USAGE, parseBuildOptions, UsageError } from "./options.ts";

const USAGE = `Usage: clippings <command> [options]

Commands:
  build   build the site (npm run build -- --help for its options)`;

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
        return await buildCommand(options, io, stdoutProgress());
      }
      default:
        io.err(command ? `clippings: unknown command "${command}"\n${USAGE}` : USAGE);
        return EXIT.usage;
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`clippings: ${error.message}\n${command === "build" ? BUILD_USAGE : USAGE}`);
      return EXIT.usage;
    }
    io.err(`clippings: internal error (not a problem in your content): ${(error as Error).stack ?? String(error)}`);
    return EXIT.internal;
  }
}

process.exitCode = await main(process.argv.slice(2));
