import EleventyDevServer from "@11ty/eleventy-dev-server";

/** Eleventy's dev server over the output folder, with live reload; `reload()` refreshes open pages. */
export interface DevServer {
  /** The address it listens on, e.g. `http://localhost:8080/`. */
  url: string;
  reload(): void;
  close(): Promise<void>;
}

/**
 * Starts Eleventy's dev server (the one `eleventy --serve` uses) on `port`,
 * or the next free port when it is taken; `0` lets the system choose.
 */
export async function startDevServer(dir: string, port: number, log: (line: string) => void): Promise<DevServer> {
  const server = EleventyDevServer.getServer("clippings", dir, {
    liveReload: true,
    // Whole-page reloads: pages differ in more than their HTML body (head, feeds).
    domDiff: false,
    portReassignmentRetryCount: 20,
    messageOnStart: () => false,
    logger: { info: log, log, error: log },
  });
  server.serve(port);
  await server.ready();
  return {
    url: server.getServerUrl("localhost"),
    reload: () => server.reload({ files: [] }),
    close: () => server.close(),
  };
}
