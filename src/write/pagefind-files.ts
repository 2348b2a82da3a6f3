import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import zlib from "node:zlib";
import { cbor, CborWriter, type CborValue } from "./cbor.ts";
import { INCLUDE_CHARACTERS, positionOf, weightOf, WordRules } from "./pagefind-words.ts";
import type { SearchRecord } from "../views/search.ts";

/**
 * The files of one Pagefind 1.6 index, made in this process from search
 * records: the same files, byte for byte before compression, that
 * Pagefind's binary writes for the same records added in the same order
 * (tests/unit/pagefind-files.test.ts builds both and compares them). The
 * browser side is Pagefind's own (its script, worker and WebAssembly,
 * copied from its binary's output). Pagefind's binary spends ~17 s of CPU
 * and holds ~1.3 GB per 5,000 articles to index 10,000; this takes a
 * fraction of both (docs/performance.md).
 *
 * The files, each `pagefind_dcd` followed by its data, gzip-compressed:
 * - `pagefind.<lang>_<hash>.pf_meta`: CBOR: the version, each page's
 *   fragment and word count, the word chunks' ranges, the filters' files,
 *   the sort orders and the meta fields;
 * - `index/<lang>_<hash>.pf_index`: CBOR: a run of words in code point
 *   order, each with its pages (numbers as deltas), positions with
 *   weights, positions in meta fields and the variants with diacritics;
 * - `filter/…pf_filter`: CBOR: a filter's values and their pages;
 * - `fragment/…pf_fragment`: JSON: a page's URL, text, filters and meta.
 * Names are the SHA-1 of the data (hex digits without zero padding, as
 * Pagefind writes them), cut to 7 digits, longer on a clash.
 */

const gzipped = promisify(zlib.gzip);

/** The Pagefind version whose files these are: its binary writes the browser's side. */
const PAGEFIND_VERSION = "1.6.0";
/** Locations per chunk of the word index (Pagefind's default `index_chunk_size`, which counts locations, not words). */
const CHUNK_SIZE = 20000;
/** What precedes the data of every file, so that the browser can tell it was decompressed. */
const SIGNATURE = Buffer.from("pagefind_dcd");

export interface IndexOptions {
  /** Word rules with their cache, shared between parts. */
  rules?: WordRules;
  /** Takes each fragment (path, data) as soon as it is made, instead of keeping it in the result: a part's fragments are most of its bytes. */
  fragment?: (name: string, data: Buffer) => void;
}

/** The index of one language, ready to be compressed and written. */
export interface PagefindIndexFiles {
  /** Path in the index's folder -> the file's data, without the signature. */
  files: Map<string, Buffer>;
  /** `pagefind-entry.json` of an index of this one language. */
  entry: string;
}

/** Pagefind's `full_hash`: SHA-1 in hex, each byte without its leading zero. */
export function fullHash(data: Buffer | string): string {
  let hex = "";
  for (const byte of createHash("sha1").update(data).digest()) hex += byte.toString(16);
  return hex;
}

/** Compares strings by code point, as Rust compares `String`s (JavaScript's `<` compares UTF-16 units). */
export function codePointOrder(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    // Surrogates (U+D800-U+DFFF) stand for code points past U+FFFF: above every other unit.
    const xs = x >= 0xd800 && x <= 0xdfff;
    const ys = y >= 0xd800 && y <= 0xdfff;
    if (xs !== ys) return xs ? 1 : -1;
    return x - y;
  }
  return a.length - b.length;
}

/**
 * A list of 32-bit integers in blocks that double up to `MAX_BLOCK`
 * entries. A word's page list grows to hundreds of thousands of numbers in
 * a large part ("the": ~50 locations per article); as a JavaScript array it
 * took 8 bytes per number, and each growth left a copy behind for the next
 * full collection (at 50,000 articles a part's index took ~120 MB of large
 * arrays, over half of it such copies). Here it takes 4 bytes, outside the
 * heap, and nothing is copied while it grows.
 */
