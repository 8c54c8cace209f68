import { expect } from "chai";
import { parseChoices } from "../../server/domain/export/choices.js";
import { ExchangeImportError } from "../../server/domain/exchange-import/exchange-import-error.js";
import { exportCorpus } from "../../server/services/export-corpus.js";
import { importExchange, MAX_PAIRS_PER_DOCUMENT } from "../../server/services/import-exchange.js";
import { loadSampleCorpus } from "../../server/services/load-sample.js";
import { openSqliteStore } from "../../server/store/sqlite-store.js";
import type { Store } from "../../server/store/types.js";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { XLIFF_REJECTED } from "../../server/domain/export/xliff.js";
import { sharedOrSkip } from "../helpers/shared.js";
import { tempDbPath, tempDir } from "../helpers/temp.js";
import { TextSink } from "../domain/export/sample-units.js";
import { SCHEMA_PURPOSE, validateXliff } from "../domain/export/validators.js";

type SqliteStore = ReturnType<typeof openSqliteStore>;

async function exportText(store: Store, format: string): Promise<string> {
  const out = new TextSink();
  const meta = { name: "rt", granularity: "paragraph" as const, createdAt: new Date("2024-05-01T00:00:00Z"), tool: { name: "mizan", version: "test" } };
  // Boilerplate kept: the sample's one-sided pairs are all boilerplate, and a round trip carries every pair.
  await exportCorpus(store, parseChoices({ format, status: "confirmed", oneSided: "empty", boilerplate: "keep" }), out, { meta });
  return out.text;
}

/** What must survive a round trip: per pair, its document's title and date, texts by paragraph, score, status. */
function pairsOf(store: Store) {
  return [...store.iteratePairs({ status: "confirmed", oneSided: true })].map((p) => ({
    title: p.documentTitle, published: p.published, en: p.en, ar: p.ar, score: p.score, status: p.status,
  }));
}

function atomically(store: SqliteStore) {
  return <T>(fn: () => T): T => store.db.transaction(fn)();
}

