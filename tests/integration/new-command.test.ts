import fs from "node:fs";
import path from "node:path";
import { DateTime } from "luxon";
import { afterEach, beforeEach, expect, test } from "vitest";
import { DATE_FORMS } from "../../src/schema/dates.ts";
import { listFiles, ROOT, runCli, tempDir } from "../helpers/cli.ts";

const FIXTURE = path.join(ROOT, "tests/fixtures/archive");

/** A temp working folder holding `content/`, a copy of the fixture archive (site zone Asia/Seoul). */
let work: { dir: string; remove: () => void };
let content: string;
beforeEach(() => {
  work = tempDir("new");
  content = path.join(work.dir, "content");
  fs.cpSync(FIXTURE, content, { recursive: true });
});
afterEach(() => work.remove());

const run = (args: string[]) => runCli(["new", ...args], { cwd: work.dir });
const read = (file: string) => fs.readFileSync(path.join(work.dir, file), "utf8");

test("writes the article at articles/YYYY/MM/<slug>.md, dated in the site's zone, prints its path, and the site builds with it", async () => {
  const result = await run(["--title", "Harbour reopens: “yes” to ferries", "--source", "Korea Daily", "--date", "2025-10-23T20:00Z", "--content", "content"]);
  expect(result.code).toBe(0);
  // 20:00 UTC on the 23rd is 05:00 on the 24th in Seoul.
  const file = "content/articles/2025/10/harbour-reopens-yes-to-ferries.md";
  expect(result.stdout).toBe(`${file}\n`);
  expect(result.stderr).toMatch(/draft: true.*\/2025\/10\/24\/harbour-reopens-yes-to-ferries\//);
  const text = read(file);
  expect(text).toMatch(/^---\ntitle: "Harbour reopens: “yes” to ferries"\ndate: 2025-10-23T20:00Z\nsource: Korea Daily\n/);
  expect(text).toMatch(/^draft: true$/m);

  const out = path.join(work.dir, "out");
  const build = await runCli(["build", "--content", content, "--output", out, "--now", "2030-01-01T00:00Z", "--no-search", "--drafts"]);
  expect(build.stderr).toBe("");
  expect(build.code).toBe(0);
  const page = fs.readFileSync(path.join(out, "2025/10/24/harbour-reopens-yes-to-ferries/index.html"), "utf8");
  expect(page).toContain("Harbour reopens: “yes” to ferries");
  expect(page).toContain("Write the article here");

  // Without --drafts it is held back, and the build still succeeds.
  const published = await runCli(["build", "--content", content, "--output", out, "--now", "2030-01-01T00:00Z", "--no-search"]);
  expect(published.code).toBe(0);
  expect(fs.existsSync(path.join(out, "2025/10/24/harbour-reopens-yes-to-ferries"))).toBe(false);
});

test("--no-draft writes no draft line and the next build publishes it; a Korean title gets a romanised slug", async () => {
  const result = await run(["--title", "김정은, 회담에서 발언", "--source", "연합뉴스", "--date", "2025-10-31T20:00Z", "--no-draft"]);
  expect(result.code).toBe(0);
  // The month in Seoul is November.
  expect(result.stdout).toBe("content/articles/2025/11/gimjeongeun-hoedameseo-baleon.md\n");
  expect(read("content/articles/2025/11/gimjeongeun-hoedameseo-baleon.md")).not.toMatch(/draft/);
  const out = path.join(work.dir, "out");
  const build = await runCli(["build", "--content", content, "--output", out, "--now", "2030-01-01T00:00Z", "--no-search"]);
  expect(build.code).toBe(0);
  expect(fs.existsSync(path.join(out, "2025/11/01/gimjeongeun-hoedameseo-baleon/index.html"))).toBe(true);
});

test("without --date it is dated now in the site's zone, to the minute, with the offset", async () => {
  const before = DateTime.now().setZone("Asia/Seoul").startOf("minute");
  const result = await run(["--title", "Today’s story", "--source", "Wire Service"]);
  const after = DateTime.now().setZone("Asia/Seoul");
  expect(result.code).toBe(0);
  const file = result.stdout.trim();
  const written = /^date: (.+)$/m.exec(read(file))?.[1] ?? "";
  expect(written).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}\+09:00$/);
  const at = DateTime.fromISO(written);
  expect(at >= before && at <= after).toBe(true);
  expect(file).toBe(`content/articles/${at.setZone("Asia/Seoul").toFormat("yyyy/MM")}/today-s-story.md`);
});

test("--slug names the file; a title with nothing to make a slug from asks for --slug", async () => {
  const emoji = await run(["--title", "🎉🎉", "--source", "Wire Service", "--date", "2025-10-24"]);
  expect(emoji.code).toBe(2);
  expect(emoji.stderr).toMatch(/--slug/);
  const named = await run(["--title", "🎉🎉", "--source", "Wire Service", "--date", "2025-10-24", "--slug", "party-time"]);
  expect(named.code).toBe(0);
  expect(named.stdout).toBe("content/articles/2025/10/party-time.md\n");
  expect(read("content/articles/2025/10/party-time.md")).toMatch(/^title: 🎉🎉$/m);
});

