/**
 * `mizan backup PATH` and `mizan restore PATH` (server/cli/backup-command.ts) on a real database
 * file, through the real command line: a backup taken while a store has the database open holds
 * everything committed so far; after more changes, a restore brings the backed-up state back;
 * every kind of bad backup (damaged, not SQLite, not mizan's schema, a newer schema version, an
 * older one whose migration fails, one that migrates to the wrong schema) is refused with exit
 * code 2, the database file left byte for byte as it was and no temporary file left behind; an
 * older valid backup is restored and migrated to the current version.
 */
import { expect } from "chai";
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { ROOT } from "../../server/paths.js";
import { MIGRATIONS } from "../../server/store/migrations.js";
import { migrate } from "../../server/store/open-database.js";
import { freshSchemaShape, schemaShapeOf, shapeDifferences } from "../../server/store/schema-shape.js";
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

/** A SQLite file made by `build` (given the open database), closed. */
function sqliteFile(path: string, build: (db: Database.Database) => void): string {
  const db = new Database(path);
  try {
    build(db);
  } finally {
    db.close();
  }
  return path;
}

/** One document with a paragraph on each side and a bead, written with the SQL of the first migrations. */
function insertOldDocument(db: Database.Database, title: string): void {
  const at = "2024-01-01T00:00:00.000Z";
  const id = Number(db.prepare("INSERT INTO documents (title, created_at, updated_at) VALUES (?, ?, ?)").run(title, at, at).lastInsertRowid);
  const en = db.prepare("INSERT INTO paragraphs (document_id, side, position, text) VALUES (?, 'en', 0, ?)").run(id, `${title}: English.`).lastInsertRowid;
  const ar = db.prepare("INSERT INTO paragraphs (document_id, side, position, text) VALUES (?, 'ar', 0, ?)").run(id, `${title}: عربي.`).lastInsertRowid;
  const bead = db.prepare("INSERT INTO beads (document_id, position, score) VALUES (?, 0, 0.9)").run(id).lastInsertRowid;
  db.prepare("INSERT INTO bead_paragraphs (bead_id, paragraph_id) VALUES (?, ?), (?, ?)").run(bead, en, bead, ar);
}

const leftovers = (dir: string) => readdirSync(dir).filter((name) => name.includes(".restore-"));

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
      expect(result.status, result.stdout + result.stderr).to.equal(2);
      expect(result.stderr).to.match(/damaged|not a database|malformed|corrupt/iu).and.not.match(/\n\s+at /u);
      expect(fileHash(dbPath)).to.equal(before);
      expect(leftovers(dir)).to.deep.equal([]);
      const store = openSqliteStore(dbPath);
      try {
        expect(contents(store).some((line) => line.includes("After the backup"))).to.equal(true);
      } finally {
        store.close();
      }
    });
  }

  /** Each bad backup, what the refusal says, made from the good backup when it needs one. */
  const badBackups: [string, RegExp, (path: string) => string][] = [
    ["a file that does not exist", /no backup file/u, (path) => path],
    ["a SQLite file without a schema version whose documents table has another shape", /not a mizan database/u,
      (path) => sqliteFile(path, (db) => db.exec("CREATE TABLE documents (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO documents (body) VALUES ('x')"))],
    ["a SQLite file at schema version 1 whose documents table has another shape", /not a mizan database of schema version 1 .*table documents/u,
      (path) => sqliteFile(path, (db) => {
        migrate(db, 1);
        db.exec("DROP TABLE documents; CREATE TABLE documents (id INTEGER PRIMARY KEY, body TEXT)");
      })],
    ["a backup made by a newer version (a schema version above this version's migrations)", /newer version of mizan/u,
      (path) => {
        writeFileSync(path, readFileSync(backupPath));
        return sqliteFile(path, (db) => db.pragma(`user_version = ${MIGRATIONS.length + 1}`));
      }],
    // The 6th migration creates the table dismissals: a version-5 database that already has one passes
    // the first check (extra tables are allowed there) and fails in the middle of its migration.
    ["an older backup whose migration fails", /schema version 5\) could not be brought up to date.*dismissals/u,
      (path) => sqliteFile(path, (db) => {
        migrate(db, 5);
        insertOldDocument(db, "Old");
        db.exec("CREATE TABLE dismissals (note TEXT)");
      })],
    ["a backup that does not have this version's schema once migrated (an extra table)", /does not have this version's schema.*table notes/u,
      (path) => {
        writeFileSync(path, readFileSync(backupPath));
        return sqliteFile(path, (db) => db.exec("CREATE TABLE notes (body TEXT)"));
      }],
  ];
  for (const [name, message, make] of badBackups) {
    it(`refuses ${name} (exit code 2, no stack trace) and leaves the database file byte-identical`, () => {
      const bad = make(join(dir, `bad-${name.replace(/\W+/gu, "-")}.db`));
      const before = fileHash(dbPath);
      const result = mizan("restore", bad, "--db", dbPath);
      expect(result.status, result.stdout + result.stderr).to.equal(2);
      expect(result.stderr).to.match(message).and.match(/the database was not changed/u);
      expect(result.stderr).to.not.match(/\n\s+at /u);
      expect(fileHash(dbPath)).to.equal(before);
      expect(leftovers(dir)).to.deep.equal([]);
    });
  }

  it("says why in Arabic when MIZAN_LANG=ar", () => {
    const result = spawnSync(process.execPath, [MIZAN, "restore", join(dir, "nowhere.db"), "--db", dbPath], { encoding: "utf8", env: { ...process.env, MIZAN_LANG: "ar" } });
    expect(result.status).to.equal(2);
    expect(result.stderr).to.match(/[\u0621-\u064A]/u).and.include("nowhere.db");
  });

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

