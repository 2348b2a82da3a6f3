import fs from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";
import { ERROR_CODES } from "../../src/errors/catalogue.ts";
import { WARNING_CODES } from "../../src/hygiene/warnings.ts";
import { ROOT } from "../helpers/cli.ts";

test("every error code is documented in docs/errors.md", () => {
  const doc = fs.readFileSync(path.join(ROOT, "docs/errors.md"), "utf8");
  const errors = doc.slice(0, doc.indexOf("## Warnings"));
  const documented = [...errors.matchAll(/^\| `([a-z-]+)` \|/gm)].map((m) => m[1]);
  expect(documented.sort()).toEqual(Object.keys(ERROR_CODES).sort());
});

test("every warning code is documented in docs/errors.md", () => {
  const doc = fs.readFileSync(path.join(ROOT, "docs/errors.md"), "utf8");
  const warnings = doc.slice(doc.indexOf("## Warnings"));
  const documented = [...warnings.matchAll(/^\| `([a-z-]+)` \|/gm)].map((m) => m[1]);
  expect(documented.sort()).toEqual(Object.keys(WARNING_CODES).sort());
});

test("the README's folder map names every folder of src/ and layouts/", () => {
  const readme = fs.readFileSync(path.join(ROOT, "README.md"), "utf8");
  for (const parent of ["src", "layouts"]) {
    for (const entry of fs.readdirSync(path.join(ROOT, parent), { withFileTypes: true })) {
      if (entry.isDirectory()) expect(readme, `${parent}/${entry.name}`).toMatch(new RegExp(`^  ${entry.name}/ `, "m"));
    }
  }
});
