import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { afterAll, expect, test } from "vitest";
import * as feedTemplate from "../../layouts/templates/feed.11ty.ts";
import { templateRender } from "../../src/write/template-render.ts";
import { ROOT, tempDir } from "../helpers/cli.ts";

const temp = tempDir("template-render");
afterAll(temp.remove);

test("a template renders through its own render function, imported once", async () => {
  const file = path.join(ROOT, "layouts/templates/feed.11ty.ts");
  const first = templateRender(file);
  expect(await first).toBe(feedTemplate.render);
  expect(templateRender(file)).toBe(first);
});

test("Eleventy, with the project's configuration, writes a template's bytes as they are", () => {
  // Bytes that are not UTF-8: a decoding to text and encoding again (what
  // Eleventy's own 11ty.js engine does to a Buffer) would change them.
  const bytes = [0x3c, 0x61, 0x3e, 0xff, 0xfe, 0xc3, 0x3c, 0x2f, 0x61, 0x3e];
  const input = path.join(temp.dir, "templates");
  const output = path.join(temp.dir, "site");
  fs.mkdirSync(input);
  fs.writeFileSync(
    path.join(input, "bytes.11ty.ts"),
    `export const data = { permalink: "/bytes.bin" };\nexport const render = () => Buffer.from(${JSON.stringify(bytes)});\n`,
  );
  fs.writeFileSync(path.join(input, "text.11ty.ts"), `export const data = { permalink: "/text.html" };\nexport const render = () => "<p>Лена, 김민준</p>";\n`);
  const script = [
    `import Eleventy from ${JSON.stringify(import.meta.resolve("@11ty/eleventy"))};`,
    `const eleventy = new Eleventy(${JSON.stringify(input)}, ${JSON.stringify(output)}, { configPath: ${JSON.stringify(path.join(ROOT, ".eleventy.ts"))}, quietMode: true });`,
    `eleventy.disableLogger();`,
    `await eleventy.write();`,
  ].join("\n");
  const scriptFile = path.join(temp.dir, "run.mts");
  fs.writeFileSync(scriptFile, script);
  execFileSync(process.execPath, ["--import", import.meta.resolve("tsx"), scriptFile], { cwd: ROOT, stdio: "pipe" });
  expect([...fs.readFileSync(path.join(output, "bytes.bin"))]).toEqual(bytes);
  expect(fs.readFileSync(path.join(output, "text.html"), "utf8")).toBe("<p>Лена, 김민준</p>");
});
