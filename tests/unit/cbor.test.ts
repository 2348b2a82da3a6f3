import { describe, expect, test } from "vitest";
import { cbor, CborWriter } from "../../src/write/cbor.ts";

const hex = (value: Parameters<typeof cbor>[0]) => cbor(value).toString("hex");

describe("CBOR as Pagefind's index files hold it (RFC 8949, shortest headers)", () => {
  test("integers, at each header size's bounds (RFC 8949, appendix A)", () => {
    expect([0, 1, 10, 23, 24, 25, 100, 255, 256, 1000, 65535, 65536, 1000000, 4294967295, 4294967296].map((n) => hex(n))).toEqual([
      "00", "01", "0a", "17", "1818", "1819", "1864", "18ff", "190100", "1903e8", "19ffff", "1a00010000", "1a000f4240", "1affffffff", "1b0000000100000000",
    ]);
    expect([-1, -10, -24, -25, -100, -1000].map((n) => hex(n))).toEqual(["20", "29", "37", "3818", "3863", "3903e7"]);
  });

  test("text strings by their UTF-8 length", () => {
    expect(hex("")).toBe("60");
    expect(hex("a")).toBe("6161");
    expect(hex("IETF")).toBe("6449455446");
    expect(hex("\u00fc")).toBe("62c3bc");
    expect(hex("\u6c34")).toBe("63e6b0b4");
    expect(hex("x".repeat(24))).toBe(`7818${"78".repeat(24)}`);
  });

  test("arrays, nested, and an array's header written before its items", () => {
    expect(hex([])).toBe("80");
    expect(hex([1, [2, 3], [4, 5]])).toBe("8301820203820405");
    expect(hex(Array.from({ length: 25 }, (_, i) => i + 1))).toBe("98190102030405060708090a0b0c0d0e0f101112131415161718181819");
    expect(new CborWriter().array(2).write("a").write(-1).bytes().toString("hex")).toBe("82616120");
  });

  test("a buffer that grows past its first 64 KiB", () => {
    const long = "é".repeat(50_000);
    expect(cbor([long, long]).length).toBe(1 + 2 * (5 + 100_000));
  });

  test("only integers: fractions are refused", () => {
    expect(() => cbor(1.5)).toThrow("not an integer: 1.5");
  });
});
