import fs from "node:fs";
import { describe, expect, test } from "vitest";
import { buildStylesheet, contentHash, hashedName, PRELOADED_FONTS, stylesheetAsset } from "../../src/views/assets.ts";

/** A fake package tree: specifier → bytes, resolved to `/pkg/<specifier>`. */
function fakePackages(files: Record<string, string>) {
  return {
    resolve: (specifier: string) => {
      if (!(specifier in files)) throw new Error(`Cannot find module '${specifier}'`);
      return `/pkg/${specifier}`;
    },
    read: (file: string) => new TextEncoder().encode(files[file.slice("/pkg/".length)]!),
  };
}

const FONT = "@scope/font/files/face-latin.woff2";
const OTHER = "@scope/font/files/face-latin-ext.woff2";
const PACKAGES = { [FONT]: "font bytes", [OTHER]: "other bytes", "@scope/font/LICENSE": "OFL" };

describe("content hashes", () => {
  test("the first 10 hex digits of the SHA-256, the same for the same bytes", () => {
    expect(contentHash("abc")).toBe("ba7816bf8f");
    expect(contentHash(new TextEncoder().encode("abc"))).toBe("ba7816bf8f");
    expect(contentHash("abd")).not.toBe(contentHash("abc"));
  });

  test("a hashed name keeps the file's base name and extension", () => {
    expect(hashedName("/a/b/face-latin.woff2", "abc")).toBe("face-latin.ba7816bf8f.woff2");
  });
});

describe("the stylesheet's npm: URLs", () => {
  const css = [
    `@font-face { src: url("npm:${FONT}") format("woff2"); }`,
    `@font-face { src: url('npm:${OTHER}'); }`,
    `@font-face { src: url(npm:${FONT}); }`,
    `.logo { background: url("/favicon.svg"); }`,
  ].join("\n");

  test("are replaced by hashed URLs under /assets/fonts/, each file served once, other URLs untouched", () => {
    const sheet = buildStylesheet(css, { ...fakePackages(PACKAGES), preload: [FONT] });
    const font = `/assets/fonts/face-latin.${contentHash("font bytes")}.woff2`;
    const other = `/assets/fonts/face-latin-ext.${contentHash("other bytes")}.woff2`;
    expect(sheet.content).toBe(
      [
        `@font-face { src: url("${font}") format("woff2"); }`,
        `@font-face { src: url("${other}"); }`,
        `@font-face { src: url("${font}"); }`,
        `.logo { background: url("/favicon.svg"); }`,
      ].join("\n"),
    );
    expect(sheet.files).toEqual([
      { source: `/pkg/${FONT}`, url: font },
      { source: `/pkg/${OTHER}`, url: other },
      { source: "/pkg/@scope/font/LICENSE", url: "/assets/fonts/font-LICENSE.txt" },
    ]);
    expect(sheet.fontPreloads).toEqual([font]);
  });

  test("the stylesheet's own hash is taken after the substitution: new font bytes give a new stylesheet URL", () => {
    const before = buildStylesheet(css, { ...fakePackages(PACKAGES), preload: [] });
    const after = buildStylesheet(css, { ...fakePackages({ ...PACKAGES, [OTHER]: "changed bytes" }), preload: [] });
    expect(before.url).toBe(`/assets/site.${contentHash(before.content)}.css`);
    expect(after.url).not.toBe(before.url);
  });

  test("a file no package has, or a preloaded font the stylesheet does not use, fails the build", () => {
    expect(() => buildStylesheet(`src: url("npm:@scope/font/files/missing.woff2")`, { ...fakePackages(PACKAGES), preload: [] })).toThrow(/Cannot find module/);
    expect(() => buildStylesheet(`src: url("npm:${FONT}")`, { ...fakePackages(PACKAGES), preload: [OTHER] })).toThrow(/does not use the preloaded font/);
  });
});

describe("the site's stylesheet", () => {
  const sheet = stylesheetAsset();
  const fonts = sheet.files.filter((f) => f.url.endsWith(".woff2"));

  test("is served under its hash and names only files the site serves: nothing from another host", () => {
    expect(sheet.url).toBe(`/assets/site.${contentHash(sheet.content)}.css`);
    const urls = [...sheet.content.matchAll(/url\(\s*["']?([^"')]+)/g)].map((m) => m[1]!);
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) expect(url).toMatch(/^\/assets\/fonts\/[\w-]+\.[0-9a-f]{10}\.woff2$/);
    expect(sheet.content).not.toMatch(/url\(\s*["']?npm:/);
    expect(sheet.content).not.toMatch(/@import|https?:\/\//);
  });

  test("copies every font it names from the package, byte for byte, under the name the stylesheet uses", () => {
    for (const font of fonts) {
      const bytes = fs.readFileSync(font.source);
      expect(font.source).toMatch(/node_modules\/@fontsource-variable\/source-serif-4\/files\//);
      expect(font.url).toContain(`.${contentHash(bytes)}.woff2`);
      expect(sheet.content).toContain(`url("${font.url}")`);
    }
    expect(sheet.files.filter((f) => f.url.endsWith("-LICENSE.txt")).map((f) => f.url)).toEqual(["/assets/fonts/source-serif-4-LICENSE.txt"]);
  });

  test("keeps the fonts small: Latin and Latin Extended subsets only, under 150 KB together, one preloaded", () => {
    for (const font of fonts) expect(font.url).toMatch(/-(latin|latin-ext)-wght-(normal|italic)\./);
    const total = fonts.reduce((sum, f) => sum + fs.statSync(f.source).size, 0);
    expect(total).toBeLessThan(150 * 1024);
    expect(sheet.fontPreloads).toHaveLength(1);
    expect(PRELOADED_FONTS).toHaveLength(1);
    expect(fonts.map((f) => f.url)).toContain(sheet.fontPreloads[0]);
  });

  test("every @font-face says how it is displayed while loading, and web faces fall back to metric-matched local fonts", () => {
    const faces = sheet.content.match(/@font-face\s*{[^}]*}/g) ?? [];
    const web = faces.filter((f) => f.includes("/assets/fonts/"));
    const local = faces.filter((f) => f.includes("local("));
    expect(web).toHaveLength(fonts.length);
    for (const face of web) expect(face).toMatch(/font-display:\s*swap/);
    expect(local.length).toBeGreaterThan(0);
    for (const face of local) expect(face).toMatch(/size-adjust:[^;]+;[\s\S]*ascent-override:[^;]+;[\s\S]*descent-override:/);
  });
});
