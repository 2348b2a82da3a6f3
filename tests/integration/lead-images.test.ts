import * as cheerio from "cheerio";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { loadArchive } from "../../src/model/archive.ts";
import { SiteContext } from "../../src/views/context.ts";
import { writeImages } from "../../src/write/images.ts";
import { listFiles, ROOT, runCli, tempDir } from "../helpers/cli.ts";

let out: { dir: string; remove: () => void };
let $: cheerio.CheerioAPI;

beforeAll(async () => {
  out = tempDir("images");
  const run = await runCli(["build", "--content", path.join(ROOT, "tests/fixtures/archive"), "--output", out.dir, "--now", "2025-11-01"]);
  expect(run.code, run.stderr).toBe(0);
  $ = cheerio.load(fs.readFileSync(path.join(out.dir, "2025/10/24/museum/index.html"), "utf8"));
});

afterAll(() => out.remove());

test("a lead image is a responsive <picture>: AVIF and WebP first, the original format as fallback, its size reserved", () => {
  const picture = $(".lead-image picture");
  expect(picture.find("source").map((_, el) => $(el).attr("type")).get()).toEqual(["image/avif", "image/webp"]);
  const img = picture.find("img");
  expect(img.attr("alt")).toBe("Captured Western armoured vehicles in a museum hall");
  expect(img.attr("width")).toBe("1440");
  expect(img.attr("height")).toBe("810");
  expect(img.attr("src")).toMatch(/^\/images\/[\w-]+-1440\.jpeg$/);
  for (const srcset of [...picture.find("source").map((_, el) => $(el).attr("srcset")).get(), img.attr("srcset")!]) {
    expect(srcset.split(", ").map((s) => s.split(" ")[1])).toEqual(["480w", "960w", "1440w"]);
  }
  expect($(".lead-image figcaption").text()).toBe("The “Weapons of the West” gallery. Fixture Photo Agency");
});

test("every variant the page names is written, and nothing else", () => {
  const named = new Set<string>();
  $(".lead-image source, .lead-image img").each((_, el) => {
    for (const part of ($(el).attr("srcset") ?? "").split(", ")) if (part) named.add(part.split(" ")[0]!.slice(1));
  });
  expect(listFiles(out.dir).filter((f) => f.startsWith("images/"))).toEqual([...named].sort());
});

test("social cards and JSON-LD use the image, with absolute URLs", () => {
  const og = $('meta[property="og:image"]').attr("content")!;
  expect(og).toMatch(/^https:\/\/fixture\.example\/images\/[\w-]+-1440\.jpeg$/);
  expect($('meta[property="og:image:alt"]').attr("content")).toBe("Captured Western armoured vehicles in a museum hall");
  expect($('meta[name="twitter:card"]').attr("content")).toBe("summary_large_image");
  const article = JSON.parse($('script[type="application/ld+json"]').first().text()) as { image: string[] };
  expect(article.image).toEqual([og]);
});

test("writeImages writes the images of the articles it is given, and says how many are done", async () => {
  const loaded = loadArchive(path.join(ROOT, "tests/fixtures/archive"), { drafts: false, future: false });
  if (!loaded.ok) throw new Error("the fixture archive has errors");
  const context = new SiteContext(loaded.archive);
  const illustrated = context.archive.articles.filter((a) => a.image);
  const plain = context.archive.articles.filter((a) => !a.image);
  const dir = tempDir("images-some");
  try {
    const done: number[] = [];
    expect(await writeImages(context, dir.dir, plain, { onImage: (n) => done.push(n) })).toBe(0);
    expect(fs.existsSync(path.join(dir.dir, "images"))).toBe(false);
    expect(await writeImages(context, dir.dir, illustrated, { onImage: (n) => done.push(n) })).toBe(9);
    expect(done).toEqual([1]);
    expect(listFiles(dir.dir)).toEqual(listFiles(out.dir).filter((f) => f.startsWith("images/")));
  } finally {
    dir.remove();
  }
});

test("the conversion cache holds only whole conversions, and an image whose files are all there is not converted again", async () => {
  const loaded = loadArchive(path.join(ROOT, "tests/fixtures/archive"), { drafts: false, future: false });
  if (!loaded.ok) throw new Error("the fixture archive has errors");
  const context = new SiteContext(loaded.archive);
  const illustrated = context.archive.articles.filter((a) => a.image);
  const cache = tempDir("image-cache");
  const sites = [tempDir("image-cache-site-1"), tempDir("image-cache-site-2"), tempDir("image-cache-site-3")];
  try {
    // What a build stopped while converting leaves: its own folder, with a truncated file.
    const ended = spawnSync(process.execPath, ["-e", ""]).pid;
    const abandoned = `.converting-${ended}-abc123`;
    fs.mkdirSync(path.join(cache.dir, abandoned));
    fs.writeFileSync(path.join(cache.dir, abandoned, "truncated.avif"), "not a whole image");
    // A conversion under way in a process that still runs (this one) is left alone.
    const running = `.converting-${process.pid}-def456`;
    fs.mkdirSync(path.join(cache.dir, running));

    expect(await writeImages(context, sites[0]!.dir, illustrated, { cache: cache.dir })).toBe(9);
    const images = listFiles(path.join(out.dir, "images"));
    expect(fs.readdirSync(cache.dir).sort()).toEqual([running, ...images].sort());
    // Whole: the same bytes as the CLI build's conversion of the same image.
    for (const name of images) expect(fs.readFileSync(path.join(cache.dir, name)).equals(fs.readFileSync(path.join(out.dir, "images", name))), name).toBe(true);

    // All its files cached: copied as they are, not converted again.
    const [marked, removed] = images as [string, string];
    fs.writeFileSync(path.join(cache.dir, marked), "cached");
    await writeImages(context, sites[1]!.dir, illustrated, { cache: cache.dir });
    expect(fs.readFileSync(path.join(sites[1]!.dir, "images", marked), "utf8")).toBe("cached");

    // One of its files missing: the image is converted again, every file whole.
    fs.rmSync(path.join(cache.dir, removed));
    await writeImages(context, sites[2]!.dir, illustrated, { cache: cache.dir });
    for (const name of images) expect(fs.readFileSync(path.join(sites[2]!.dir, "images", name)).equals(fs.readFileSync(path.join(out.dir, "images", name))), name).toBe(true);
  } finally {
    cache.remove();
    for (const site of sites) site.remove();
  }
});
