import { expect } from "chai";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseChoices, type RawChoices } from "../../server/domain/export/choices.js";
import { ExportError } from "../../server/domain/export/export-error.js";
import { exportCorpus, type ExportReport } from "../../server/services/export-corpus.js";
import { loadSampleCorpus } from "../../server/services/load-sample.js";
import { openSqliteStore } from "../../server/store/sqlite-store.js";
import type { ExportMeta } from "../../server/domain/export/types.js";
import { tempDbPath, tempDir } from "../helpers/temp.js";
import { TextSink } from "../domain/export/sample-units.js";
import { readWithTranslateToolkit, SCHEMA_PURPOSE, validateTmx, validateXliff } from "../domain/export/validators.js";
import { sharedOrSkip } from "../helpers/shared.js";
import { EXPORT_MIN_SCORE } from "../../server/domain/align/score-bands.js";

type SampleStore = ReturnType<typeof openSqliteStore>;

const META: ExportMeta = { name: "sample", granularity: "paragraph", createdAt: new Date("2024-05-01T00:00:00Z"), tool: { name: "mizan", version: "test" } };

async function run(store: SampleStore, raw: RawChoices): Promise<{ text: string; report: ExportReport; en?: string; ar?: string }> {
  const choices = parseChoices(raw);
  const meta = { ...META, granularity: choices.granularity };
  if (choices.exporter.kind === "parallel") {
    const en = new TextSink();
    const ar = new TextSink();
    const report = await exportCorpus(store, choices, { en, ar }, { meta });
    return { text: "", report, en: en.text, ar: ar.text };
  }
  const out = new TextSink();
  const report = await exportCorpus(store, choices, out, { meta });
  return { text: out.text, report };
}

