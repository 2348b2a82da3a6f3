/**
 * Text as UTF-8 bytes, and back. V8 keeps a text holding any character past
 * U+00FF (a typographic quote or dash, a Cyrillic or Hangul name: most
 * articles) as a two-byte string, twice its UTF-8 size. What the build holds
 * for long (article bodies in the content model, search records waiting for
 * their part, Atom entries waiting for the feeds that show them) is held as
 * bytes.
 * Only for text read from UTF-8 files, which holds no lone surrogate (the
 * one thing a round trip through UTF-8 changes: to U+FFFD).
 */
const ENCODER = new TextEncoder();
const DECODER = new TextDecoder();

/** The UTF-8 bytes of `text`, in a buffer of their own (not a view into a shared pool: sent to another thread, they alone are copied). */
export function utf8Bytes(text: string): Uint8Array {
  return ENCODER.encode(text);
}

/** The size of a slab of `sharedUtf8Bytes`; a text of more than a quarter of it gets a buffer of its own. */
const SLAB = 8 * 2 ** 20;
let slab: Uint8Array = new Uint8Array(0);
let used = 0;

/**
 * The UTF-8 bytes of `text` in memory that other threads read without a
 * copy: a view into a slab (a SharedArrayBuffer) shared with the texts made
 * before and after it. Sent to a worker, the view goes and its bytes stay
 * (structured cloning shares a SharedArrayBuffer): the search worker reads
 * every article's Markdown where the content model holds it, instead of a
 * copy of all of them (~280 MB at 50,000 articles). A slab lives while any
 * text in it does; `serve`, which makes the texts of edited files anew,
 * keeps the replaced ones' bytes beside them (bounded by what was edited).
 */
export function sharedUtf8Bytes(text: string): Uint8Array {
  // A UTF-16 code unit is at most 3 bytes of UTF-8 (a surrogate pair, 2 units, is 4).
  const most = text.length * 3;
  if (most > SLAB / 4) {
    const own = utf8Bytes(text);
    const shared = new Uint8Array(new SharedArrayBuffer(own.length));
    shared.set(own);
    return shared;
  }
  if (slab.length - used < most) {
    slab = new Uint8Array(new SharedArrayBuffer(SLAB));
    used = 0;
  }
  const { written } = ENCODER.encodeInto(text, slab.subarray(used));
  const bytes = slab.subarray(used, used + written);
  used += written;
  return bytes;
}

/** The text of UTF-8 `bytes`. */
export function utf8Text(bytes: Uint8Array): string {
  return DECODER.decode(bytes);
}

/**
 * A copy of `text` that keeps nothing else alive. V8 makes a substring a
 * view of the string it was cut from, so a title cut from a file's text
 * keeps the whole file, body included, in memory for as long as the title
 * lives. Copied, the content model of 10,000 articles took 138 MB instead
 * of 170 MB (with the bodies as bytes).
 */
export function ownCopy(text: string): string {
  return utf8Text(utf8Bytes(text));
}
