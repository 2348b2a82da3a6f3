import { createHash } from "node:crypto";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const asset = (name: string) => fileURLToPath(new URL(`../../layouts/assets/${name}`, import.meta.url));
const require = createRequire(import.meta.url);

/**
 * Static assets: the one stylesheet and the files it names (web fonts from
 * npm packages), each served under a name that carries its content hash, so
 * they can be cached for ever. In site.css a package's file is written
 * `url("npm:PACKAGE/PATH")`; the served stylesheet has the hashed URL in its
 * place, and its own hash is taken after that, so a new font file gives a
 * new stylesheet URL too. Only the files the stylesheet names are served.
 */

/** A file the site serves byte for byte: where it is on disk and its URL. */
export interface CopiedFile {
  source: string;
  url: string;
}

export interface StylesheetAsset {
  url: string;
  content: string;
  /** The files the stylesheet names, and the licence of each package they come from. */
  files: CopiedFile[];
  /** URLs of the font files every page asks for first (`<link rel="preload">`). */
  fontPreloads: string[];
}

/** The font files preloaded on every page: the body face, Latin, upright. */
export const PRELOADED_FONTS = ["@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-normal.woff2"];

/** `url("npm:…")`, `url('npm:…')` or `url(npm:…)` in the stylesheet. */
const PACKAGE_URL = /url\(\s*(["']?)npm:([^"')\s]+)\1\s*\)/g;

/** The first 10 hex digits of the SHA-256 of `data`. */
export function contentHash(data: string | Uint8Array): string {
  return createHash("sha256").update(data).digest("hex").slice(0, 10);
}

/** `dir/name.ext` → `name.<hash>.ext`. */
export function hashedName(file: string, data: string | Uint8Array): string {
  const ext = path.extname(file);
  return `${path.basename(file, ext)}.${contentHash(data)}${ext}`;
}

/** A package specifier's package name: `@scope/name/files/x` → `@scope/name`. */
function packageName(specifier: string): string {
  const parts = specifier.split("/");
  return parts.slice(0, specifier.startsWith("@") ? 2 : 1).join("/");
}

export interface BuildOptions {
  /** Finds a package file on disk; Node's resolution by default. */
  resolve?: (specifier: string) => string;
  /** Reads a file; `fs.readFileSync` by default. */
  read?: (file: string) => Uint8Array;
  preload?: readonly string[];
}

/**
 * The stylesheet as served, from the text of site.css: each `npm:` URL
 * replaced by `/assets/fonts/<name>.<hash>.<ext>`. A file that cannot be
 * found, or a preloaded font the stylesheet does not name, is an error: the
 * build must not ship a page that asks for a missing file.
 */
export function buildStylesheet(css: string, options: BuildOptions = {}): StylesheetAsset {
  const resolve = options.resolve ?? ((specifier: string) => require.resolve(specifier));
  const read = options.read ?? ((file: string) => fs.readFileSync(file));
  const bySpecifier = new Map<string, CopiedFile>();
  const packages = new Set<string>();
  const content = css.replace(PACKAGE_URL, (_match, _quote: string, specifier: string) => {
    let file = bySpecifier.get(specifier);
    if (!file) {
      const source = resolve(specifier);
      file = { source, url: `/assets/fonts/${hashedName(source, read(source))}` };
      bySpecifier.set(specifier, file);
      packages.add(packageName(specifier));
    }
    return `url("${file.url}")`;
  });
  const licences = [...packages].map((name) => ({ source: resolve(`${name}/LICENSE`), url: `/assets/fonts/${name.split("/").at(-1)}-LICENSE.txt` }));
  const fontPreloads = (options.preload ?? PRELOADED_FONTS).map((specifier) => {
    const file = bySpecifier.get(specifier);
    if (!file) throw new Error(`site.css does not use the preloaded font ${specifier}`);
    return file.url;
  });
  return { url: `/assets/site.${contentHash(content)}.css`, content, files: [...bySpecifier.values(), ...licences], fontPreloads };
}

/** The one stylesheet, served under a name with its content hash, and the fonts it names. */
export function stylesheetAsset(): StylesheetAsset {
  return buildStylesheet(fs.readFileSync(asset("site.css"), "utf8"));
}

/** The site icon, at the URL browsers ask for when a page names none. */
export function faviconAsset(): { url: string; content: string } {
  return { url: "/favicon.svg", content: fs.readFileSync(asset("favicon.svg"), "utf8") };
}
