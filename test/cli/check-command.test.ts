import { expect } from "chai";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { ROOT, CORPUS_DIR } from "../../server/paths.js";
import { SAMPLE_AR, SAMPLE_EN } from "../helpers/sample.js";

const MIZAN = join(ROOT, "dist", "scripts", "mizan.js");
const run = (args: string[], input?: string) => spawnSync(process.execPath, [MIZAN, ...args], { input, encoding: "utf8" });

describe("mizan check", () => {
  it("prints one JSON finding per line for an article pair", () => {
    const result = run(["check", SAMPLE_EN, SAMPLE_AR, "--glossary", join(CORPUS_DIR, "glossary.tsv"), "--no-lexicon"]);
    expect(result.status, result.stderr).to.equal(0);
    const findings = result.stdout.trim().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>);
    for (const f of findings) expect(f).to.include.keys("check", "severity", "side", "paragraph", "start", "end", "text", "suggestion", "message");
    expect(findings.some((f) => f.check === "glossary-spelling" && f.text === "Ahrar al-Cham" && f.suggestion === "Ahrar al-Sham")).to.equal(true);
  });

  it("reads JSON lines with --jsonl and reports code-point offsets", () => {
    const input = [
      JSON.stringify({ id: "a-1", doc: "a", text: "😀 The tow side agreed." }),
      JSON.stringify({ id: "a-2", doc: "a", text: "Clean text here." }),
    ].join("\n");
    const result = run(["check", "--jsonl"], input);
    expect(result.status, result.stderr).to.equal(0);
    const lines = result.stdout.trim().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).to.deep.include({ id: "a-1", start: 6, end: 14, check: "real-word", severity: "warning", suggestion: "two sides" });
  });

  it("exits 2 with a clear message on bad input", () => {
    const result = run(["check", "--jsonl"], "not json\n");
    expect(result.status).to.equal(2);
    expect(result.stderr).to.match(/line 1: not valid JSON/u);
    const missing = run(["check", "/nonexistent/en.txt"]);
    expect(missing.status).to.equal(2);
  });
});