class IntList {
  private readonly blocks: Int32Array[] = [];
  private tail: Int32Array = new Int32Array(8);
  private used = 0;
  length = 0;

  push(value: number): void {
    if (this.used === this.tail.length) {
      this.blocks.push(this.tail);
      this.tail = new Int32Array(Math.min(MAX_BLOCK, this.tail.length * 2));
      this.used = 0;
    }
    this.tail[this.used++] = value;
    this.length++;
  }

  /** Removes the last number. */
  pop(): void {
    if (this.used === 0) {
      this.tail = this.blocks.pop()!;
      this.used = this.tail.length;
    }
    this.used--;
    this.length--;
  }

  /** The numbers, in one array. */
  all(): Int32Array {
    const out = new Int32Array(this.length);
    let at = 0;
    for (const block of this.blocks) {
      out.set(block, at);
      at += block.length;
    }
    out.set(this.tail.subarray(0, this.used), at);
    return out;
  }
}
const MAX_BLOCK = 16384;

/**
 * A word's pages, flat: for each page its number, the count and list of its
 * packed locations, the count and list of its meta locations.
 */
interface PageList {
  flat: IntList;
  count: number;
  /** The page of the last entry, whose meta locations may still be added. */
  last: number;
}
interface PackedWord {
  word: string;
  pages: PageList;
  variants: { form: string; pages: PageList }[];
}
interface MetaAt {
  field: number;
  position: number;
}

const newPages = (): PageList => ({ flat: new IntList(), count: 0, last: -1 });

/**
 * Adds a page's body locations (`positions_to_packed_page`): sorted by
 * weight, then position; a weight change is `-(weight + 1)` and an absolute
 * position, the rest deltas. Pagefind's sort puts a weight of 25 first,
 * which no body word has (its weight is 24): the order is by weight.
 */
function addLocations(list: PageList, page: number, packed: number[]): void {
  let sorted = packed;
  for (let i = 1; i < packed.length; i++) {
    if (packed[i]! < packed[i - 1]! || weightOf(packed[i]!) !== weightOf(packed[0]!)) {
      const key = (p: number) => (weightOf(p) === 25 ? 0 : weightOf(p)) * 2 ** 32 + positionOf(p);
      sorted = [...packed].sort((x, y) => key(x) - key(y));
      break;
    }
  }
  // The count comes first: the entries are made, then pushed.
  const entries: number[] = [];
  let weight = 25;
  let last = 0;
  for (const p of sorted) {
    const position = positionOf(p);
    const w = weightOf(p);
    if (w !== weight) {
      entries.push(-w - 1, position);
      weight = w;
    } else entries.push(position - last);
    last = position;
  }
  const flat = list.flat;
  flat.push(page);
  flat.push(entries.length);
  for (const entry of entries) flat.push(entry);
  flat.push(0); // no meta locations yet
  list.count++;
  list.last = page;
}

/** Sets a page's meta locations: on its entry when it has one (the list's last), else on a new entry without body locations. */
function addMeta(list: PageList, page: number, metaLocs: number[]): void {
  const flat = list.flat;
  if (list.last === page) flat.pop();
  else {
    flat.push(page);
    flat.push(0);
    list.count++;
    list.last = page;
  }
  flat.push(metaLocs.length);
  for (const loc of metaLocs) flat.push(loc);
}

/** Writes a page list as CBOR: `[[page delta, locations, meta locations], …]`. */
function writePages(out: CborWriter, list: PageList): void {
  out.array(list.count);
  const flat = list.flat.all();
  let lastPage = 0;
  for (let i = 0; i < flat.length; ) {
    const page = flat[i++]!;
    out.array(3).write(page - lastPage);
    lastPage = page;
    const locs = flat[i++]!;
    out.array(locs);
    for (const end = i + locs; i < end; ) out.write(flat[i++]!);
    const metas = flat[i++]!;
    out.array(metas);
    for (const end = i + metas; i < end; ) out.write(flat[i++]!);
  }
}