describe("export of the sample corpus (real database file)", function () {
  this.timeout(120000);
  let store: SampleStore;
  /** The sample's beads, as the database holds them. */
  let beads: { id: number; position: number; status: string; score: number; en: number; ar: number }[];
  const dir = tempDir();

  before(async () => {
    store = openSqliteStore(tempDbPath());
    await loadSampleCorpus(store);
    // Editors confirm pairs in the web app; here two of every three beads are confirmed directly.
    store.db.exec("UPDATE beads SET status = 'confirmed' WHERE position % 3 != 2");
    store.db.exec("UPDATE beads SET status = 'rejected' WHERE position = 5");
    store.db.exec("INSERT INTO findings (document_id, bead_id, check_id, severity, side) SELECT document_id, id, 'test', 'warning', 'en' FROM beads WHERE position IN (0, 3)");
    beads = store.db.prepare(`SELECT b.id, b.position, b.status, b.score,
        (SELECT COUNT(*) FROM bead_paragraphs bp JOIN paragraphs p ON p.id = bp.paragraph_id WHERE bp.bead_id = b.id AND p.side = 'en') AS en,
        (SELECT COUNT(*) FROM bead_paragraphs bp JOIN paragraphs p ON p.id = bp.paragraph_id WHERE bp.bead_id = b.id AND p.side = 'ar') AS ar
      FROM beads b ORDER BY b.position`).all() as typeof beads;
  });
  after(() => store.close());

  const count = (pred: (b: (typeof beads)[number]) => boolean) => beads.filter(pred).length;
  const oneSided = (b: (typeof beads)[number]) => b.en === 0 || b.ar === 0;

  it("exports confirmed pairs by default, leaving one-sided ones out and counting them", async () => {
    const { report } = await run(store, { format: "jsonl" });
    expect(report.units).to.equal(count((b) => b.status === "confirmed" && !oneSided(b)));
    expect(report.oneSidedSkipped).to.equal(count((b) => b.status === "confirmed" && oneSided(b))).and.be.greaterThan(0);
    expect(report.pairs).to.equal(count((b) => b.status === "confirmed"));
  });

  it("exports one-sided pairs with an empty side on request, and never rejected pairs", async () => {
    const { text, report } = await run(store, { format: "jsonl", status: "all", minScore: "0", oneSided: "empty" });
    expect(report.units).to.equal(count((b) => b.status !== "rejected"));
    expect(report.oneSidedExported).to.equal(count((b) => b.status !== "rejected" && oneSided(b)));
    const records = text.trimEnd().split("\n").map((l) => JSON.parse(l) as { translation: { en: string; ar: string }; status: string });
    expect(records.some((r) => r.translation.en === "" || r.translation.ar === "")).to.equal(true);
    expect(records.every((r) => r.status !== "rejected")).to.equal(true);
  });

  it("exports rejected pairs only when asked, marked rejected, on top of the status chosen", async () => {
    const rejected = beads.filter((b) => b.status === "rejected");
    expect(rejected).to.have.length(1);
    const records = (text: string) => text.trimEnd().split("\n").map((l) => JSON.parse(l) as { id: string; status: string });
    const all = await run(store, { format: "jsonl", status: "all", minScore: "0", oneSided: "empty", rejected: "include" });
    expect(all.report.units).to.equal(beads.length);
    expect(records(all.text).filter((r) => r.status === "rejected").map((r) => r.id)).to.deep.equal([`1-${rejected[0]!.id}`]);
    const confirmed = await run(store, { format: "jsonl", oneSided: "empty", rejected: "include" });
    expect(confirmed.report.units).to.equal(count((b) => b.status !== "auto"));
    expect((await run(store, { format: "jsonl", oneSided: "empty", rejected: "exclude" })).report.units).to.equal(count((b) => b.status === "confirmed"));
    expect(() => parseChoices({ format: "tmx", rejected: "yes" })).to.throw(ExportError);
  });

  it("counts one-sided pairs Moses cannot hold instead of dropping them silently", async () => {
    const { en, ar, report } = await run(store, { format: "moses", status: "all", minScore: "0", oneSided: "empty" });
    expect(report.oneSidedNotAllowed).to.equal(count((b) => b.status !== "rejected" && oneSided(b))).and.be.greaterThan(0);
    expect(en?.split("\n").length).to.equal(ar?.split("\n").length);
    expect(en?.split("\n").filter((l) => l === "").length).to.equal(1);
  });

  it("takes unconfirmed pairs only when more likely right than wrong unless a minimum score is given", async () => {
    const byDefault = await run(store, { format: "jsonl", status: "all", oneSided: "empty" });
    expect(byDefault.report.units).to.equal(count((b) => b.status !== "rejected" && b.score >= EXPORT_MIN_SCORE));
    expect(byDefault.report.units).to.be.lessThan(count((b) => b.status !== "rejected"));
    const everything = await run(store, { format: "jsonl", status: "all", minScore: "0", oneSided: "empty" });
    expect(everything.report.units).to.equal(count((b) => b.status !== "rejected"));
  });

  it("applies the minimum score, the findings choice, the documents and the date range", async () => {
    const all = await run(store, { format: "jsonl", status: "all", minScore: "0" });
    const high = await run(store, { format: "jsonl", status: "all", minScore: "0.98" });
    expect(high.report.units).to.be.lessThan(all.report.units);
    for (const line of high.text.trimEnd().split("\n")) expect((JSON.parse(line) as { score: number }).score).to.be.at.least(0.98);
    const clean = await run(store, { format: "jsonl", status: "all", minScore: "0", findings: "without" });
    expect(clean.report.findingsSkipped).to.equal(2);
    expect(clean.report.units).to.equal(all.report.units - 2);
    expect((await run(store, { format: "jsonl", status: "all", documents: "999" })).report.units).to.equal(0);
    expect((await run(store, { format: "jsonl", status: "all", since: "2017-10-10", until: "2017-10-10" })).report.units).to.equal(all.report.units);
    expect((await run(store, { format: "jsonl", status: "all", since: "2018-01-01" })).report.units).to.equal(0);
  });

  it("exports sentence pairs at sentence granularity", async () => {
    const paragraphs = await run(store, { format: "tmx", status: "all" });
    const sentences = await run(store, { format: "tmx", status: "all", granularity: "sentence" });
    expect(sentences.report.units).to.be.greaterThan(paragraphs.report.units);
    expect(sentences.text).to.include('segtype="sentence"');
  });

  it("refuses choices it cannot honour with an error code", () => {
    const codes: [RawChoices, string][] = [
      [{ format: "docx" }, "unknown-format"], [{ format: "tmx", since: "2024-02-30" }, "bad-date"], [{ format: "tmx", minScore: "2" }, "bad-score"],
      [{ format: "tmx", documents: "1,x" }, "bad-documents"], [{ format: "tmx", granularity: "word" }, "bad-choice"],
    ];
    for (const [raw, code] of codes) expect(() => parseChoices(raw), code).to.throw(ExportError).with.property("code", code);
  });

  for (const status of ["confirmed", "all"]) {
    for (const oneSidedPolicy of ["skip", "empty"]) {
      for (const granularity of ["paragraph", "sentence"]) {
        const label = `status ${status}, one-sided ${oneSidedPolicy}, ${granularity}`;
        it(`validates the TMX and XLIFF exports (${label}) with xmllint and reads them with Translate Toolkit`, async function () {
          sharedOrSkip(this, SCHEMA_PURPOSE, ["schemas"]);
          for (const format of ["tmx", "xliff"] as const) {
            const { text, report } = await run(store, { format, status, oneSided: oneSidedPolicy, granularity });
            const path = join(dir, `sample-${status}-${oneSidedPolicy}-${granularity}.${format}`);
            writeFileSync(path, text);
            const valid = format === "tmx" ? validateTmx(path) : validateXliff(path);
            expect(valid.ok, `${format} ${label}: ${valid.output}`).to.equal(true);
            const jsonl = await run(store, { format: "jsonl", status, oneSided: oneSidedPolicy, granularity });
            const expected = jsonl.text.trimEnd().split("\n").map((l) => (JSON.parse(l) as { translation: { en: string; ar: string } }).translation);
            const units = readWithTranslateToolkit(format, path);
            expect(units.length, format).to.equal(report.units);
            expect(units.map((u) => ({ en: u.source, ar: u.target })), format).to.deep.equal(expected);
          }
        });
      }
    }
  }
});
