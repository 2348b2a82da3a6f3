import { startDevServer } from "../serve/dev-server.ts";
import { describeUpdate, ServeSession } from "../serve/session.ts";
import { watchContent } from "../serve/watch.ts";
import type { Output } from "./build.ts";
import { EXIT } from "./exit-codes.ts";
import type { ServeCommandOptions } from "./options.ts";
import type { Progress } from "./progress.ts";

/**
 * `serve`: builds the site, serves the output folder with Eleventy's dev
 * server and live reload, and keeps the site up to date as content files
 * are saved (src/serve/session.ts). Runs until interrupted.
 */
export async function serveCommand(options: ServeCommandOptions, io: Output, progress: Progress): Promise<number> {
  const session = new ServeSession(options, io, progress);
  // Watching starts first (Node sets up a recursive watch folder by folder, in
  // the background): a save during the first build is not missed, and is
  // handled once the server is up.
  let started!: () => void;
  const serving = new Promise<void>((resolve) => (started = resolve));
  const watcher = watchContent(options.content, async (files) => {
    await serving;
    try {
      const result = await session.update(files);
      io.out(`${describeUpdate(result)} (${files.join(", ")})`);
      if (result.kind !== "errors") server.reload();
    } catch (error) {
      io.err(`clippings: internal error while rebuilding (not a problem in your content): ${(error as Error).stack ?? String(error)}`);
    }
  });
  const first = await session.update();
  io.out(describeUpdate(first));
  const server = await startDevServer(options.output, options.port, io.out);
  io.out(`Serving ${options.output} at ${server.url} (live reload on); watching ${options.content}. Ctrl+C stops.`);
  started();

  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
  watcher.close();
  await server.close();
  await session.search.stop();
  return EXIT.ok;
}