/** What a page list adds to a chunk's size: each entry's locations and meta locations, plus one. */
function sizeOf(list: PageList): number {
  return list.flat.length - 2 * list.count;
}

/** The page list of `word`'s variant written `form`, a new one the first time (variants stay in the order first seen, as Pagefind's). */
function variantOf(word: PackedWord, form: string): PageList {
  let variant = word.variants.find((v) => v.form === form);
  if (variant === undefined) word.variants.push((variant = { form, pages: newPages() }));
  return variant.pages;
}

/** Meta positions (`meta_positions_to_packed`): by field, then position; a field change is `-(field + 1)`, positions are deltas within a field. */
function packMeta(positions: MetaAt[]): number[] {
  const sorted = [...positions].sort((a, b) => a.field - b.field || a.position - b.position);
  const out: number[] = [];
  let field = -1;
  let last = 0;
  for (const at of sorted) {
    if (at.field !== field) {
      out.push(-at.field - 1);
      field = at.field;
      last = 0;
    }
    out.push(at.position - last);
    last = at.position;
  }
  return out;
}

/** Names data by its hash, `language_` and 7 digits, longer while another name has them (Pagefind's collision rule for chunks and filters). */
function shortName(full: string, language: string, taken: { has(name: string): boolean }): string {
  let length = language.length + 8;
  let name = full.slice(0, length);
  while (taken.has(name) && name.length < full.length) name = full.slice(0, ++length);
  return name;
}

/** The common-prefix boundaries between two neighbouring chunks (`get_prefixes`), by code point. */
function prefixes(a: string, b: string): [string, string] {
  const ac = [...a];
  const bc = [...b];
  let common = 0;
  while (common < ac.length && common < bc.length && ac[common] === bc[common]) common++;
  return [ac.slice(0, common + 1).join(""), bc.slice(0, common + 1).join("")];
}

/**
 * The index files of `records`, in that order (a page's number is its
 * place), all in `language`; null when a record holds what these rules do
 * not reproduce (an emoji, a `___PAGEFIND_` marker): the caller then has
 * Pagefind's binary index the part.
 */
