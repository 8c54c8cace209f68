/**
 * `mizan backup PATH` and `mizan restore PATH` (server/cli/backup-command.ts) on a real database
 * file, through the real command line: a backup taken while a store has the database open holds
 * everything committed so far; after more changes, a restore brings the backed-up state back; a
 * damaged backup (not SQLite, truncated, a corrupted page) is refused and the database is left
 * exactly as it was.
 */
import { expect } from "chai";
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { ROOT } from "../../server/paths.js";
import { openSqliteStore } from "../../server/store/sqlite-store.js";
import type { NewDocument, Store } from "../../server/store/types.js";
import { tempDir } from "../helpers/temp.js";

const MIZAN = join(ROOT, "dist", "scripts", "mizan.js");

function mizan(...args: string[]) {
  return spawnSync(process.execPath, [MIZAN, ...args], { encoding: "utf8" });
}

function documentOf(title: string, count: number): NewDocument {
  return {
    title,
    en: Array.from({ length: count }, (_, k) => ({ text: `${title}: English paragraph ${k + 1}.`, boilerplate: null })),
    ar: Array.from({ length: count }, (_, k) => ({ text: `${title}: الفقرة العربية ${k + 1}.`, boilerplate: null })),
    beads: Array.from({ length: count }, (_, k) => ({ en: [k], ar: [k], score: 0.9, signals: { shape: "1-1" } })),
  };
}

/** What the tests compare: every document's title and every paragraph's text, in order. */
function contents(store: Store): string[] {
  return store.listDocuments().sort((a, b) => a.id - b.id).flatMap((d) => [
    `${d.id} ${d.title}`,
    ...store.getParagraphs(d.id, "en").map((p) => `${p.id} ${p.text}`),
    ...store.getParagraphs(d.id, "ar").map((p) => `${p.id} ${p.text}`),
  ]);
}

function fileHash(path: string): string {
  return createHash("sha256").update(readFileSync(path)).digest("hex");
}

describe("mizan backup and mizan restore", () => {
  let dir: string;
  let dbPath: string;
  let backupPath: string;
  let backedUp: string[];

  before(function () {
    this.timeout(60000);
    dir = tempDir();
    dbPath = join(dir, "mizan.db");
    backupPath = join(dir, "backup.db");
    const store = openSqliteStore(dbPath);
    try {
      const id = store.createDocument(documentOf("Before the backup", 5), "test");
      const first = store.getParagraphs(id, "en")[0];
      if (!first) throw new Error("no paragraph");
      store.editParagraph(first.id, first.version, "Edited before the backup.", "test");
      backedUp = contents(store);
      // The store is still open (its changes in the WAL, not yet checkpointed) while the backup runs.
      expect(existsSync(`${dbPath}-wal`)).to.equal(true);
      const result = mizan("backup", backupPath, "--db", dbPath);
      expect(result.status, result.stderr).to.equal(0);
      expect(result.stdout).to.match(/backed up/u);
      // Changes after the backup: an edit and a new document.
      const again = store.getParagraph(first.id);
      store.editParagraph(first.id, again?.version ?? 0, "Edited after the backup.", "test");
      store.createDocument(documentOf("After the backup", 3), "test");
      expect(contents(store)).to.not.deep.equal(backedUp);
    } finally {
      store.close();
    }
  });

  it("takes a consistent backup of an open database: the backup holds everything committed", () => {
    const check = new Database(backupPath, { readonly: true, fileMustExist: true });
    try {
      expect(check.pragma("integrity_check", { simple: true })).to.equal("ok");
    } finally {
      check.close();
    }
    const store = openSqliteStore(backupPath);
    try {
      expect(contents(store)).to.deep.equal(backedUp);
    } finally {
      store.close();
    }
  });

  const damages: [string, (good: Buffer) => Buffer][] = [
    ["a file that is not SQLite", () => Buffer.from("this is not a database\n".repeat(200))],
    ["a truncated backup", (good) => good.subarray(0, Math.floor(good.length / 2))],
    [
      "a backup with corrupted pages",
      (good) => {
        const bad = Buffer.from(good);
        const pageSize = bad.readUInt16BE(16) === 1 ? 65536 : bad.readUInt16BE(16);
        // Every page after the schema page gets a garbage b-tree header.
        for (let page = 1; page * pageSize < bad.length; page++) bad.fill(0xff, page * pageSize, page * pageSize + 12);
        return bad;
      },
    ],
  ];
  for (const [name, damage] of damages) {
    it(`refuses ${name} and leaves the database as it was`, () => {
      const damaged = join(dir, `damaged-${name.replace(/\W+/gu, "-")}.db`);
      writeFileSync(damaged, damage(readFileSync(backupPath)));
      const before = fileHash(dbPath);
      const result = mizan("restore", damaged, "--db", dbPath);
      expect(result.status, result.stdout).to.not.equal(0);
      expect(result.stderr).to.match(/damaged|not a database|malformed|corrupt/iu);
      expect(fileHash(dbPath)).to.equal(before);
      const store = openSqliteStore(dbPath);
      try {
        expect(contents(store).some((line) => line.includes("After the backup"))).to.equal(true);
      } finally {
        store.close();
      }
    });
  }

  it("restores the backup: the changes made after it are gone, the backed-up data is back", () => {
    const result = mizan("restore", backupPath, "--db", dbPath);
    expect(result.status, result.stderr).to.equal(0);
    expect(result.stdout).to.match(/restored/u);
    const store = openSqliteStore(dbPath);
    try {
      expect(contents(store)).to.deep.equal(backedUp);
    } finally {
      store.close();
    }
    const check = new Database(dbPath, { readonly: true });
    try {
      expect(check.pragma("integrity_check", { simple: true })).to.equal("ok");
    } finally {
      check.close();
    }
  });
});
