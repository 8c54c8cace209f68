import { expect } from "chai";
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { once } from "node:events";
import { createServer } from "node:net";
import { join } from "node:path";
import { ROOT } from "../../server/paths.js";
import { loadSampleCorpus } from "../../server/services/load-sample.js";
import { openSqliteStore } from "../../server/store/sqlite-store.js";
import { tempDbPath, tempDir } from "../helpers/temp.js";
import { SCHEMA_PURPOSE, validateTmx } from "../domain/export/validators.js";
import { sharedOrSkip } from "../helpers/shared.js";
import { buildAlignmentView } from "../../server/services/alignment-view.js";
import { performAlignment } from "../../server/services/review.js";

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
    for (const word of ["export", "import-exchange", "--format", "--min-score", "--since", "--until", "--granularity", "--one-sided", "--bom", "--documents", "--with-rejected", "--keep-boilerplate"]) expect(stdout).to.include(word);
  });

  it("names the file <corpus>-en-ar-<date>.<ext> in a directory and reports left-out pairs on stderr", function () {
    sharedOrSkip(this, SCHEMA_PURPOSE, ["schemas"]);
    const out = tempDir();
    const { code, stderr } = mizan(["export", "--format", "tmx", "--out", out, "--db", db]);
    expect(code, stderr).to.equal(0);
    const files = readdirSync(out);
    expect(files).to.have.length(1);
    expect(files[0]).to.match(/^mizan-en-ar-\d{4}-\d{2}-\d{2}\.tmx$/u);
    expect(validateTmx(join(out, files[0] ?? "")).ok).to.equal(true);
    expect(stderr).to.match(/Exported \d+ units from 1 document /u).and.match(/Left out \d+ one-sided pairs? /u);
  });

  it("leaves rejected pairs out unless --with-rejected is given", async () => {
    const withRejected = tempDbPath();
    const store = openSqliteStore(withRejected);
    await loadSampleCorpus(store);
    store.db.exec("UPDATE beads SET status = 'confirmed'");
    // A two-sided pair (one-sided ones are left out of TSV by default anyway).
    const rejectedId = (store.db.prepare(`SELECT b.id FROM beads b WHERE
      (SELECT COUNT(DISTINCT p.side) FROM bead_paragraphs bp JOIN paragraphs p ON p.id = bp.paragraph_id WHERE bp.bead_id = b.id) = 2
      ORDER BY b.position LIMIT 1 OFFSET 2`).get() as { id: number }).id;
    store.db.prepare("UPDATE beads SET status = 'rejected' WHERE id = ?").run(rejectedId);
    store.close();
    const rows = (args: string[]) => {
      const result = spawnSync(process.execPath, [MIZAN, "export", "--format", "tsv", "--out", "-", "--db", withRejected, ...args], { encoding: "utf8" });
      expect(result.status, result.stderr).to.equal(0);
      return result.stdout.trimEnd().split("\n").slice(1).map((line) => line.split("\t"));
    };
    const without = rows([]);
    const including = rows(["--with-rejected"]);
    expect(without.some((r) => r[4] === "rejected")).to.equal(false);
    expect(including.filter((r) => r[4] === "rejected").map((r) => r[3])).to.deep.equal([`1-${rejectedId}`]);
    expect(including.length).to.equal(without.length + 1);
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
    expect(stderr).to.match(/Exported \d+ one-sided pairs? with an empty side/u);
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

describe("mizan export --out: what it refuses, and standard output", function () {
  this.timeout(120000);
  let dir: string;
  let db: string;

  before(async () => {
    dir = tempDir();
    db = join(dir, "mizan.db");
    const store = openSqliteStore(db);
    await loadSampleCorpus(store);
    store.db.exec("UPDATE beads SET status = 'confirmed'");
    store.close();
  });

  const hashOf = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex");
  const partFiles = (folder: string) => readdirSync(folder).filter((name) => name.includes(".part-"));

  it("refuses the database, its -wal, -shm, -journal and .lock files, also through symbolic links, and leaves the database as it was", () => {
    const linkedFolder = join(tempDir(), "linked");
    symlinkSync(dir, linkedFolder);
    const linkedFile = join(tempDir(), "export.tmx");
    symlinkSync(db, linkedFile);
    const before = hashOf(db);
    const outs = [db, `${db}-wal`, `${db}-shm`, `${db}-journal`, `${db}.lock`, join(linkedFolder, "mizan.db"), join(linkedFolder, "mizan.db-wal"), linkedFile];
    for (const out of outs) {
      const { code, stderr } = mizan(["export", "--format", "tmx", "--out", out, "--db", db]);
      expect(code, `${out}: ${stderr}`).to.equal(2);
      expect(stderr, out).to.include("that is the database itself or one of its files").and.not.match(/\n\s+at /u);
    }
    expect(hashOf(db)).to.equal(before);
    expect(partFiles(dir)).to.deep.equal([]);
    expect(readdirSync(dir).sort()).to.deep.equal(["mizan.db"]);
    const arabic = mizan(["export", "--format", "jsonl", "--out", db, "--db", db], { MIZAN_LANG: "ar" });
    expect(arabic.code).to.equal(2);
    expect(arabic.stderr).to.match(/[\u0621-\u064A]/u);
  });

  it("refuses an output that exists and is not a regular file (a FIFO, a socket) and leaves it as it was", async () => {
    const folder = tempDir();
    const fifo = join(folder, "pipe");
    const made = spawnSync("mkfifo", [fifo]);
    expect(made.status, "mkfifo").to.equal(0);
    const socketPath = join(folder, "socket");
    const server = createServer();
    server.listen(socketPath);
    await once(server, "listening");
    try {
      for (const out of [fifo, socketPath]) {
        for (const format of ["tmx", "moses"]) {
          const { code, stderr } = mizan(["export", "--format", format, "--out", out, "--db", db]);
          expect(code, `${format} ${out}: ${stderr}`).to.equal(2);
          expect(stderr).to.include("is not a regular file").and.not.match(/\n\s+at /u);
        }
      }
      expect(statSync(fifo).isFIFO()).to.equal(true);
      expect(statSync(socketPath).isSocket()).to.equal(true);
      expect(readdirSync(folder).sort()).to.deep.equal(["pipe", "socket"]);
    } finally {
      server.close();
    }
  });

  it("writes a one-file format to standard output with --out - (the report on stderr, no file)", function () {
    sharedOrSkip(this, SCHEMA_PURPOSE, ["schemas"]);
    const cwd = tempDir();
    for (const format of ["tmx", "jsonl", "csv"]) {
      const result = spawnSync(process.execPath, [MIZAN, "export", "--format", format, "--out", "-", "--db", db], { encoding: "utf8", cwd });
      expect(result.status, result.stderr).to.equal(0);
      expect(result.stderr).to.match(/Exported \d+ units from 1 document .* to standard output\./u);
      if (format === "tmx") {
        const saved = join(tempDir(), "from-stdout.tmx");
        writeFileSync(saved, result.stdout);
        expect(validateTmx(saved).ok).to.equal(true);
      }
      if (format === "jsonl") {
        const lines = result.stdout.trim().split("\n");
        expect(lines.length).to.be.greaterThan(10);
        for (const line of lines) expect(() => JSON.parse(line) as unknown).to.not.throw();
      }
      if (format === "csv") expect(result.stdout.startsWith("document_id,")).to.equal(true);
    }
    expect(readdirSync(cwd)).to.deep.equal([]);
  });

  it("writes unit ids <document>-<row> as the alignment view numbers rows after a merge, and boilerplate only with --keep-boilerplate", async () => {
    const merged = tempDbPath();
    const store = openSqliteStore(merged);
    const [documentId] = await loadSampleCorpus(store);
    const before = store.getBeads(documentId!);
    performAlignment(store, documentId!, { op: "merge", bead: before[1]!.id, version: before[1]!.version, neighbour: { id: before[2]!.id, version: before[2]!.version } }, { name: "admin", role: "admin" });
    const rows = buildAlignmentView(store, documentId!, { show: "all" })?.rows ?? [];
    const onScreen = new Map(rows.map((r) => [`${documentId}-${r.number}`, { en: r.en.map((p) => p.text).join("\n"), ar: r.ar.map((p) => p.text).join("\n") }]));
    store.close();
    const out = tempDir();
    const exportJsonl = (extra: string[]) => {
      const result = mizan(["export", "--format", "jsonl", "--status", "all", "--min-score", "0", "--one-sided", "empty", ...extra, "--out", join(out, `${extra.length}.jsonl`), "--db", merged]);
      expect(result.code, result.stderr).to.equal(0);
      const records = readFileSync(join(out, `${extra.length}.jsonl`), "utf8").trimEnd().split("\n").map((l) => JSON.parse(l) as { id: string; translation: { en: string; ar: string } });
      return { records, stderr: result.stderr };
    };
    const kept = exportJsonl(["--keep-boilerplate"]);
    expect(kept.records.length).to.equal(rows.length);
    for (const r of kept.records) expect(r.translation, r.id).to.deep.equal(onScreen.get(r.id));
    expect(kept.stderr).to.not.include("boilerplate");
    const left = exportJsonl([]);
    expect(left.records.length).to.be.lessThan(kept.records.length);
    expect(left.stderr).to.include(`Left out ${kept.records.length - left.records.length} boilerplate pair`);
    for (const r of left.records) expect(r.translation, r.id).to.deep.equal(onScreen.get(r.id));
  });

  it("refuses --out - for Moses, which writes two files", () => {
    const cwd = tempDir();
    const result = spawnSync(process.execPath, [MIZAN, "export", "--format", "moses", "--out", "-", "--db", db], { encoding: "utf8", cwd });
    expect(result.status).to.equal(2);
    expect(result.stdout).to.equal("");
    expect(result.stderr).to.include("cannot go to standard output").and.not.match(/\n\s+at /u);
    expect(readdirSync(cwd)).to.deep.equal([]);
  });
});
