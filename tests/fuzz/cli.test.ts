/**
 * Fuzzed inputs through the real command line (`build`), a few of them: each
 * build takes seconds. The inputs are picked with a fixed seed from the same
 * arbitraries as the in-process fuzz tests, some accepted and some refused
 * there, plus fixed examples. The CLI must agree with the in-process result,
 * exit 0 or 1 (never 3, an internal error), print no stack trace, leave a
 * previous output folder byte for byte as it was when it refuses the
 * content, and write a whole site (with no temp folders left beside it) when
 * it accepts it.
 */
import fs from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { listFiles, runCli } from "../helpers/cli.ts";
import { copyFixture } from "../helpers/content-folder.ts";
import { applyEdit, edit } from "./edits.ts";
import {
  anyValue,
  buildInMemory,
  ENTITY_FILES,
  EVERY_FIELD_ARTICLE,
  EVERY_FIELD_TEXT,
  fieldChange,
  fuzzFolder,
  markdown,
  markdownFilesOf,
  NOW_TEXT,
  ODD_BUT_VALID,
  params,
  pathsOf,
  splitMarkdown,
  yamlWithChange,
  type FuzzFolder,
} from "./harness.ts";

interface Input {
  name: string;
  file: string;
  text: string;
}

const article = splitMarkdown(EVERY_FIELD_TEXT);
const entityFile = "people/vladimir-putin.md";
const entity = splitMarkdown(ENTITY_FILES[entityFile]!);

/**
 * Fixed examples: valid but odd values in every field (accepted), and a
 * collection as a key with a line break in a quoted value (refused).
 */
const FIXED_ACCEPTED: Input[] = [{ name: "odd but valid values in every field", file: EVERY_FIELD_ARTICLE, text: ODD_BUT_VALID }];
const FIXED_REFUSED: Input[] = [
  {
    name: "a collection as a key, a line break in a list field",
    file: EVERY_FIELD_ARTICLE,
    text: markdown(`${EVERY_FIELD_TEXT.split("\n---\n")[0]!.replace(/^---\n/, "").replace("people: [Vladimir Putin, Keir Giles]", 'people: "x\\ny"')}\n? [a, b]\n: c`, article.body),
  },
];

function candidates(files: string[]): fc.Arbitrary<Input> {
  return fc.oneof(
    fc.tuple(fc.constantFrom(...pathsOf(article.data)), fieldChange(anyValue)).map(([at, change]) => ({
      name: `article ${at.join(".")}`,
      file: EVERY_FIELD_ARTICLE,
      text: markdown(yamlWithChange(article.data, at, change), article.body),
    })),
    fc.tuple(fc.constantFrom(...pathsOf(entity.data)), fieldChange(anyValue)).map(([at, change]) => ({
      name: `entity ${at.join(".")}`,
      file: entityFile,
      text: markdown(yamlWithChange(entity.data, at, change), entity.body),
    })),
    fc.tuple(fc.constantFrom(...files), fc.array(edit, { minLength: 1, maxLength: 2 })).map(([file, edits]) => ({
      name: `edits of ${file}`,
      file,
      text: edits.reduce(applyEdit, fs.readFileSync(path.join(scratch.dir, file), "utf8")),
    })),
  );
}

let scratch: FuzzFolder;
const picked: { input: Input; accepted: boolean }[] = [];

beforeAll(() => {
  // The fixed examples, then from a fixed sample the first two inputs accepted
  // in process and the first two refused: three of each.
  scratch = fuzzFolder();
  const sample = fc.sample(candidates(markdownFilesOf(scratch.dir)), { seed: params("cli", 1).seed, numRuns: 200 });
  const accepted: Input[] = [...FIXED_ACCEPTED];
  const refused: Input[] = [...FIXED_REFUSED];
  for (const input of sample) {
    if (accepted.length >= 3 && refused.length >= 3) break;
    scratch.write(input.file, input.text);
    const ok = buildInMemory(scratch.dir).errors.length === 0;
    scratch.restore(input.file);
    if (ok && accepted.length < 3) accepted.push(input);
    if (!ok && refused.length < 3) refused.push(input);
  }
  picked.push(...accepted.map((input) => ({ input, accepted: true })), ...refused.map((input) => ({ input, accepted: false })));
});
afterAll(() => scratch?.remove());

const MARKER = "the previous build\n";

function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(listFiles(dir).map((f) => [f, fs.readFileSync(path.join(dir, f)).toString("base64")]));
}

describe("the CLI on fuzzed content", () => {
  test("six inputs were picked, some accepted and some refused in process", () => {
    expect(picked.length).toBe(6);
    expect(picked.filter((p) => p.accepted).length).toBe(3);
  });

  for (const i of [0, 1, 2, 3, 4, 5]) {
    test.concurrent(`input ${i + 1}: exit 0 with a whole site, or exit 1 with the output untouched`, async () => {
      const pick = picked[i];
      if (!pick) throw new Error("input not picked");
      const { input, accepted } = pick;
      const folder = copyFixture({ [EVERY_FIELD_ARTICLE]: EVERY_FIELD_TEXT, ...ENTITY_FILES, [input.file]: input.text });
      try {
        const out = path.join(folder.base, "out");
        fs.mkdirSync(path.join(out, "nested"), { recursive: true });
        fs.writeFileSync(path.join(out, "marker.txt"), MARKER);
        fs.writeFileSync(path.join(out, "nested", "old.html"), "<p>old</p>\n");
        const before = snapshot(out);
        const siblings = fs.readdirSync(folder.base).sort();

        const run = await runCli(["build", "--content", folder.dir, "--output", out, "--now", NOW_TEXT, "--no-search"]);
        const context = `${input.name}\n--- ${input.file} ---\n${input.text}\n--- stderr ---\n${run.stderr}`;
        expect(run.code, context).not.toBe(3);
        expect([0, 1], context).toContain(run.code);
        expect(run.stderr, context).not.toMatch(/\n\s+at /);
        expect(run.stderr, context).not.toMatch(/internal error/i);
        expect(run.code, `the CLI and loadArchive disagree\n${context}`).toBe(accepted ? 0 : 1);
        expect(fs.readdirSync(folder.base).sort(), `files left beside the output folder\n${context}`).toEqual(siblings);
        if (run.code === 1) {
          expect(run.stderr, context).toMatch(/^\d+ errors?$/m);
          expect(snapshot(out), context).toEqual(before);
        } else {
          for (const file of ["index.html", "404.html", "sitemap.xml"]) expect(fs.existsSync(path.join(out, file)), `${file}\n${context}`).toBe(true);
        }
      } finally {
        folder.remove();
      }
    });
  }
});
