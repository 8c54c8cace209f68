import { expect } from "chai";
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "../../server/paths.js";
import { loadSampleCorpus } from "../../server/services/load-sample.js";
import { openSqliteStore } from "../../server/store/sqlite-store.js";
import { tempDbPath, tempDir } from "../helpers/temp.js";
import { validateTmx } from "../domain/export/validators.js";

const MIZAN = join(ROOT, "dist", "scripts", "mizan.js");

function mizan(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [MIZAN, ...args], { encoding: "utf8", env: { ...process.env, ...env } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("mizan export and mizan import-exchange", function () {
  this.timeout(120000);
  let db: string;

  before(async () => {
    db = tempDbPath();
    const store = openSqliteStore(db);
    await loadSampleCorpus(store);
    store.db.exec("UPDATE beads SET status = 'confirmed'");
    store.close();
  });

  it("lists export and import-exchange with their options in --help", () => {
    const { stdout } = mizan(["--help"]);
    for (const word of ["export", "import-exchange", "--format", "--min-score", "--since", "--until", "--granularity", "--one-sided", "--bom", "--documents"]) expect(stdout).to.include(word);
  });

  it("names the file <corpus>-en-ar-<date>.<ext> in a directory and reports left-out pairs on stderr", () => {
    const out = tempDir();
    const { code, stderr } = mizan(["export", "--format", "tmx", "--out", out, "--db", db]);
    expect(code, stderr).to.equal(0);
    const files = readdirSync(out);
    expect(files).to.have.length(1);
    expect(files[0]).to.match(/^mizan-en-ar-\d{4}-\d{2}-\d{2}\.tmx$/u);
    expect(validateTmx(join(out, files[0] ?? "")).ok).to.equal(true);
    expect(stderr).to.match(/Exported \d+ units from 1 documents/u).and.match(/Left out \d+ one-sided pairs/u);
  });

  it("writes Moses files to a prefix", () => {
    const prefix = join(tempDir(), "train");
    const { code } = mizan(["export", "--format", "moses", "--out", prefix, "--db", db, "--name", "news"]);
    expect(code).to.equal(0);
    const en = readFileSync(`${prefix}.en`, "utf8").split("\n");
    expect(en.length).to.equal(readFileSync(`${prefix}.ar`, "utf8").split("\n").length).and.be.greaterThan(10);
  });

  it("writes CSV with a byte order mark and an empty side when asked", () => {
    const path = join(tempDir(), "pairs.csv");
    const { code, stderr } = mizan(["export", "--format", "csv", "--bom", "--one-sided", "empty", "--out", path, "--db", db]);
    expect(code).to.equal(0);
    expect(readFileSync(path, "utf8").startsWith("\uFEFFdocument_id,")).to.equal(true);
    expect(stderr).to.match(/Exported \d+ one-sided pairs with an empty side/u);
  });

  it("refuses bad choices with a clear message (in Arabic when asked), exit code 2 and no file", () => {
    const out = tempDir();
    const bad = mizan(["export", "--format", "tmx", "--since", "yesterday", "--out", out, "--db", db]);
    expect(bad.code).to.equal(2);
    expect(bad.stderr).to.include("yesterday").and.include("YYYY-MM-DD");
    const unknown = mizan(["export", "--format", "docx", "--out", out, "--db", db], { MIZAN_LANG: "ar" });
    expect(unknown.code).to.equal(2);
    expect(unknown.stderr).to.match(/[\u0621-\u064A]/u);
    expect(readdirSync(out)).to.deep.equal([]);
  });

  it("imports an exported TMX into another database and refuses a malformed one", () => {
    const dir = tempDir();
    const file = join(dir, "corpus.tmx");
    expect(mizan(["export", "--format", "tmx", "--out", file, "--db", db]).code).to.equal(0);
    const other = tempDbPath();
    const ok = mizan(["import-exchange", file, "--db", other]);
    expect(ok.code, ok.stderr).to.equal(0);
    expect((JSON.parse(ok.stdout) as { documents: number[] }).documents).to.have.length(1);
    writeFileSync(join(dir, "broken.tmx"), "<tmx><body><tu>");
    const broken = mizan(["import-exchange", join(dir, "broken.tmx"), "--db", other]);
    expect(broken.code).to.equal(2);
    expect(broken.stderr).to.include("not well-formed XML");
    expect(mizan(["import-exchange", join(dir, "absent.tmx"), "--db", other]).stderr).to.include("does not exist");
    expect(existsSync(other)).to.equal(true);
  });
});
