/**
 * A second synthetic archive, shaped unlike `npm run corpus`, to check that
 * no speed or memory figure depends on the bench corpus's own shape (the
 * issue's figures are checked on a corpus generated elsewhere):
 *
 *   npm run corpus:other -- --articles N --out DIR [--seed S]
 *
 * No entity files; 2-9 people per article drawn uniformly (not Zipf-like)
 * from a pool of a quarter of the article count; one topic in 60 % of the
 * articles and one place in half of them; 25 years of dates read in
 * America/New_York (between 08:00 and 19:59, so none falls in a skipped
 * hour); page size 25; 0-4 quotes; bodies of 300-1,500 words with headings,
 * tables, code blocks, relative and absolute links; titles with quotes and
 * ampersands. Same N and seed give byte-identical files (one seeded PRNG).
 */
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { CorpusUsageError, runCorpusCommand } from "./corpus.ts";

export interface OtherShapeOptions {
  articles: number;
  out: string;
  /** 32-bit unsigned integer; default 1. */
  seed?: number;
}

const WORDS = "report budget council water energy market court police election housing school transport health climate border trade strike river harbour festival museum bridge tunnel airport railway hospital university ministry parliament army navy union".split(" ");
const GIVEN = "Ana Bruno Chiara Dmitri Élodie Fatima Gustav Hana Ivan Jana Kenji Laila Mateo Nadia Oskar Priya Quentin Rosa Sven Tamar Uwe Vera Wojciech Ximena Yusuf Zoë".split(" ");
const FAMILY = "Álvarez Brandt Costa Dubois Eriksen Fischer García Horvat Ivanova Jensen Kowalski Lindqvist Müller Nowak Okafor Petrov Quispe Rossi Schmidt Tanaka Urban Varga Weber Yilmaz Zielińska".split(" ");
const ASPECTS = ["policy", "crisis", "reform", "inquiry", "debate", "funding", "strategy"];
const DAY_MS = 86_400_000;

const TITLE = 'Alt & Co "Archive"';

/** Empties `out` for a new corpus; a folder that holds anything but one of these corpora is left alone. */
function prepareOut(out: string): void {
  if (fs.existsSync(out) && fs.readdirSync(out).length > 0) {
    let title: unknown;
    try {
      title = (JSON.parse(fs.readFileSync(path.join(out, "site.json"), "utf8")) as { title?: unknown }).title;
    } catch {
      title = undefined;
    }
    if (title !== TITLE) throw new CorpusUsageError(`${out} is not empty and holds no corpus of this shape (no site.json titled ${JSON.stringify(TITLE)}); refusing to replace it`);
    fs.rmSync(out, { recursive: true });
  }
  fs.mkdirSync(path.join(out, "articles"), { recursive: true });
}

