import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { CANDIDATES_PER_ENTITY, RelatedArticles } from "../../src/model/related.ts";
import type { Archive } from "../../src/model/types.ts";
import { article, archiveOf } from "../helpers/archive.ts";

function related(archive: Archive, slug: string, limit = 5): string[] {
  const finder = new RelatedArticles(archive);
  const a = archive.articles.find((x) => x.slug === slug)!;
  return finder.find(a, limit).map((r) => r.article.slug);
}

describe("related articles", () => {
  test("a shared rare entity outweighs a shared common one", () => {
    // "Russia" is in every article; "Rare Person" only in a and b; "Topic" in a and c.
    const archive = archiveOf({
      "articles/a.md": article("title: A\ndate: 2025-01-01\nsource: S1\nplaces: [Russia]\npeople: [Rare Person]"),
      "articles/b.md": article("title: B\ndate: 2025-01-02\nsource: S2\nplaces: [Russia]\npeople: [Rare Person]"),
      "articles/c.md": article("title: C\ndate: 2025-01-03\nsource: S3\nplaces: [Russia]\ntopics: [Common]"),
      "articles/d.md": article("title: D\ndate: 2025-01-04\nsource: S4\nplaces: [Russia]\ntopics: [Common]"),
      "articles/e.md": article("title: E\ndate: 2025-01-05\nsource: S5\nplaces: [Russia]\ntopics: [Common]"),
    });
    expect(related(archive, "a")).toEqual(["b", "e", "d", "c"]);
  });

  test("two rare entities beat one; ties go to the newer article, then the slug", () => {
    const archive = archiveOf({
      "articles/x.md": article("title: X\ndate: 2025-02-01\nsource: S\npeople: [P1, P2]"),
      "articles/two.md": article("title: Two\ndate: 2025-01-01\nsource: T\npeople: [P1, P2]"),
      "articles/one-new.md": article("title: One new\ndate: 2025-01-20\nsource: T\npeople: [P1]"),
      "articles/one-b.md": article("title: One b\ndate: 2025-01-10\nsource: T\npeople: [P2]"),
      "articles/one-a.md": article("title: One a\ndate: 2025-01-10\nsource: T\npeople: [P2]"),
    });
    // P1 is named 3 times, P2 4 times: "one-new" (P1) weighs more than "one-a"/"one-b" (P2).
    expect(related(archive, "x")).toEqual(["two", "one-new", "one-a", "one-b"]);
    expect(related(archive, "x", 2)).toEqual(["two", "one-new"]);
  });

  test("an article with nothing in common has no related articles", () => {
    const archive = archiveOf({
      "articles/a.md": article("title: A\ndate: 2025-01-01\nsource: S1\npeople: [P]"),
      "articles/b.md": article("title: B\ndate: 2025-01-02\nsource: S2\npeople: [Q]"),
    });
    expect(related(archive, "a")).toEqual([]);
  });

  test("from a very common entity only the articles nearest in time are candidates", () => {
    const n = CANDIDATES_PER_ENTITY + 60;
    const files: Record<string, string> = {};
    for (let i = 0; i < n; i++) {
      const day = new Date(Date.UTC(2020, 0, 1 + i)).toISOString().slice(0, 10);
      files[`articles/a${String(i).padStart(3, "0")}.md`] = article(`title: A${i}\ndate: ${day}\nsource: S\nplaces: [Everywhere]`);
    }
    const archive = archiveOf(files);
    const found = related(archive, "a130", n);
    expect(found.length).toBe(CANDIDATES_PER_ENTITY - 1);
    // All share only "Everywhere" and the source: ties, newest first, around a130.
    expect(found[0]).toBe("a230");
    expect(found).not.toContain("a000");
  });

  test("a candidate outside a common entity's window still gets that entity's weight", () => {
    const n = CANDIDATES_PER_ENTITY + 60;
    const files: Record<string, string> = {};
    for (let i = 0; i < n; i++) {
      const day = new Date(Date.UTC(2020, 0, 1 + i)).toISOString().slice(0, 10);
      files[`articles/a${String(i).padStart(3, "0")}.md`] = article(`title: A${i}\ndate: ${day}\nsource: S${i}\nplaces: [Everywhere]${i === 0 || i === 250 ? "\npeople: [Pair]" : ""}`);
    }
    // "near" shares only Pair with a250, and is newer than a000, which shares Pair and Everywhere.
    files["articles/near.md"] = article("title: Near\ndate: 2020-09-10\nsource: Other\npeople: [Pair]");
    const archive = archiveOf(files);
    expect(related(archive, "a250", 2)).toEqual(["a000", "near"]);
  });

  test("the top of the list is the top of every article scored against every other (property)", () => {
    // Small archives (no entity past the candidate window): the one-pass
    // search must give exactly what scoring all pairs and sorting gives.
    const people = ["P1", "P2", "P3", "P4", "P5", "P6"];
    const articleArb = fc.record({
      day: fc.integer({ min: 1, max: 28 }),
      source: fc.constantFrom("S1", "S2", "S3"),
      people: fc.uniqueArray(fc.constantFrom(...people), { maxLength: 4 }),
      place: fc.option(fc.constantFrom("Here", "There"), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.array(articleArb, { minLength: 2, maxLength: 25 }), fc.integer({ min: 1, max: 8 }), (specs, limit) => {
        const files: Record<string, string> = {};
        specs.forEach((x, i) => {
          const lines = [`title: T${i}`, `date: 2025-01-${String(x.day).padStart(2, "0")}`, `source: ${x.source}`];
          if (x.people.length) lines.push(`people: [${x.people.join(", ")}]`);
          if (x.place) lines.push(`places: [${x.place}]`);
          files[`articles/a${String(i).padStart(2, "0")}.md`] = article(lines.join("\n"));
        });
        const archive = archiveOf(files);
        const finder = new RelatedArticles(archive);
        const entitiesOf = (a: Archive["articles"][number]) => [a.source.entity, ...Object.values(a.entities).flat()];
        for (const [rank, a] of archive.articles.entries()) {
          const mine = new Set(entitiesOf(a));
          const all = archive.articles
            .map((b, r) => ({ r, score: Math.round(entitiesOf(b).filter((e) => mine.has(e)).reduce((s, e) => s + finder.weight(e), 0) * 1e9) / 1e9 }))
            .filter((x) => x.r !== rank && x.score > 0)
            .sort((x, y) => y.score - x.score || x.r - y.r)
            .slice(0, limit)
            .map((x) => x.r);
          expect(finder.find(a, limit).map((x) => archive.articles.indexOf(x.article))).toEqual(all);
        }
      }),
      { numRuns: 200 },
    );
  });
});