describe("mizan restore of an older backup", () => {
  it("restores a schema-version-1 backup and migrates it to the current version", () => {
    const dir = tempDir();
    const dbPath = join(dir, "mizan.db");
    const store = openSqliteStore(dbPath);
    store.createDocument(documentOf("Current", 2), "test");
    store.close();
    const old = sqliteFile(join(dir, "old.db"), (db) => {
      migrate(db, 1);
      insertOldDocument(db, "From version 1");
    });
    const result = mizan("restore", old, "--db", dbPath);
    expect(result.status, result.stderr).to.equal(0);
    expect(leftovers(dir)).to.deep.equal([]);
    const check = new Database(dbPath, { readonly: true });
    try {
      expect(check.pragma("user_version", { simple: true })).to.equal(MIGRATIONS.length);
      expect(check.pragma("integrity_check", { simple: true })).to.equal("ok");
      expect(shapeDifferences(schemaShapeOf(check), freshSchemaShape(MIGRATIONS.length))).to.deep.equal([]);
    } finally {
      check.close();
    }
    const restored = openSqliteStore(dbPath);
    try {
      expect(restored.listDocuments().map((d) => d.title)).to.deep.equal(["From version 1"]);
      const [document] = restored.listDocuments();
      expect(restored.getParagraphs(document?.id ?? 0, "ar").map((p) => p.text)).to.deep.equal(["From version 1: عربي."]);
    } finally {
      restored.close();
    }
  });
});

describe("mizan backup and restore on a PostgreSQL URL (real command line)", () => {
  it("refuses both with a clear message, in English and in Arabic, and makes no file", () => {
    const dir = tempDir();
    const url = "postgresql://mizan@127.0.0.1:1/nothing";
    const backup = mizan("backup", join(dir, "copy.db"), "--db", url);
    expect(backup.status).to.equal(2);
    expect(backup.stderr).to.include("is a PostgreSQL database").and.include("pg_dump").and.include("mizan db copy");
    const restore = spawnSync(process.execPath, [MIZAN, "restore", join(dir, "copy.db"), "--db", url], { encoding: "utf8", env: { ...process.env, MIZAN_LANG: "ar" } });
    expect(restore.status).to.equal(2);
    expect(restore.stderr).to.include("قاعدة بيانات PostgreSQL");
    expect(readdirSync(dir)).to.deep.equal([]);
  });
});