export function pagefindIndexFiles(records: Iterable<SearchRecord>, language: string, options: IndexOptions = {}): PagefindIndexFiles | null {
  const rules = options.rules ?? new WordRules();
  const files = new Map<string, Buffer>();
  const words = new Map<string, PackedWord>();
  let metaFields: string[] | undefined;
  const filterMap = new Map<string, Map<string, number[]>>();
  const fragmentNames = new Map<string, string>(); // short name -> full hash
  const pages: [string, number, string][] = [];

  const wordOf = (key: string): PackedWord => {
    let word = words.get(key);
    if (word === undefined) words.set(key, (word = { word: key, pages: newPages(), variants: [] }));
    return word;
  };

  /** The sort values of the records indexed, by page number: Pagefind leaves out a record whose text has no word to index (only punctuation, say). */
  const indexed: SearchRecord["sort"][] = [];
  for (const record of records) {
    // Meta fields are numbered in the order of all records' field names: the same names in every record here (a headline).
    const fields = Object.keys(record.meta).sort(codePointOrder);
    metaFields ??= fields;
    if (fields.join("\n") !== metaFields.join("\n")) return null;
    const strings = [...Object.values(record.meta), ...Object.values(record.filters).flat()];
    if (strings.some((s) => s.includes("___PAGEFIND_"))) return null;
    const digest = rules.digest(record.content);
    if (digest === null) return null;
    if (digest.words.size === 0) continue;
    const page = indexed.length;
    indexed.push(record.sort);

    // Body words: positions without a variant on the word, each variant's apart.
    for (const [key, found] of digest.words) {
      const word = wordOf(key);
      if (found.plain.length > 0) addLocations(word.pages, page, found.plain);
      if (found.variants !== null) {
        for (const form of [...found.variants.keys()].sort(codePointOrder)) {
          addLocations(variantOf(word, form), page, found.variants.get(form)!);
        }
      }
    }

    // Meta words, fields numbered in the order of every record's field names.
    const metaWords = new Map<string, { at: MetaAt; original: string | null }[]>();
    for (const name of Object.keys(record.meta).sort(codePointOrder)) {
      const found = rules.metaWords(record.meta[name as keyof typeof record.meta]);
      if (found === null) return null;
      const field = metaFields.indexOf(name);
      for (const [key, list] of found) {
        const into = metaWords.get(key) ?? [];
        for (const p of list) into.push({ at: { field, position: p.position }, original: p.original });
        metaWords.set(key, into);
      }
    }
    for (const [key, positions] of metaWords) {
      const word = wordOf(key);
      const plain = positions.filter((p) => p.original === null).map((p) => p.at);
      if (plain.length > 0) addMeta(word.pages, page, packMeta(plain));
      const byForm = new Map<string, MetaAt[]>();
      for (const p of positions) {
        if (p.original === null) continue;
        const list = byForm.get(p.original);
        if (list === undefined) byForm.set(p.original, [p.at]);
        else list.push(p.at);
      }
      for (const form of [...byForm.keys()].sort(codePointOrder)) addMeta(variantOf(word, form), page, packMeta(byForm.get(form)!));
    }

    for (const [filter, values] of Object.entries(record.filters)) {
      let byValue = filterMap.get(filter);
      if (byValue === undefined) filterMap.set(filter, (byValue = new Map()));
      for (const value of values) {
        const list = byValue.get(value);
        if (list === undefined) byValue.set(value, [page]);
        else list.push(page);
      }
    }

    const fragment = JSON.stringify({
      url: record.url,
      content: digest.content,
      word_count: digest.wordCount,
      filters: Object.fromEntries(Object.entries(record.filters).sort(([a], [b]) => codePointOrder(a, b))),
      meta: Object.fromEntries(Object.entries(record.meta).sort(([a], [b]) => codePointOrder(a, b))),
      anchors: [],
    });
    const full = `${language}_${fullHash(fragment)}`;
    let length = language.length + 8;
    let name = full.slice(0, length);
    while (fragmentNames.has(name) && fragmentNames.get(name) !== full) name = full.slice(0, ++length);
    if (!fragmentNames.has(name)) {
      if (options.fragment) options.fragment(`fragment/${name}.pf_fragment`, Buffer.from(fragment));
      else files.set(`fragment/${name}.pf_fragment`, Buffer.from(fragment));
    }
    fragmentNames.set(name, full);
    pages.push([name, digest.wordCount, ""]);
  }

  // Sort orders: the pages that have each sort key, by its value as text.
  const sortKeys = [...new Set(indexed.flatMap((sort) => Object.keys(sort)))].sort(codePointOrder);
  const sorts: CborValue[] = sortKeys.map((key) => {
    const having = indexed.flatMap((sort, page) => {
      const value = (sort as Record<string, string | undefined>)[key];
      return value === undefined ? [] : [{ value, page }];
    });
    having.sort((a, b) => codePointOrder(a.value, b.value));
    return [key, having.map((h) => h.page)];
  });

  const filters: CborValue[] = [];
  const filterNames = new Set<string>();
  for (const filter of [...filterMap.keys()].sort(codePointOrder)) {
    const values = [...filterMap.get(filter)!.entries()].sort(([a], [b]) => codePointOrder(a, b));
    const data = cbor([filter, values.map(([value, list]) => [value, list])]);
    const name = shortName(`${language}_${fullHash(data)}`, language, filterNames);
    filterNames.add(name);
    files.set(`filter/${name}.pf_filter`, data);
    filters.push([filter, name]);
  }

  // Word chunks: words in code point order, cut once a chunk holds CHUNK_SIZE locations (each page of a word or variant, and each variant, counts one more).
  const sorted = [...words.values()].sort((a, b) => codePointOrder(a.word, b.word));
  const chunks: PackedWord[][] = [];
  let chunk: PackedWord[] = [];
  let size = 0;
  for (const word of sorted) {
    size += sizeOf(word.pages);
    for (const v of word.variants) size += 1 + sizeOf(v.pages);
    chunk.push(word);
    if (size >= CHUNK_SIZE) {
      chunks.push(chunk);
      chunk = [];
      size = 0;
    }
  }
  if (chunk.length > 0) chunks.push(chunk);
  const ranges = chunks.map((c) => ({ from: c[0]!.word, to: c.at(-1)!.word, hash: "" }));
  for (let i = 0; i + 1 < ranges.length; i++) {
    const [to, from] = prefixes(ranges[i]!.to, ranges[i + 1]!.from);
    if (codePointOrder(to, ranges[i]!.from) >= 0) ranges[i]!.to = to;
    ranges[i + 1]!.from = from;
  }
  const chunkNames = new Set<string>();
  for (const [i, c] of chunks.entries()) {
    const out = new CborWriter().array(1).array(c.length);
    for (const w of c) {
      out.array(3).write(w.word);
      writePages(out, w.pages);
      out.array(w.variants.length);
      for (const v of w.variants) {
        out.array(2).write(v.form);
        writePages(out, v.pages);
      }
    }
    const data = out.bytes();
    const name = shortName(`${language}_${fullHash(data)}`, language, chunkNames);
    chunkNames.add(name);
    files.set(`index/${name}.pf_index`, data);
    ranges[i]!.hash = name;
  }

  const meta = cbor([PAGEFIND_VERSION, pages, ranges.map((r) => [r.from, r.to, r.hash]), filters, sorts, metaFields ?? []]);
  const metaName = `${language}_${fullHash(meta).slice(0, language.length + 8)}`;
  files.set(`pagefind.${metaName}.pf_meta`, meta);
  const entry = JSON.stringify({ version: PAGEFIND_VERSION, languages: { [language]: { hash: metaName, wasm: language, page_count: pages.length } }, include_characters: INCLUDE_CHARACTERS });
  return { files, entry };
}

