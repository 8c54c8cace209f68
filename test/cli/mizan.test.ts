import { expect } from "chai";
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync, copyFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "../../server/paths.js";
import { checkCover } from "../../server/domain/align/check-cover.js";
import { openSqliteStore } from "../../server/store/sqlite-store.js";
import { tempDbPath, tempDir } from "../helpers/temp.js";
import { SAMPLE_AR, SAMPLE_EN, sampleGold } from "../helpers/sample.js";

const MIZAN = join(ROOT, "dist", "scripts", "mizan.js");

function mizan(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [MIZAN, ...args], { encoding: "utf8", env: { ...process.env, ...env } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("mizan command line", function () {
  this.timeout(60000);

  it("--help lists every command and its options", () => {
    const { code, stdout } = mizan(["--help"]);
    expect(code).to.equal(0);
    for (const word of ["align", "import", "--cases", "--out", "--db", "--title", "--no-lexicon", "--sentences"]) expect(stdout).to.include(word);
  });

  it("align prints scored beads covering both files", () => {
    const { code, stdout } = mizan(["align", SAMPLE_EN, SAMPLE_AR]);
    expect(code).to.equal(0);
    const { beads } = JSON.parse(stdout) as { beads: { en: number[]; ar: number[]; score: number; signals: object }[] };
    checkCover(beads, 39, 35);
    expect(beads.map((b) => [b.en, b.ar])).to.deep.equal(sampleGold().map((b) => [b.en, b.ar]));
    expect(beads[0]).to.have.keys("en", "ar", "score", "signals");
  });

  it("align --sentences pairs the sentences inside each bead", () => {
    const { code, stdout } = mizan(["align", "--sentences", SAMPLE_EN, SAMPLE_AR]);
    expect(code).to.equal(0);
    const { beads } = JSON.parse(stdout) as { beads: { en: number[]; sentences: { en: string; ar: string }[] }[] };
    const split = beads.find((b) => b.en[0] === 8);
    expect(split?.sentences.length).to.equal(2);
    expect(split?.sentences[1]?.en).to.match(/^“The positive side/u);
  });

  it("align --cases writes one prediction per case in the evaluation format", () => {
    const cases = tempDir();
    for (const name of ["one", "two"]) {
      mkdirSync(join(cases, name));
      copyFileSync(SAMPLE_EN, join(cases, name, "en.txt"));
      copyFileSync(SAMPLE_AR, join(cases, name, "ar.txt"));
    }
    const out = join(tempDir(), "pred");
    const { code } = mizan(["align", "--cases", cases, "--out", out]);
    expect(code).to.equal(0);
    expect(readdirSync(out).sort()).to.deep.equal(["_meta.json", "one.json", "two.json"]);
    const pred = JSON.parse(readFileSync(join(out, "one.json"), "utf8")) as { beads: [number[], number[]][] };
    expect(pred.beads).to.deep.equal(sampleGold().map((b) => [b.en, b.ar]));
  });

  it("import stores the pair in the database given by --db or MIZAN_DB", () => {
    const db = tempDbPath();
    const { code, stdout } = mizan(["import", SAMPLE_EN, SAMPLE_AR, "--title", "Homs"], { MIZAN_DB: db });
    expect(code).to.equal(0);
    expect(JSON.parse(stdout)).to.include({ paragraphsEn: 39, paragraphsAr: 35, beads: 39 });
    const store = openSqliteStore(db);
    expect(store.listDocuments().map((d) => d.title)).to.deep.equal(["Homs"]);
    store.close();
  });

  const badInputs: [string, () => [string, string], RegExp][] = [
    ["a missing file", () => ["/nonexistent/en.txt", SAMPLE_AR], /does not exist/u],
    ["an empty file", () => [writeTemp("empty.txt", Buffer.alloc(0)), SAMPLE_AR], /is empty/u],
    ["a binary file", () => [writeTemp("bin.txt", Buffer.from([0, 159, 146, 150, 0])), SAMPLE_AR], /not text/u],
    ["a Latin-1 file", () => [writeTemp("l1.txt", Buffer.from("na\xefve caf\xe9", "latin1")), SAMPLE_AR], /not valid UTF-8/u],
    ["swapped languages", () => [SAMPLE_AR, SAMPLE_EN], /look swapped/u],
  ];
  for (const [what, files, message] of badInputs) {
    it(`refuses ${what} with a clear message, exit code 2 and no change to the database`, () => {
      const db = tempDbPath();
      const [en, ar] = files();
      const { code, stderr, stdout } = mizan(["import", en, ar, "--db", db]);
      expect(code).to.equal(2);
      expect(stderr).to.match(message);
      expect(stderr).to.not.match(/\n\s+at /u); // no stack trace
      expect(stdout).to.equal("");
      const store = openSqliteStore(db);
      expect(store.countDocuments()).to.equal(0);
      store.close();
    });
  }

  it("gives the message in Arabic when the interface language is Arabic", () => {
    const { code, stderr } = mizan(["align", "/nonexistent/en.txt", SAMPLE_AR], { MIZAN_LANG: "ar" });
    expect(code).to.equal(2);
    expect(stderr).to.include("غير موجود");
  });
});

function writeTemp(name: string, bytes: Buffer): string {
  const path = join(tempDir(), name);
  writeFileSync(path, bytes);
  return path;
}
