import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { coOccurring } from "../../src/model/queries.ts";
import type { Archive, Entity } from "../../src/model/types.ts";
import { article, archiveOf } from "../helpers/archive.ts";

function entity(archive: Archive, taxonomy: keyof Archive["entities"], slug: string): Entity {
  const found = archive.entities[taxonomy].find((e) => e.slug === slug);
  if (!found) throw new Error(`no ${taxonomy}/${slug}: ${archive.entities[taxonomy].map((e) => e.slug).join(", ")}`);
  return found;
}

describe("entity index", () => {
  test("spellings that fold alike are one entity; the most frequent spelling is shown", () => {
    const archive = archiveOf({
      "articles/a.md": article("title: A\ndate: 2025-01-01\nsource: S\norganisations: [chatham  house]"),
      "articles/b.md": article("title: B\ndate: 2025-01-02\nsource: S\norganisations: [Chatham House]"),
      "articles/c.md": article("title: C\ndate: 2025-01-03\nsource: S\norganisations: [\"Chatham\u00A0House\"]"),
    });
    expect(archive.entities.organisations.map((e) => [e.name, e.slug, e.articles.length])).toEqual([["Chatham House", "chatham-house", 3]]);
  });

  test("a tie between spellings goes to the oldest article's spelling, whatever the file order", () => {
    const archive = archiveOf({
      "articles/a.md": article("title: A\ndate: 2025-02-01\nsource: S\ntopics: [SANCTIONS]"),
      "articles/z.md": article("title: Z\ndate: 2025-01-01\nsource: S\ntopics: [sanctions]"),
    });
    expect(entity(archive, "topics", "sanctions").name).toBe("sanctions");
  });

  test("the slug does not move when the most frequent spelling changes", () => {
    const one = archiveOf({ "articles/a.md": article("title: A\ndate: 2025-01-01\nsource: S\nplaces: [KYIV]") });
    const two = archiveOf({
      "articles/a.md": article("title: A\ndate: 2025-01-01\nsource: S\nplaces: [KYIV]"),
      "articles/b.md": article("title: B\ndate: 2025-01-02\nsource: S\nplaces: [Kyiv]"),
      "articles/c.md": article("title: C\ndate: 2025-01-03\nsource: S\nplaces: [Kyiv]"),
    });
    expect(one.entities.places[0]!.url).toBe("/places/kyiv/");
    expect(two.entities.places[0]!.url).toBe("/places/kyiv/");
    expect(two.entities.places[0]!.name).toBe("Kyiv");
  });

  test("aliases resolve to the entity file, whose name is shown", () => {
    const archive = archiveOf({
      "people/putin.md": article('name: Vladimir Putin\naliases: [Putin, "Владимир Путин"]\nslug: putin-v', ""),
      "articles/a.md": article("title: A\ndate: 2025-01-01\nsource: S\npeople: [putin]"),
      "articles/b.md": article("title: B\ndate: 2025-01-02\nsource: S\npeople: [Владимир Путин, Vladimir Putin]"),
    });
    expect(archive.entities.people.map((e) => [e.name, e.url, e.articles.map((a) => a.title)])).toEqual([["Vladimir Putin", "/people/putin-v/", ["B", "A"]]]);
    expect(archive.articles[0]!.entities.people).toHaveLength(1);
  });

  test("one name in two taxonomies is two entities", () => {
    const archive = archiveOf({ "articles/a.md": article("title: A\ndate: 2025-01-01\nsource: Georgia\nplaces: [Georgia]\npeople: [Georgia]") });
    expect([archive.entities.places[0]!.url, archive.entities.people[0]!.url, archive.entities.sources[0]!.url]).toEqual([
      "/places/georgia/",
      "/people/georgia/",
      "/sources/georgia/",
    ]);
  });

  test("a speaker who is one of the article's organisations speaks for it; anyone else becomes a person", () => {
    const archive = archiveOf({
      "organisations/nato.md": article("name: NATO\naliases: [North Atlantic Treaty Organization]", ""),
      "articles/a.md": article(
        "title: A\ndate: 2025-01-01\nsource: S\norganisations: [NATO]\nquotes:\n  - { text: One, speaker: North Atlantic Treaty Organization }\n  - { text: Two, speaker: Jens Stoltenberg }",
      ),
      "articles/b.md": article("title: B\ndate: 2025-01-02\nsource: S\nquotes:\n  - { text: Three, speaker: NATO }"),
    });
    const nato = entity(archive, "organisations", "nato");
    expect(nato.quotes.map((q) => q.quote.text)).toEqual(["One"]);
    // In article B, NATO is not one of its organisations: the speaker is a person.
    expect(entity(archive, "people", "nato").quotes.map((q) => q.quote.text)).toEqual(["Three"]);
    const a = archive.articles.find((x) => x.title === "A")!;
    expect(a.entities.people.map((p) => p.name)).toEqual(["Jens Stoltenberg"]);
    expect(entity(archive, "people", "jens-stoltenberg").articles.map((x) => x.title)).toEqual(["A"]);
  });

  test("quotes and articles are newest first; topics collect their articles' figures", () => {
    const archive = archiveOf({
      "articles/old.md": article("title: Old\ndate: 2025-01-01\nsource: S\ntopics: [War]\nquotes: [{ text: first, speaker: X }]\nfigures: [{ value: 1, label: one }]"),
      "articles/new.md": article("title: New\ndate: 2025-03-01\nsource: S\ntopics: [War]\nquotes: [{ text: second, speaker: X }, { text: third, speaker: X }]\nfigures: [{ value: 2, label: two }]"),
    });
    expect(entity(archive, "people", "x").quotes.map((q) => q.quote.text)).toEqual(["second", "third", "first"]);
    expect(entity(archive, "topics", "war").figures.map((f) => f.figure.label)).toEqual(["two", "one"]);
    expect(archive.articles.map((a) => a.title)).toEqual(["New", "Old"]);
  });

  test("an article's last change is the latest of its date, `updated` and corrections, in any order", () => {
    const archive = archiveOf({
      "articles/a.md": article("title: A\ndate: 2025-01-10\nsource: S"),
      "articles/c.md": article("title: C\ndate: 2025-01-10\nupdated: 2025-01-12\nsource: S"),
      "articles/d.md": article("title: D\ndate: 2025-01-10\nupdated: 2025-01-12\nsource: S\ncorrections:\n  - { date: 2025-01-20, text: Fixed. }\n  - { date: 2025-01-15, text: Also. }"),
      "articles/e.md": article("title: E\ndate: 2025-01-10\nupdated: 2025-01-20\nsource: S\ncorrections:\n  - { date: 2025-01-15, text: Fixed. }"),
    });
    const changed = Object.fromEntries(archive.articles.map((a) => [a.title, a.lastModified.written.text]));
    expect(changed).toEqual({ A: "2025-01-10", C: "2025-01-12", D: "2025-01-20", E: "2025-01-20" });
  });

  test("articles at the same moment are ordered by slug", () => {
    const archive = archiveOf({
      "articles/b.md": article("title: B\ndate: 2025-01-01\nsource: S"),
      "articles/a.md": article("title: A\ndate: 2025-01-01\nsource: S"),
      "articles/c.md": article("title: C\ndate: 2025-01-01T00:00Z\nsource: S"),
    });
    expect(archive.articles.map((a) => a.slug)).toEqual(["a", "b", "c"]);
  });

  test("drafts and embargoed articles add nothing", () => {
    const archive = archiveOf(
      {
        "articles/a.md": article("title: A\ndate: 2025-01-01\nsource: S\npeople: [Seen]"),
        "articles/d.md": article("title: D\ndate: 2025-01-01\nsource: Hidden source\npeople: [Draft person]\ndraft: true"),
        "articles/e.md": article("title: E\ndate: 2025-06-01T10:00Z\nsource: S\npeople: [Embargo person]"),
      },
      "2025-06-01T09:59Z",
    );
    expect(archive.entities.people.map((e) => e.name)).toEqual(["Seen"]);
    expect(archive.entities.sources.map((e) => [e.name, e.articles.length])).toEqual([["S", 1]]);
    expect(archive.heldBack).toEqual({ drafts: 1, embargoed: 1 });
  });

  test("an entity file nobody uses has no entity", () => {
    const archive = archiveOf({
      "people/nobody.md": article("name: Nobody", ""),
      "articles/a.md": article("title: A\ndate: 2025-01-01\nsource: S"),
    });
    expect(archive.entities.people).toEqual([]);
  });

  test("taxonomies are sorted A-Z for the site's language, case and accents aside", () => {
    const archive = archiveOf({ "articles/a.md": article("title: A\ndate: 2025-01-01\nsource: S\nplaces: [zürich, Århus, Berlin, émile, Athens]") });
    expect(archive.entities.places.map((e) => e.name)).toEqual(["Århus", "Athens", "Berlin", "émile", "zürich"]);
  });
});