/** Whether Pagefind's rules for `language` are the ones `pagefind-words.ts` reproduces: English's (Pagefind stems by the tag's first subtag). */
export function hasOwnRules(language: string): boolean {
  return language.split("-")[0] === "en";
}

/** A Pagefind file's bytes as written: gzip of the signature and the data (on libuv's thread pool). */
function compressedFile(data: Buffer): Promise<Buffer> {
  return gzipped(Buffer.concat([SIGNATURE, data]));
}

/** `compressedFile` on the calling thread. */
export function compressedFileSync(data: Buffer): Buffer {
  return zlib.gzipSync(Buffer.concat([SIGNATURE, data]));
}

/** Files compressed at once while an index is written: bounds the compressed bytes in flight. */
const WRITING_AT_ONCE = 64;

/**
 * Writes `index` into `dir`: each file gzip-compressed after the signature
 * (on libuv's thread pool, so beside this thread's next part), its
 * `pagefind-entry.json`, and Pagefind's browser files from `clientDir`
 * (the output of its binary for any index in the same language).
 */
export async function writePagefindIndex(index: PagefindIndexFiles, dir: string, clientDir: string, signal?: AbortSignal): Promise<void> {
  for (const sub of ["index", "filter", "fragment"]) fs.mkdirSync(path.join(dir, sub), { recursive: true });
  for (const file of fs.readdirSync(clientDir, { withFileTypes: true })) {
    if (file.isFile() && file.name !== "pagefind-entry.json" && !file.name.endsWith(".pf_meta")) fs.copyFileSync(path.join(clientDir, file.name), path.join(dir, file.name));
  }
  fs.writeFileSync(path.join(dir, "pagefind-entry.json"), index.entry);
  const entries = [...index.files];
  let next = 0;
  const writeSome = async () => {
    while (next < entries.length) {
      signal?.throwIfAborted();
      const [name, data] = entries[next++]!;
      await fs.promises.writeFile(path.join(dir, name), await compressedFile(data));
    }
  };
  await Promise.all(Array.from({ length: WRITING_AT_ONCE }, writeSome));
}
