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
 * ampersands. Same N and seed give byte-identical files (the bench corpus's
 * seeded `Random`).
 */
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { CorpusUsageError, prepareOut, Random, runCorpusCommand } from "./corpus.ts";

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

/** Writes the archive into `out` (emptied first); returns how many articles. */
export function generateOtherShape({ articles, out, seed = 1 }: OtherShapeOptions): number {
  if (!Number.isInteger(articles) || articles < 1) throw new CorpusUsageError(`--articles must be a whole number above 0, not ${articles}`);
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) throw new CorpusUsageError(`--seed must be a whole number from 0 to 4294967295, not ${seed}`);
  const rng = new Random(seed);
  const people = new Set<string>();
  // Past the plain combinations, a middle initial keeps every name distinct.
  for (let i = 0; people.size < Math.max(50, Math.floor(articles / 4)); i++) people.add(`${rng.pick(GIVEN)} ${rng.pick(FAMILY)}${i >= 600 ? ` ${String.fromCharCode(65 + (i % 26))}.` : ""}`);
  const pool = [...people];
  const organisations = Array.from({ length: 400 }, (_, i) => `${rng.pick(["Federal", "National", "United", "Central", "Regional"])} ${rng.pick(WORDS)} ${rng.pick(["Agency", "Board", "Group", "Trust", "Office"])} ${i}`);
  const topics = Array.from({ length: 200 }, (_, i) => `${WORDS[i % WORDS.length]} ${ASPECTS[i % ASPECTS.length]}`);
  const places = Array.from({ length: 300 }, (_, i) => `${rng.pick(["North", "South", "East", "West", "New", "Old", "Upper", "Lower"])} ${rng.pick(FAMILY)}ton ${i}`);
  const sources = Array.from({ length: 30 }, (_, i) => `The ${rng.pick(["Daily", "Weekly", "Evening", "Morning"])} ${rng.pick(["Post", "Courier", "Ledger", "Gazette"])} ${i}`);

  prepareOut(out, TITLE);
  fs.mkdirSync(path.join(out, "articles"), { recursive: true });
  fs.writeFileSync(path.join(out, "site.json"), `${JSON.stringify({ title: TITLE, url: "https://alt.example/", language: "en-GB", timeZone: "America/New_York", pageSize: 25 }, null, 2)}\n`);
  const q = (text: string) => JSON.stringify(text);
  const list = (field: string, names: Iterable<string>) => `${field}:\n${[...names].map((n) => `  - ${q(n)}`).join("\n")}`;
  const some = (count: number, from: () => string, first: string[] = []) => {
    const chosen = new Set(first);
    while (chosen.size < count) chosen.add(from());
    return chosen;
  };
  for (let i = 0; i < articles; i++) {
    const ymd = new Date(Date.UTC(2000, 0, 1) + Math.floor(rng.next() * 25 * 365) * DAY_MS).toISOString().slice(0, 10);
    const time = `${String(8 + Math.floor(rng.next() * 12)).padStart(2, "0")}:${String(Math.floor(rng.next() * 60)).padStart(2, "0")}`;
    const named = [...some(2 + Math.floor(rng.next() * 8), () => rng.pick(pool))];
    const quotes = Array.from({ length: Math.floor(rng.next() * 5) }, () => `  - text: ${q(`We will ${rng.pick(WORDS)} the ${rng.pick(WORDS)} — "${rng.pick(WORDS)}" & more`)}\n    speaker: ${q(rng.pick(named))}`);
    const frontMatter = [
      `title: ${q(`${rng.pick(WORDS)} & "${rng.pick(WORDS)}" ${rng.pick(["row", "plan", "vote", "deal"])} #${i}`)}`,
      `date: ${ymd}T${time}`,
      `source: ${q(rng.pick(sources))}`,
      list("people", named),
      list("organisations", some(1 + Math.floor(rng.next() * 4), () => rng.pick(organisations))),
      list("topics", some(2, () => rng.pick(topics), rng.next() < 0.6 ? [topics[0]!] : [])),
      list("places", some(1 + Math.floor(rng.next() * 2), () => rng.pick(places), rng.next() < 0.5 ? ["World"] : [])),
      ...(quotes.length ? [`quotes:\n${quotes.join("\n")}`] : []),
    ].join("\n");
    const paragraphs: string[] = [];
    for (let words = 0, length = 300 + Math.floor(rng.next() * 1200); words < length; ) {
      const n = 40 + Math.floor(rng.next() * 80);
      const text = Array.from({ length: n }, () => rng.pick(WORDS)).join(" ");
      words += n;
      const kind = rng.next();
      paragraphs.push(
        kind < 0.15 ? `## ${rng.pick(WORDS)} ${rng.pick(WORDS)}`
        : kind < 0.3 ? `${text} See [earlier](/2001/02/03/x-${i}/) and <https://example.com/${i}> or www.example.org.`
        : kind < 0.35 ? `| a | b |\n|---|---|\n| ${rng.pick(WORDS)} | ${rng.pick(WORDS)} |`
        : kind < 0.4 ? `\`\`\`\ncode ${rng.pick(WORDS)}\n\`\`\``
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
