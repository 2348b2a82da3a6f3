import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import zlib from "node:zlib";

/**
 * A small static file server for a built site, on 127.0.0.1, as a static host
 * serves it: `/dir/` is `dir/index.html`, `/dir` redirects to `/dir/`, a
 * missing file gets `/404.html` with status 404. Every request looks at the
 * disk afresh (no file list cached at start), and the browser is told to ask
 * again every time (`no-cache`), so a page rebuilt after the server started
 * is served as it is now. Text is gzipped when the browser accepts it, as
 * static hosts do (it matters to Lighthouse's transfer sizes).
 */

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".webp": "image/webp",
  ".avif": "image/avif",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".wasm": "application/wasm",
  // Pagefind's index chunks (.pf_meta, .pf_index, .pf_fragment, .pf_filter, .pagefind): gzipped binary.
};

/** The content type of a file, by its extension; unknown ones are binary. */
export function contentType(file: string): string {
  return TYPES[path.extname(file).toLowerCase()] ?? "application/octet-stream";
}

export type Resolved =
  | { kind: "file"; file: string }
  | { kind: "redirect"; location: string }
  | { kind: "missing" };

/** What a URL path means in the site folder `root`. */
export function resolveRequest(root: string, urlPath: string): Resolved {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return { kind: "missing" };
  }
  if (decoded.includes("\0")) return { kind: "missing" };
  const file = path.join(root, path.posix.normalize(decoded));
  if (file !== root && !file.startsWith(root + path.sep)) return { kind: "missing" };
  const stat = statOrNull(file);
  if (stat?.isFile()) return { kind: "file", file };
  if (stat?.isDirectory()) {
    if (!decoded.endsWith("/")) return { kind: "redirect", location: `${urlPath}/` };
    const index = path.join(file, "index.html");
    if (statOrNull(index)?.isFile()) return { kind: "file", file: index };
  }
  return { kind: "missing" };
}

function statOrNull(file: string): fs.Stats | null {
  try {
    return fs.statSync(file);
  } catch {
    return null;
  }
}

export interface StaticServer {
  /** `http://127.0.0.1:PORT`, without a trailing slash. */
  origin: string;
  close(): Promise<void>;
}

/** Serves the folder `root` on 127.0.0.1 at a free port. */
export async function serveStatic(root: string): Promise<StaticServer> {
  const site = path.resolve(root);
  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://127.0.0.1");
    const resolved = resolveRequest(site, url.pathname);
    if (request.method !== "GET" && request.method !== "HEAD") {
      response.writeHead(405, { allow: "GET, HEAD" }).end();
      return;
    }
    if (resolved.kind === "redirect") {
      response.writeHead(301, { location: resolved.location + url.search, "cache-control": "no-cache" }).end();
      return;
    }
    const notFound = path.join(site, "404.html");
    const [status, file] =
      resolved.kind === "file" ? [200, resolved.file] : statOrNull(notFound)?.isFile() ? [404, notFound] : [404, null];
    if (file === null) {
      response.writeHead(404, { "content-type": "text/plain; charset=utf-8", "cache-control": "no-cache" }).end("Not found\n");
      return;
    }
    const type = contentType(file);
    const gzip = /^(text\/|application\/(json|xml|wasm)|image\/svg)/.test(type) && /\bgzip\b/.test(request.headers["accept-encoding"] ?? "");
    const body = gzip ? zlib.gzipSync(fs.readFileSync(file)) : fs.readFileSync(file);
    response.writeHead(status, {
      "content-type": type,
      "content-length": body.length,
      "cache-control": "no-cache",
      vary: "accept-encoding",
      ...(gzip ? { "content-encoding": "gzip" } : {}),
    });
    response.end(request.method === "HEAD" ? undefined : body);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
