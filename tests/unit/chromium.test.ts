import { describe, expect, test } from "vitest";
import { chromiumPath, DEFAULT_CHROMIUM, planChromium, runsBrowserTests, type ChromiumFacts } from "../helpers/chromium.ts";

const facts = (over: Partial<ChromiumFacts>): ChromiumFacts => ({
  path: DEFAULT_CHROMIUM,
  installed: false,
  isRoot: true,
  hasAptGet: true,
  ...over,
});

describe("planChromium: what npm test does about Chromium", () => {
  test("uses the binary that is there, installed or named", () => {
    expect(planChromium(facts({ installed: true }))).toEqual({ action: "use", path: DEFAULT_CHROMIUM });
    expect(planChromium(facts({ path: "/opt/chromium/chrome", installed: true, isRoot: false }))).toEqual({
      action: "use",
      path: "/opt/chromium/chrome",
    });
  });

  test("as root with apt-get, installs Debian's package when it is missing", () => {
    expect(planChromium(facts({}))).toEqual({
      action: "install",
      path: DEFAULT_CHROMIUM,
      steps: [["apt-get", "update"], ["apt-get", "install", "-y", "chromium"]],
    });
  });

  test("not root: stops with the exact command to run", () => {
    const plan = planChromium(facts({ isRoot: false }));
    expect(plan.action).toBe("stop");
    expect(plan.action === "stop" && plan.message).toContain("sudo apt-get update && sudo apt-get install -y chromium");
  });

  test("no apt-get: stops and says to install Chromium and name it", () => {
    const plan = planChromium(facts({ hasAptGet: false }));
    expect(plan.action === "stop" && plan.message).toContain("CLIPPINGS_CHROMIUM");
  });

  test("a missing binary named by CLIPPINGS_CHROMIUM is never installed over: it stops", () => {
    const plan = planChromium(facts({ path: "/nonexistent" }));
    expect(plan.action).toBe("stop");
    expect(plan.action === "stop" && plan.message).toContain("CLIPPINGS_CHROMIUM is /nonexistent");
  });

  test("the binary is CLIPPINGS_CHROMIUM when set, else Debian's", () => {
    expect(chromiumPath({})).toBe("/usr/bin/chromium");
    expect(chromiumPath({ CLIPPINGS_CHROMIUM: "" })).toBe("/usr/bin/chromium");
    expect(chromiumPath({ CLIPPINGS_CHROMIUM: "/nonexistent" })).toBe("/nonexistent");
  });
});

describe("runsBrowserTests: whether a vitest run needs Chromium", () => {
  const files = ["tests/browser/site.test.ts"];

  test("every run without file filters does", () => {
    expect(runsBrowserTests([], files)).toBe(true);
    expect(runsBrowserTests(["--reporter=dot"], files)).toBe(true);
  });

  test("a run filtered to other files does not; one whose filter matches a browser test does", () => {
    expect(runsBrowserTests(["tests/unit"], files)).toBe(false);
    expect(runsBrowserTests(["paginate", "feeds"], files)).toBe(false);
    expect(runsBrowserTests(["tests/browser"], files)).toBe(true);
    expect(runsBrowserTests(["unit", "site"], files)).toBe(true);
  });
});
