/**
 * The minimal reference build the benchmark compares Clippings with: what a
 * plain Node script does for an archive, and nothing more. gray-matter and
 * markdown-it, string templates, one HTML file per article and one per
 * entity of the five taxonomies (listing its articles, newest first). No
 * validation, no feeds, no search, no pagination.
 *
 *   tsx bench/minimal.ts CONTENT_DIR OUTPUT_DIR
 */
import matter from "gray-matter";
import MarkdownIt from "markdown-it";
import fs from "node:fs";
import path from "node:path";

const md = new MarkdownIt({ html: false, linkify: true, typographer: true });
const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const slug = (s: string) => s.toLowerCase().normalize("NFKD").replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "x";
const page = (title: string, body: string) => `<!doctype html><html><head><meta charset="utf-8"><title>${escape(title)}</title></head><body>${body}</body></html>`;

interface Item {
  url: string;
  title: string;
  date: string;
}

export function minimalBuild(content: string, output: string): number {
  fs.rmSync(output, { recursive: true, force: true });
  const entities = new Map<string, { name: string; items: Item[] }>();
  let written = 0;
  const write = (url: string, html: string) => {
    const dir = path.join(output, url);
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, "index.html"), html);
    written += 1;
  };
  const files = fs.readdirSync(path.join(content, "articles"), { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".md"));
  for (const file of files) {
    const { data, content: body } = matter(fs.readFileSync(path.join(content, "articles", file), "utf8"), {});
    if (data.draft === true) continue;
    const date = String(data.date instanceof Date ? data.date.toISOString() : data.date).slice(0, 10);
    const url = `/${date.replaceAll("-", "/")}/${slug(path.basename(file, ".md"))}/`;
    const item = { url, title: String(data.title), date };
    const source = typeof data.source === "string" ? data.source : String(data.source?.name);
    const named: [string, string][] = [["sources", source]];
    for (const taxonomy of ["people", "organisations", "topics", "places"]) for (const name of (data[taxonomy] as string[] | undefined) ?? []) named.push([taxonomy, name]);
    const links: string[] = [];
    for (const [taxonomy, name] of named) {
      const key = `/${taxonomy}/${slug(name)}/`;
      let entity = entities.get(key);
      if (!entity) entities.set(key, (entity = { name, items: [] }));
      entity.items.push(item);
      links.push(`<li><a href="${key}">${escape(name)}</a></li>`);
    }
    write(url, page(item.title, `<article><h1>${escape(item.title)}</h1><p>${escape(String(data.summary ?? ""))}</p>${md.render(body)}<ul>${links.join("")}</ul></article>`));
  }
  for (const [url, entity] of entities) {
    const items = entity.items.sort((a, b) => (a.date < b.date ? 1 : -1)).map((i) => `<li><a href="${i.url}">${escape(i.title)}</a> ${i.date}</li>`);
    write(url, page(entity.name, `<h1>${escape(entity.name)}</h1><ul>${items.join("")}</ul>`));
  }
  return written;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [content, output] = process.argv.slice(2);
  if (!content || !output) {
    console.error("usage: tsx bench/minimal.ts CONTENT_DIR OUTPUT_DIR");
    process.exit(2);
  }
  console.log(`minimal build: ${minimalBuild(content, output)} pages`);
}