describe("import of exchange files (round trip through a real database file)", function () {
  this.timeout(120000);
  let source: SqliteStore;

  before(async () => {
    source = openSqliteStore(tempDbPath());
    await loadSampleCorpus(source);
    source.db.exec("UPDATE beads SET status = 'confirmed' WHERE position % 4 != 3");
  });
  after(() => source.close());

  for (const format of ["tmx", "xliff", "xliff2"]) {
    it(`round-trips ${format}: export, import, export again gives the same pairs and the same file`, async () => {
      const first = await exportText(source, format);
      const target = openSqliteStore(tempDbPath());
      try {
        const result = importExchange(target, { bytes: Buffer.from(first), name: `corpus.${format}` }, { user: "test", atomically: atomically(target) });
        expect(result.format).to.equal(format);
        expect(result.documents).to.have.length(1);
        expect(result.oneSided).to.be.greaterThan(0);
        expect(pairsOf(target)).to.deep.equal(pairsOf(source));
        const second = await exportText(target, format);
        // Ids of documents and beads are the new database's; everything else is identical.
        const withoutIds = (text: string) => text.replace(/(tuid|id|original)="[^"]*"/gu, "$1=\"\"").replace(/x-mizan-document-id">\d+/gu, "");
        expect(withoutIds(second)).to.equal(withoutIds(first));
      } finally {
        target.close();
      }
    });
  }

  for (const format of ["tmx", "xliff"] as const) {
    it(`brings a rejected pair of mizan's ${format.toUpperCase()} (exported when asked) back rejected, not confirmed`, async function () {
      if (format === "xliff") sharedOrSkip(this, SCHEMA_PURPOSE, ["schemas"]);
      const store = openSqliteStore(tempDbPath());
      const target = openSqliteStore(tempDbPath());
      try {
        await loadSampleCorpus(store);
        store.db.exec("UPDATE beads SET status = 'confirmed'");
        const rejected = store.getBeads(1).find((b) => b.en.length === 1 && b.ar.length === 1 && b.position > 3)!;
        store.db.prepare("UPDATE beads SET status = 'rejected' WHERE id = ?").run(rejected.id);
        const out = new TextSink();
        const meta = { name: "rt", granularity: "paragraph" as const, createdAt: new Date("2024-05-01T00:00:00Z"), tool: { name: "mizan", version: "test" } };
        await exportCorpus(store, parseChoices({ format, rejected: "include" }), out, { meta });
        if (format === "xliff") {
          // Still valid XLIFF 1.2 (strict) with the rejected pair's qualifier in it.
          expect(out.text).to.include(`state="needs-review-translation" state-qualifier="${XLIFF_REJECTED}"`);
          const file = join(tempDir(), "corpus.xlf");
          writeFileSync(file, out.text);
          const validation = validateXliff(file);
          expect(validation.ok, validation.output).to.equal(true);
        }
        importExchange(target, { bytes: Buffer.from(out.text), name: `corpus.${format === "xliff" ? "xlf" : "tmx"}` }, { user: "test", atomically: atomically(target) });
        const statuses = (s: Store) => [...s.iteratePairs({ status: "all", includeRejected: true })].map((p) => `${p.status} ${p.en.join("|")}`);
        expect(statuses(target)).to.deep.equal(statuses(store));
        expect(statuses(target).filter((line) => line.startsWith("rejected "))).to.have.length(1);
      } finally {
        store.close();
        target.close();
      }
    });
  }

  it("imports nothing when the file is refused", () => {
    const target = openSqliteStore(tempDbPath());
    try {
      const bad = `<tmx version="1.4"><header srclang="en"/><body><tu><tuv xml:lang="en"><seg>a</seg></tuv><tuv xml:lang="ar"><seg>ب</seg></tuv></tu><tu><tuv xml:lang="de"><seg>x</seg></tuv></tu></body></tmx>`;
      expect(() => importExchange(target, { bytes: Buffer.from(bad), name: "bad.tmx" }, { user: "test", atomically: atomically(target) }))
        .to.throw(ExchangeImportError).with.property("code", "wrong-language-pair");
      expect(target.countDocuments()).to.equal(0);
    } finally {
      target.close();
    }
  });

  it("rolls back every document when writing one of them fails", () => {
    const target = openSqliteStore(tempDbPath());
    try {
      const tu = (n: number) => `<tu><prop type="x-mizan-document-id">${n}</prop><tuv xml:lang="en"><seg>a${n}</seg></tuv><tuv xml:lang="ar"><seg>ب</seg></tuv></tu>`;
      const file = `<tmx version="1.4"><header srclang="en"/><body>${tu(1)}${tu(2)}${tu(3)}</body></tmx>`;
      let calls = 0;
      const failing: Store = { ...target, createDocument: (doc, user) => {
        calls++;
        if (calls === 3) throw new Error("disk full");
        return target.createDocument(doc, user);
      } };
      expect(() => importExchange(failing, { bytes: Buffer.from(file), name: "three.tmx" }, { user: "test", atomically: atomically(target) })).to.throw("disk full");
      expect(target.countDocuments()).to.equal(0);
    } finally {
      target.close();
    }
  });

  it("stores a large memory without document marks in parts, named after the file", () => {
    const target = openSqliteStore(tempDbPath());
    try {
      const n = MAX_PAIRS_PER_DOCUMENT + 1;
      const tus = Array.from({ length: n }, (_, k) => `<tu><tuv xml:lang="en"><seg>s${k}</seg></tuv><tuv xml:lang="ar"><seg>ج${k}</seg></tuv></tu>`).join("");
      const result = importExchange(target, { bytes: Buffer.from(`<tmx version="1.4"><header srclang="en"/><body>${tus}</body></tmx>`), name: "memory.tmx" }, { user: "test" });
      expect(result.documents).to.have.length(2);
      expect(target.listDocuments().map((d) => d.title).sort()).to.deep.equal(["memory (1/2)", "memory (2/2)"]);
      expect(target.getBeads(result.documents[0] ?? 0).every((b) => b.status === "confirmed")).to.equal(true);
    } finally {
      target.close();
    }
  });
});
