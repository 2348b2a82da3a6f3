import * as cheerio from "cheerio";
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { ROOT, runCli, tempDir, type CliResult } from "../helpers/cli.ts";

// The archive's first article, written from the BritPanorama seed report.
const ARTICLE = "/2025/10/24/north-korean-troops-role-in-russian-operations-acknowledged/";

let out: { dir: string; remove: () => void };
let result: CliResult;
let $: cheerio.CheerioAPI;

beforeAll(async () => {
  out = tempDir("content");
  result = await runCli(["build", "--content", path.join(ROOT, "content"), "--output", out.dir, "--now", "2026-01-01"]);
  $ = cheerio.load(fs.readFileSync(path.join(out.dir, ARTICLE, "index.html"), "utf8"));
});

afterAll(() => out.remove());

test("content/ builds", () => {
  expect(result.code).toBe(0);
  expect(result.stdout).toMatch(/^Built 1 article into/);
});

test("the seed article: headline, date, source", () => {
  expect($("h1").text()).toBe("North Korean Troops’ Role in Russian Operations Acknowledged");
  expect($(".dateline time").attr("datetime")).toBe("2025-10-24");
  expect($(".source a").first().text()).toBe("BritPanorama");
});

test("its direct quotations are verbatim and attributed", () => {
  const quotes = $(".quote")
    .map((_, el) => ({
      text: $(el).find("blockquote").text().replace(/\s+/g, " "),
      speaker: $(el).find(".speaker").text(),
      role: $(el).find(".role").text(),
    }))
    .get();
  expect(quotes).toEqual([
    {
      text: "We shouldn’t be surprised that there is now an overt recognition of the role that North Korean troops are playing in Russia’s assault on Europe since the semiserious denials of this fact ceased some time ago.",
      speaker: "Keir Giles",
      role: "senior consulting fellow, Chatham House",
    },
    {
      text: "What is more interesting is the way this is being presented to the Russian public, because a core element of the Russian great power status is that Russia does not need assistance from other countries. It is fully independent and sovereign in the sense that it can manage its own affairs.",
      speaker: "Keir Giles",
      role: "senior consulting fellow, Chatham House",
    },
    { text: "will not have a significant impact on the health of our economy.", speaker: "Vladimir Putin", role: "President of Russia" },
  ]);
});

test("its figures include about 2,000 North Korean soldiers killed, per South Korea's intelligence agency", () => {
  const first = $(".figure").first();
  expect(first.find(".figure-value").text()).toBe("about 2,000 soldiers");
  expect(first.find(".figure-label").text()).toBe("North Korean soldiers killed in the war");
  expect(first.find(".figure-meta").text()).toContain("South Korea’s intelligence agency");
});

test("the people, organisations, places and topics it names have pages", () => {
  const links = $(".entities a")
    .map((_, el) => $(el).attr("href"))
    .get();
  for (const url of [
    "/people/keir-giles/",
    "/people/vladimir-putin/",
    "/people/donald-trump/",
    "/organisations/chatham-house/",
    "/organisations/museum-of-victory/",
    "/organisations/rosneft/",
    "/organisations/lukoil/",
    "/organisations/nato/",
    "/organisations/national-intelligence-service/",
    "/places/russia/",
    "/places/north-korea/",
    "/places/south-korea/",
    "/places/ukraine/",
    "/topics/sanctions/",
    "/topics/propaganda/",
    "/topics/patriotic-education/",
    "/topics/russia-ukraine-war/",
    "/sources/britpanorama/",
  ]) {
    expect(links).toContain(url);
    expect(fs.existsSync(path.join(out.dir, url, "index.html")), url).toBe(true);
  }
});

test("content/ passes check --strict: no errors and no hygiene warnings", async () => {
  const checked = await runCli(["check", "--content", path.join(ROOT, "content"), "--strict", "--now", "2026-01-01"]);
  expect(checked.stderr).toBe("");
  expect(checked.code).toBe(0);
  expect(checked.stdout).toMatch(/0 errors, 0 warnings/);
});
