import { describe, expect, test } from "vitest";
import { parseBuildOptions, parseCheckOptions, parseServeOptions, UsageError } from "../../src/cli/options.ts";
import { FIXTURE_ARCHIVE } from "../helpers/content-folder.ts";

const content = FIXTURE_ARCHIVE;

describe("command-line options", () => {
  test("build: defaults, flags and --now read as a contract date", () => {
    expect(parseBuildOptions(["--content", content])).toEqual({ content, output: "_site", drafts: false, future: false, search: true, searchPartSize: 5000 });
    const options = parseBuildOptions(["--content", content, "--output", "/tmp/x", "--drafts", "--future", "--no-search", "--now", "2025-10-24T12:00Z", "--search-part-size", "500"]);
    expect(options).toMatchObject({ output: "/tmp/x", drafts: true, future: true, search: false, now: { text: "2025-10-24T12:00Z" }, searchPartSize: 500 });
  });

  test("build: --search-part-size takes a whole number of articles, 1 or more", () => {
    for (const value of ["0", "-3", "2.5", "many", ""]) {
      expect(() => parseBuildOptions(["--content", content, `--search-part-size=${value}`]), value).toThrow(/--search-part-size: ".*" is not a whole number of articles/);
    }
  });

  test("check: --strict, and the build's archive options", () => {
    expect(parseCheckOptions(["--content", content, "--strict", "--drafts"])).toEqual({ content, drafts: true, future: false, strict: true });
    expect(parseCheckOptions(["--help"])).toBe("help");
  });

  test("serve: port 8080 by default, 0 lets the system choose; no --now (serve follows the clock)", () => {
    expect(parseServeOptions(["--content", content])).toEqual({ content, output: "_site", drafts: false, future: false, port: 8080 });
    expect(parseServeOptions(["--content", content, "--port", "0"])).toMatchObject({ port: 0 });
    expect(() => parseServeOptions(["--content", content, "--port", "http"])).toThrow(/--port: "http" is not a port number/);
    expect(() => parseServeOptions(["--content", content, "--now", "2025-01-01"])).toThrow(UsageError);
  });

  test("usage errors: a missing content folder, an output that would replace the content, a bad date, an unknown option", () => {
    expect(() => parseBuildOptions(["--content", "/no/such/folder"])).toThrow(/content folder "\/no\/such\/folder" does not exist/);
    expect(() => parseBuildOptions(["--content", content, "--output", content])).toThrow(/would replace the content folder/);
    expect(() => parseServeOptions(["--content", content, "--output", `${content}/..`])).toThrow(/would replace the content folder/);
    expect(() => parseCheckOptions(["--content", content, "--now", "2025-13-45"])).toThrow(/--now: /);
    expect(() => parseCheckOptions(["--strikt"])).toThrow(UsageError);
  });
});
