/**
 * The CBOR that Pagefind's index files hold (RFC 8949, as Rust's minicbor
 * writes it): definite-length arrays, text strings and integers, each with
 * the shortest header. Nothing else is needed, so nothing else is encoded.
 */
export type CborValue = number | string | readonly CborValue[];

/** Encodes `value` into a growing buffer. */
export class CborWriter {
  private buffer = Buffer.allocUnsafe(1 << 16);
  private length = 0;

  private room(bytes: number): void {
    if (this.length + bytes <= this.buffer.length) return;
    let size = this.buffer.length * 2;
    while (size < this.length + bytes) size *= 2;
    const bigger = Buffer.allocUnsafe(size);
    this.buffer.copy(bigger, 0, 0, this.length);
    this.buffer = bigger;
  }

  /** The header of an array of `length` items, which the caller writes next. */
  array(length: number): this {
    this.header(4, length);
    return this;
  }

  private header(major: number, value: number): void {
    this.room(9);
    const b = this.buffer;
    const m = major << 5;
    if (value < 24) b[this.length++] = m | value;
    else if (value < 0x100) {
      b[this.length++] = m | 24;
      b[this.length++] = value;
    } else if (value < 0x10000) {
      b[this.length++] = m | 25;
      b.writeUInt16BE(value, this.length);
      this.length += 2;
    } else if (value < 0x100000000) {
      b[this.length++] = m | 26;
      b.writeUInt32BE(value, this.length);
      this.length += 4;
    } else {
      b[this.length++] = m | 27;
      b.writeBigUInt64BE(BigInt(value), this.length);
      this.length += 8;
    }
  }

  write(value: CborValue): this {
    if (typeof value === "number") {
      if (!Number.isSafeInteger(value)) throw new RangeError(`not an integer: ${value}`);
      if (value >= 0) this.header(0, value);
      else this.header(1, -1 - value);
    } else if (typeof value === "string") {
      const bytes = Buffer.byteLength(value, "utf8");
      this.header(3, bytes);
      this.room(bytes);
      this.buffer.write(value, this.length, "utf8");
      this.length += bytes;
    } else {
      this.header(4, value.length);
      for (const item of value) this.write(item);
    }
    return this;
  }

  /** The bytes written so far (a copy). */
  bytes(): Buffer {
    return Buffer.from(this.buffer.subarray(0, this.length));
  }
}

/** The CBOR of `value`. */
export function cbor(value: CborValue): Buffer {
  return new CborWriter().write(value).bytes();
}
