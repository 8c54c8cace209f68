/**
 * The SQLite-to-PostgreSQL rewrite the adapter applies to every statement, one rewrite at a time:
 * parameters numbered (named ones given one number however often they appear), text in quotes
 * left exactly as written, and each dialect difference the repositories rely on. Pure: no
 * database; the adapter's tests on the real cluster (pg-database.test.ts) run the results.
 */
import { expect } from "chai";
import { translateSql } from "../../../server/store/postgres/translate-sql.js";

const NO_IDS: ReadonlySet<string> = new Set();
const text = (sql: string, tablesWithId: ReadonlySet<string> = NO_IDS) => translateSql(sql, tablesWithId).text;

describe("store/postgres/translate-sql: SQLite's SQL as PostgreSQL's", () => {
  describe("parameters", () => {
    it("numbers positional ? in order", () => {
      const t = translateSql("SELECT * FROM pairs WHERE document_id = ? AND idx > ? LIMIT ?", NO_IDS);
      expect(t.text).to.equal("SELECT * FROM pairs WHERE document_id = $1 AND idx > $2 LIMIT $3");
      expect(t.names).to.deep.equal([null, null, null]);
    });

    it("gives a named parameter (@x, :x, $x) one number however often it appears", () => {
      const t = translateSql("UPDATE documents SET version = @version + 1, updated_by = :who WHERE id = $id AND version = @version", NO_IDS);
      expect(t.text).to.equal("UPDATE documents SET version = $1 + 1, updated_by = $2 WHERE id = $3 AND version = $1");
      expect(t.names).to.deep.equal(["version", "who", "id"]);
    });

    it("keeps positional and named parameters apart when a statement mixes them", () => {
      const t = translateSql("SELECT * FROM t WHERE a = @x OR b = ? OR c = @x OR d = ?", NO_IDS);
      expect(t.text).to.equal("SELECT * FROM t WHERE a = $1 OR b = $2 OR c = $1 OR d = $3");
      expect(t.names).to.deep.equal(["x", null, null]);
    });

    it("leaves PostgreSQL casts (::type) and e-mail-like words alone", () => {
      expect(text("SELECT x::text, y FROM t WHERE z = ?")).to.equal("SELECT x::text, y FROM t WHERE z = $1");
      expect(text("SELECT 'a@b.org' AS who, w@x FROM t")).to.equal("SELECT 'a@b.org' AS who, w@x FROM t");
    });
  });

  describe("text in quotes", () => {
    it("never rewrites inside single or double quotes, doubled quotes included", () => {
      const sql = `SELECT '?', 'it''s ? LIKE instr(x) @name', "group_concat" FROM t WHERE note LIKE ? AND k = 'COLLATE NOCASE'`;
      expect(text(sql)).to.equal(`SELECT '?', 'it''s ? LIKE instr(x) @name', "group_concat" FROM t WHERE note ILIKE $1 AND k = 'COLLATE NOCASE'`);
    });

    it("drops a trailing semicolon (a prepared statement is one statement)", () => {
      expect(text("SELECT 1;  ")).to.equal("SELECT 1");
      expect(text("SELECT ';'")).to.equal("SELECT ';'");
    });
  });

  describe("INSERT and lastInsertRowid", () => {
    const withId = new Set(["documents", "history"]);

    it("adds RETURNING id to an INSERT into a table whose id PostgreSQL generates", () => {
      const t = translateSql("INSERT INTO documents (title, created_at) VALUES (?, ?)", withId);
      expect(t.text).to.equal("INSERT INTO documents (title, created_at) VALUES ($1, $2) RETURNING id");
      expect(t.returnsId).to.equal(true);
    });

    it("adds nothing for a table without a generated id, or a statement with its own RETURNING", () => {
      const plain = translateSql("INSERT INTO preferences (user_name, key, value) VALUES (?, ?, ?)", withId);
      expect(plain.text).to.equal("INSERT INTO preferences (user_name, key, value) VALUES ($1, $2, $3)");
      expect(plain.returnsId).to.equal(false);
      const own = translateSql("INSERT INTO documents (title) VALUES (?) RETURNING version", withId);
      expect(own.text).to.equal("INSERT INTO documents (title) VALUES ($1) RETURNING version");
      expect(own.returnsId).to.equal(false);
    });

    it("turns INSERT OR IGNORE into ON CONFLICT DO NOTHING, before any RETURNING", () => {
      expect(text("INSERT OR IGNORE INTO dismissals (finding, who) VALUES (?, ?)")).to.equal("INSERT INTO dismissals (finding, who) VALUES ($1, $2) ON CONFLICT DO NOTHING");
      const t = translateSql("insert or ignore into history (kind) values (?)", withId);
      expect(t.text).to.equal("INSERT INTO history (kind) values ($1) ON CONFLICT DO NOTHING RETURNING id");
      expect(t.returnsId).to.equal(true);
      expect(text("INSERT OR IGNORE INTO t (a) VALUES (?) RETURNING a")).to.equal("INSERT INTO t (a) VALUES ($1) ON CONFLICT DO NOTHING RETURNING a");
    });
  });

  describe("functions and operators", () => {
    const table: [string, string, string][] = [
      ["instr → strpos", "SELECT instr(text, ?) FROM p", "SELECT strpos(text, $1) FROM p"],
      ["group_concat → string_agg", "SELECT group_concat(name, ',') FROM u", "SELECT string_agg(name, ',') FROM u"],
      ["total(x) → COALESCE(SUM(x), 0)", "SELECT total(score) FROM b", "SELECT COALESCE(SUM(score), 0) FROM b"],
      ["LIKE → ILIKE (SQLite's LIKE ignores case)", "SELECT 1 FROM d WHERE title LIKE ?", "SELECT 1 FROM d WHERE title ILIKE $1"],
      ["NOT LIKE → NOT ILIKE", "SELECT 1 FROM d WHERE title NOT LIKE ?", "SELECT 1 FROM d WHERE title NOT ILIKE $1"],
      ["CAST(… AS REAL) → DOUBLE PRECISION", "SELECT CAST(n AS REAL) / 2 FROM t", "SELECT CAST(n AS DOUBLE PRECISION) / 2 FROM t"],
      ["x COLLATE NOCASE → lower(x)", "SELECT 1 FROM users WHERE u.name COLLATE NOCASE = ?", "SELECT 1 FROM users WHERE lower(u.name) = $1"],
      ["json_extract(c, '$.k') → (CAST(c AS jsonb) ->> 'k')", "SELECT json_extract(b.signals, '$.shape') FROM beads b", "SELECT (CAST(b.signals AS jsonb) ->> 'shape') FROM beads b"],
    ];
    for (const [name, sqlite, postgres] of table) {
      it(name, () => expect(text(sqlite)).to.equal(postgres));
    }

    it("leaves a name that merely contains a function's name alone", () => {
      expect(text("SELECT subtotal(x), reinstr(y) FROM t")).to.equal("SELECT subtotal(x), reinstr(y) FROM t");
    });
  });
});