test("awkward titles survive: a leading dash, a YAML keyword, quotes and a hash", async () => {
  for (const [title, slug] of [
    ["- leading dash", "leading-dash"],
    ["null", "null"],
    ["'Quoted' # not a comment", "quoted-not-a-comment"],
  ]) {
    const result = await run([`--title=${title}`, "--source=yes", "--date", "2025-10-24"]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toBe(`content/articles/2025/10/${slug}.md\n`);
  }
  const out = path.join(work.dir, "out");
  const build = await runCli(["build", "--content", content, "--output", out, "--now", "2030-01-01T00:00Z", "--no-search", "--drafts"]);
  expect(build.stderr).toBe("");
  expect(build.code).toBe(0);
  const page = fs.readFileSync(path.join(out, "2025/10/24/null/index.html"), "utf8");
  expect(page).toMatch(/<h1[^>]*>null<\/h1>/);
});

test("never overwrites: an existing file is refused and left as it was", async () => {
  const args = ["--title", "Museum", "--source", "Wire Service", "--date", "2025-10-24T10:00"];
  const before = read("content/articles/2025/10/museum.md");
  const result = await run(args);
  expect(result.code).toBe(2);
  expect(result.stdout).toBe("");
  expect(result.stderr).toMatch(/content\/articles\/2025\/10\/museum\.md already exists; choose another --slug or edit that file/);
  expect(read("content/articles/2025/10/museum.md")).toBe(before);

  // Its own earlier file too, after the editor has started writing it.
  const first = await run(["--title", "Fresh story", "--source", "Wire Service", "--date", "2025-10-24"]);
  expect(first.code).toBe(0);
  const file = first.stdout.trim();
  fs.appendFileSync(path.join(work.dir, file), "\nThe editor's words.\n");
  const edited = read(file);
  const again = await run(["--title", "Fresh story", "--source", "Other", "--date", "2025-10-25"]);
  expect(again.code).toBe(2);
  expect(again.stderr).toMatch(/already exists/);
  expect(read(file)).toBe(edited);
});

test("refuses a URL that another file already has, by its slug or as an old address", async () => {
  fs.mkdirSync(path.join(content, "articles/misc"));
  fs.writeFileSync(
    path.join(content, "articles/misc/ferry.md"),
    "---\ntitle: Ferry\ndate: 2025-10-24T08:00\nsource: Wire Service\nslug: harbour-opens\nredirectFrom: [/2025/10/25/old-harbour]\n---\nBody.\n",
  );
  const files = listFiles(content);
  const clash = await run(["--title", "Harbour opens", "--source", "Wire Service", "--date", "2025-10-23T20:00Z"]);
  expect(clash.code).toBe(2);
  expect(clash.stderr).toMatch(/content\/articles\/misc\/ferry\.md already has the URL \/2025\/10\/24\/harbour-opens\/; choose another --slug/);
  const redirect = await run(["--title", "Old harbour", "--source", "Wire Service", "--date", "2025-10-25T12:00"]);
  expect(redirect.code).toBe(2);
  expect(redirect.stderr).toMatch(/ferry\.md already claims \/2025\/10\/25\/old-harbour\/ as an old address/);
  expect(listFiles(content)).toEqual(files);
  // Another day is another URL.
  const otherDay = await run(["--title", "Harbour opens", "--source", "Wire Service", "--date", "2025-10-26"]);
  expect(otherDay.code).toBe(0);
});

test("usage errors exit 2, say what to do, and write nothing", async () => {
  const files = listFiles(content);
  const cases: [string[], RegExp][] = [
    [["--source", "Wire Service"], /--title is required/],
    [["--title", "No source"], /--source is required/],
    [["--title", "Bad date", "--source", "S", "--date", "24/10/2025"], new RegExp(DATE_FORMS.replace(/[[\]+]/g, "\\$&"))],
    [["--title", "Bad date", "--source", "S", "--date", "2025-02-30"], /February 2025 has 28 days; the forms are YYYY-MM-DD/],
    [["--title", "Bad slug", "--source", "S", "--slug", "Not A Slug"], /--slug "Not A Slug" must be lower-case/],
    [["--title", "T", "--source", "S", "--content", "missing"], /the content folder "missing" does not exist/],
    [["--title", "T", "--source", "S", "--colour", "red"], /--colour/],
  ];
  for (const [args, message] of cases) {
    const result = await run(args);
    expect(result.code, args.join(" ")).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toContain("Usage: npm run new");
    expect(result.stdout).toBe("");
  }
  // A clock time the site's zone skips (Europe/London, spring forward).
  const site = JSON.parse(fs.readFileSync(path.join(content, "site.json"), "utf8"));
  fs.writeFileSync(path.join(content, "site.json"), JSON.stringify({ ...site, timeZone: "Europe/London" }));
  const skipped = await run(["--title", "Skipped", "--source", "S", "--date", "2025-03-30T01:30"]);
  expect(skipped.code).toBe(2);
  expect(skipped.stderr).toMatch(/does not exist in Europe\/London/);
  expect(listFiles(content)).toEqual(files);
});

test("a broken site.json is reported as content errors (exit 1) and nothing is written", async () => {
  fs.writeFileSync(path.join(content, "site.json"), '{\n  "title": "T",\n  "url": "https://t.example",\n  "timeZone": "Mars/Olympus"\n}\n');
  const files = listFiles(content);
  const result = await run(["--title", "T", "--source", "S"]);
  expect(result.code).toBe(1);
  expect(result.stderr).toMatch(/^site\.json:4: timeZone: "Mars\/Olympus" is not an IANA time zone name/m);
  expect(result.stderr).toMatch(/^1 errors$/m);
  expect(listFiles(content)).toEqual(files);
});

test("--help prints the options; the command list names new", async () => {
  const help = await runCli(["new", "--help"]);
  expect(help.code).toBe(0);
  for (const option of ["--title", "--source", "--date", "--slug", "--content", "--no-draft"]) expect(help.stdout).toContain(option);
  const usage = await runCli([]);
  expect(usage.stderr).toMatch(/^ {2}new /m);
});