describe("co-occurrence", () => {
  test("counts shared articles across taxonomies, most first, then by name; never itself", () => {
    const archive = archiveOf({
      "articles/a.md": article("title: A\ndate: 2025-01-01\nsource: S\npeople: [P, Q]\nplaces: [R]"),
      "articles/b.md": article("title: B\ndate: 2025-01-02\nsource: S\npeople: [P]\nplaces: [R]"),
      "articles/c.md": article("title: C\ndate: 2025-01-03\nsource: T\npeople: [Q]"),
    });
    const p = entity(archive, "people", "p");
    expect(coOccurring(p, 10).map(({ entity: e, count }) => `${e.url} ${count}`)).toEqual(["/places/r/ 2", "/sources/s/ 2", "/people/q/ 1"]);
    expect(coOccurring(p, 1)).toHaveLength(1);
  });

  test("the top of the list is the top of every neighbour counted and sorted (property)", () => {
    const names = ["Ann", "Bo", "Cy", "Di", "Ed", "Fay", "Gus"];
    const articleArb = fc.record({
      source: fc.constantFrom("S1", "S2"),
      people: fc.uniqueArray(fc.constantFrom(...names), { maxLength: 4 }),
      places: fc.uniqueArray(fc.constantFrom("Here", "There", "Ann"), { maxLength: 2 }),
    });
    fc.assert(
      fc.property(fc.array(articleArb, { minLength: 1, maxLength: 15 }), fc.integer({ min: 0, max: 6 }), (specs, limit) => {
        const files: Record<string, string> = {};
        specs.forEach((x, i) => {
          const lines = [`title: T${i}`, "date: 2025-01-01", `source: ${x.source}`];
          if (x.people.length) lines.push(`people: [${x.people.join(", ")}]`);
          if (x.places.length) lines.push(`places: [${x.places.join(", ")}]`);
          files[`articles/a${String(i).padStart(2, "0")}.md`] = article(lines.join("\n"));
        });
        const archive = archiveOf(files);
        const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
        for (const one of Object.values(archive.entities).flat()) {
          const counts = new Map<Entity, number>();
          for (const a of one.articles) for (const other of new Set([a.source.entity, ...Object.values(a.entities).flat()])) if (other !== one) counts.set(other, (counts.get(other) ?? 0) + 1);
          const expected = [...counts]
            .sort(([a, n], [b, m]) => m - n || byText(a.name, b.name) || byText(a.url, b.url))
            .slice(0, limit)
            .map(([e, n]) => `${e.url} ${n}`);
          expect(coOccurring(one, limit).map(({ entity: e, count }) => `${e.url} ${count}`)).toEqual(expected);
        }
      }),
      { numRuns: 100 },
    );
  });
});