/** mulberry32: a small seeded PRNG. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Writes the archive into `out` (emptied first); returns how many articles. */
export function generateOtherShape({ articles, out, seed = 1 }: OtherShapeOptions): number {
  if (!Number.isInteger(articles) || articles < 1) throw new CorpusUsageError(`--articles must be a whole number above 0, not ${articles}`);
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) throw new CorpusUsageError(`--seed must be a whole number from 0 to 4294967295, not ${seed}`);
  const rnd = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const people = new Set<string>();
  // Past the plain combinations, a middle initial keeps every name distinct.
  for (let i = 0; people.size < Math.max(50, Math.floor(articles / 4)); i++) people.add(`${pick(GIVEN)} ${pick(FAMILY)}${i >= 600 ? ` ${String.fromCharCode(65 + (i % 26))}.` : ""}`);
  const pool = [...people];
  const organisations = Array.from({ length: 400 }, (_, i) => `${pick(["Federal", "National", "United", "Central", "Regional"])} ${pick(WORDS)} ${pick(["Agency", "Board", "Group", "Trust", "Office"])} ${i}`);
  const topics = Array.from({ length: 200 }, (_, i) => `${WORDS[i % WORDS.length]} ${ASPECTS[i % ASPECTS.length]}`);
  const places = Array.from({ length: 300 }, (_, i) => `${pick(["North", "South", "East", "West", "New", "Old", "Upper", "Lower"])} ${pick(FAMILY)}ton ${i}`);
  const sources = Array.from({ length: 30 }, (_, i) => `The ${pick(["Daily", "Weekly", "Evening", "Morning"])} ${pick(["Post", "Courier", "Ledger", "Gazette"])} ${i}`);

  prepareOut(out);
  fs.writeFileSync(path.join(out, "site.json"), `${JSON.stringify({ title: TITLE, url: "https://alt.example/", language: "en-GB", timeZone: "America/New_York", pageSize: 25 }, null, 2)}\n`);
  const q = (text: string) => JSON.stringify(text);
  const list = (field: string, names: Iterable<string>) => `${field}:\n${[...names].map((n) => `  - ${q(n)}`).join("\n")}`;
  const some = (count: number, from: () => string, first: string[] = []) => {
    const chosen = new Set(first);
    while (chosen.size < count) chosen.add(from());
    return chosen;
  };
  for (let i = 0; i < articles; i++) {
    const ymd = new Date(Date.UTC(2000, 0, 1) + Math.floor(rnd() * 25 * 365) * DAY_MS).toISOString().slice(0, 10);
    const time = `${String(8 + Math.floor(rnd() * 12)).padStart(2, "0")}:${String(Math.floor(rnd() * 60)).padStart(2, "0")}`;
    const named = [...some(2 + Math.floor(rnd() * 8), () => pick(pool))];
    const quotes = Array.from({ length: Math.floor(rnd() * 5) }, () => `  - text: ${q(`We will ${pick(WORDS)} the ${pick(WORDS)} — "${pick(WORDS)}" & more`)}\n    speaker: ${q(pick(named))}`);
    const frontMatter = [
      `title: ${q(`${pick(WORDS)} & "${pick(WORDS)}" ${pick(["row", "plan", "vote", "deal"])} #${i}`)}`,
      `date: ${ymd}T${time}`,
      `source: ${q(pick(sources))}`,
      list("people", named),
      list("organisations", some(1 + Math.floor(rnd() * 4), () => pick(organisations))),
      list("topics", some(2, () => pick(topics), rnd() < 0.6 ? [topics[0]!] : [])),
      list("places", some(1 + Math.floor(rnd() * 2), () => pick(places), rnd() < 0.5 ? ["World"] : [])),
      ...(quotes.length ? [`quotes:\n${quotes.join("\n")}`] : []),
    ].join("\n");
    const paragraphs: string[] = [];
    for (let words = 0, length = 300 + Math.floor(rnd() * 1200); words < length; ) {
      const n = 40 + Math.floor(rnd() * 80);
      const text = Array.from({ length: n }, () => pick(WORDS)).join(" ");
      words += n;
      const kind = rnd();
      paragraphs.push(
        kind < 0.15 ? `## ${pick(WORDS)} ${pick(WORDS)}`
        : kind < 0.3 ? `${text} See [earlier](/2001/02/03/x-${i}/) and <https://example.com/${i}> or www.example.org.`
        : kind < 0.35 ? `| a | b |\n|---|---|\n| ${pick(WORDS)} | ${pick(WORDS)} |`
        : kind < 0.4 ? `\`\`\`\ncode ${pick(WORDS)}\n\`\`\``
        : `${text}.`,
      );
    }
    const dir = path.join(out, "articles", ymd.slice(0, 4));
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, `a-${i}.md`), `---\n${frontMatter}\n---\n\n${paragraphs.join("\n\n")}\n`);
  }
  return articles;
}

function cli(argv: string[]): number {
  return runCorpusCommand(argv, {
    name: "corpus:other",
    generate: (options) => [`Wrote ${options.out}: ${generateOtherShape(options).toLocaleString("en")} articles`],
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) process.exitCode = cli(process.argv.slice(2));
