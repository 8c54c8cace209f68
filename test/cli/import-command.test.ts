/**
 * `mizan import --en-date/--ar-date` in a child process on a real database file: the typed dates
 * are stored and win over an HTML file's metadata, whose date is stored when none is typed; a bad
 * or far-future date is refused (exit code 2, in the language of MIZAN_LANG) and nothing stored.
 */
import { expect } from "chai";
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "../../server/paths.js";
import { openSqliteStore } from "../../server/store/sqlite-store.js";
import { tempDbPath, tempDir } from "../helpers/temp.js";
import { SAMPLE_AR, SAMPLE_EN } from "../helpers/sample.js";

const MIZAN = join(ROOT, "dist", "scripts", "mizan.js");
const mizan = (args: string[], env: Record<string, string> = {}) => {
  const result = spawnSync(process.execPath, [MIZAN, ...args, "--no-lexicon"], { encoding: "utf8", env: { ...process.env, MIZAN_LANG: "en", ...env } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
};

describe("cli/import-command: publication dates (child process, real database file)", function () {
  this.timeout(60000);

  it("stores the typed dates, and an HTML file's own date where none is typed", () => {
    const db = tempDbPath();
    const typed = mizan(["import", SAMPLE_EN, SAMPLE_AR, "--en-date", "2024-03-05", "--db", db]);
    expect(typed.code, typed.stderr).to.equal(0);
    expect(JSON.parse(typed.stdout).published).to.deep.equal({ en: { date: "2024-03-05", source: { kind: "form" } }, ar: null });

    const html = join(tempDir(), "en.html");
    writeFileSync(html, '<html><head><meta property="article:published_time" content="2024-04-01T08:00:00Z"></head><body><p>The talks resumed on Monday, officials said.</p></body></html>');
    const ar = join(tempDir(), "ar.txt");
    writeFileSync(ar, "استؤنفت المحادثات يوم الاثنين، وفق ما قال مسؤولون.\n");
    const found = mizan(["import", html, ar, "--ar-date", "2024-04-02", "--db", db]);
    expect(found.code, found.stderr).to.equal(0);
    const store = openSqliteStore(db);
    expect(store.getDocument(JSON.parse(found.stdout).id as number)).to.deep.include({ publishedEn: "2024-04-01", publishedAr: "2024-04-02" });
    store.close();
  });

  for (const [lang, date, message] of [
    ["en", "2024-02-30", "The publication date of the Arabic edition is not a date."],
    ["ar", "2999-01-01", "تاريخ نشر النسخة العربية بعيد جدًا في المستقبل"],
  ] as const) {
    it(`refuses --ar-date ${date} (${lang}) with exit code 2 and stores nothing`, () => {
      const db = tempDbPath();
      const { code, stderr, stdout } = mizan(["import", SAMPLE_EN, SAMPLE_AR, "--ar-date", date, "--db", db], { MIZAN_LANG: lang });
      expect(code).to.equal(2);
      expect(stderr).to.include(message);
      expect(stdout).to.equal("");
      const store = openSqliteStore(db);
      expect(store.countDocuments()).to.equal(0);
      store.close();
    });
  }
});
