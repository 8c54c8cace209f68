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
import { EXPORTERS } from "../../server/domain/export/registry.js";
import { readExchange } from "../../server/domain/exchange-import/read-exchange.js";
import { buildAlignmentView } from "../../server/services/alignment-view.js";
import { performAlignment } from "../../server/services/review.js";

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
  let beads: { id: number; position: number; status: string; score: number; en: number; ar: number; boilerplate: number }[];
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
        (SELECT COUNT(*) FROM bead_paragraphs bp JOIN paragraphs p ON p.id = bp.paragraph_id WHERE bp.bead_id = b.id AND p.side = 'ar') AS ar,
        (SELECT COUNT(*) = SUM(p.boilerplate IS NOT NULL) FROM bead_paragraphs bp JOIN paragraphs p ON p.id = bp.paragraph_id WHERE bp.bead_id = b.id) AS boilerplate
      FROM beads b ORDER BY b.position`).all() as typeof beads;
    // The importer tagged some one-sided paragraphs of the sample as boilerplate (appeals, "read also").
    expect(beads.filter((b) => b.boilerplate === 1).length).to.be.greaterThan(0);
  });
  after(() => store.close());

  /** Beads that an export without `boilerplate: keep` reads (boilerplate is left out first). */
  const count = (pred: (b: (typeof beads)[number]) => boolean) => beads.filter((b) => b.boilerplate === 0 && pred(b)).length;
  const countWithBoilerplate = (pred: (b: (typeof beads)[number]) => boolean) => beads.filter(pred).length;
  const oneSided = (b: (typeof beads)[number]) => b.en === 0 || b.ar === 0;

  it("exports confirmed pairs by default, leaving one-sided ones out and counting them", async () => {
    const { report } = await run(store, { format: "jsonl" });
    expect(report.units).to.equal(count((b) => b.status === "confirmed" && !oneSided(b)));
    expect(report.oneSidedSkipped).to.equal(count((b) => b.status === "confirmed" && oneSided(b))).and.be.greaterThan(0);
    expect(report.pairs).to.equal(countWithBoilerplate((b) => b.status === "confirmed"));
    expect(report.boilerplateSkipped).to.equal(countWithBoilerplate((b) => b.status === "confirmed" && b.boilerplate === 1));
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
    const all = await run(store, { format: "jsonl", status: "all", minScore: "0", oneSided: "empty", rejected: "include", boilerplate: "keep" });
    expect(all.report.units).to.equal(beads.length);
    expect(records(all.text).filter((r) => r.status === "rejected").map((r) => r.id)).to.deep.equal([`1-${beads.indexOf(rejected[0]!) + 1}`]);
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

  /** The exported text of every unit id (JSONL), in file order. */
  const idsOf = (text: string) => text.trimEnd().split("\n").map((l) => JSON.parse(l) as { id: string; translation: { en: string; ar: string } });

  it("names each unit <document>-<row> with the row number the alignment view shows, also after a merge renumbers the rows", async () => {
    const merged = openSqliteStore(tempDbPath());
    const [documentId] = await loadSampleCorpus(merged);
    const before = merged.getBeads(documentId!);
    // Rows 4 and 5 become one row: every row after them moves up by one.
    performAlignment(merged, documentId!, { op: "merge", bead: before[3]!.id, version: before[3]!.version, neighbour: { id: before[4]!.id, version: before[4]!.version } }, { name: "admin", role: "admin" });
    const view = buildAlignmentView(merged, documentId!, { show: "all" });
    expect(view?.rows.length).to.equal(before.length - 1);
    const onScreen = new Map((view?.rows ?? []).map((r) => [`${documentId}-${r.number}`, { en: r.en.map((p) => p.text).join("\n"), ar: r.ar.map((p) => p.text).join("\n") }]));
    const { text } = await run(merged, { format: "jsonl", status: "all", minScore: "0", oneSided: "empty", boilerplate: "keep" });
    const records = idsOf(text);
    expect(records.length).to.equal(onScreen.size);
    for (const r of records) expect(r.translation, r.id).to.deep.equal(onScreen.get(r.id));
    // The row after the merged one is row 5 now, although its bead is the sixth one made by the importer.
    expect(records.find((r) => r.id === `${documentId}-5`)?.translation.en).to.equal(merged.getParagraphs(documentId!, "en").filter((p) => before[5]!.paragraphIds?.en.includes(p.id)).map((p) => p.text).join("\n"));
    // A filter (only some rows) keeps the numbers of the screen, not positions in the file.
    const high = idsOf((await run(merged, { format: "jsonl", status: "all", minScore: "0.9" })).text);
    for (const r of high) expect(r.translation, r.id).to.deep.equal(onScreen.get(r.id));
    expect(high.length).to.be.lessThan(records.length);
    // Sentence units are <document>-<row>.<sentence>, the sentences of a row numbered from 1.
    const sentences = idsOf((await run(merged, { format: "jsonl", status: "all", minScore: "0", granularity: "sentence" })).text);
    const byRow = new Map<string, number[]>();
    for (const r of sentences) {
      const match = /^(\d+-\d+)\.(\d+)$/u.exec(r.id);
      expect(match, r.id).to.not.equal(null);
      expect(onScreen.has(match![1]!), r.id).to.equal(true);
      byRow.set(match![1]!, [...(byRow.get(match![1]!) ?? []), Number(match![2])]);
    }
    for (const [row, numbers] of byRow) expect(numbers, row).to.deep.equal(numbers.map((_, k) => k + 1));
    expect([...byRow.values()].some((n) => n.length > 1)).to.equal(true);
    merged.close();
  });

  it("leaves boilerplate out of every format by default (counted) and keeps it on request", async () => {
    const boilerplateRows = beads.map((b, k) => ({ b, id: `1-${k + 1}` })).filter(({ b }) => b.boilerplate === 1 && b.status !== "rejected").map(({ id }) => id);
    expect(boilerplateRows.length).to.be.greaterThan(0);
    const mentions = (text: string, id: string) => new RegExp(`(?<![\\d.])${id}(?![\\d.])`, "u").test(text);
    for (const exporter of EXPORTERS) {
      const base: RawChoices = { format: exporter.id, status: "all", minScore: "0", oneSided: "empty" };
      const left = await run(store, base);
      const kept = await run(store, { ...base, boilerplate: "keep" });
      expect(left.report.boilerplateSkipped, exporter.id).to.equal(boilerplateRows.length);
      expect(kept.report.boilerplateSkipped, exporter.id).to.equal(0);
      if (exporter.kind === "parallel") {
        // Moses has neither ids nor room for an empty side: boilerplate is one-sided here, so it is not written either way.
        expect(kept.report.units, exporter.id).to.equal(left.report.units);
        continue;
      }
      for (const id of boilerplateRows) {
        expect(mentions(left.text, id), `${exporter.id} ${id} left out`).to.equal(false);
        expect(mentions(kept.text, id), `${exporter.id} ${id} kept`).to.equal(true);
      }
      expect(kept.report.units - left.report.units, exporter.id).to.equal(boilerplateRows.length);
    }
  });

  it("reads its own TMX back: the same pairs, scores and rejected marks, whose status and score are in x-status and x-score", async () => {
    const { text, report } = await run(store, { format: "tmx", status: "all", minScore: "0", oneSided: "empty", rejected: "include", boilerplate: "keep" });
    expect(text).to.include('<prop type="x-status">rejected</prop>').and.include('<prop type="x-score">');
    const file = readExchange(Buffer.from(text), "sample.tmx");
    expect(file.format).to.equal("tmx");
    const pairs = file.documents.flatMap((d) => d.pairs);
    expect(pairs.length).to.equal(report.units);
    const jsonl = (await run(store, { format: "jsonl", status: "all", minScore: "0", oneSided: "empty", rejected: "include", boilerplate: "keep" })).text;
    const expected = jsonl.trimEnd().split("\n").map((l) => JSON.parse(l) as { translation: { en: string; ar: string }; status: string; score: number });
    expect(pairs.map((p) => ({ en: p.en.join("\n"), ar: p.ar.join("\n"), score: p.score, rejected: p.rejected === true })))
      .to.deep.equal(expected.map((r) => ({ en: r.translation.en, ar: r.translation.ar, score: r.score, rejected: r.status === "rejected" })));
  });

  it("refuses choices it cannot honour with an error code", () => {
    const codes: [RawChoices, string][] = [
      [{ format: "docx" }, "unknown-format"], [{ format: "tmx", since: "2024-02-30" }, "bad-date"], [{ format: "tmx", minScore: "2" }, "bad-score"],
      [{ format: "tmx", documents: "1,x" }, "bad-documents"], [{ format: "tmx", granularity: "word" }, "bad-choice"],
      [{ format: "tmx", boilerplate: "yes" }, "bad-choice"],
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

  for (const granularity of ["paragraph", "sentence"]) {
    it(`validates TMX and XLIFF with rejected rows and boilerplate kept (${granularity}): sentence ids, x-status, x-score and status notes`, async function () {
      sharedOrSkip(this, SCHEMA_PURPOSE, ["schemas"]);
      const raw: RawChoices = { status: "all", minScore: "0", oneSided: "empty", rejected: "include", boilerplate: "keep", granularity };
      for (const format of ["tmx", "xliff"] as const) {
        const { text, report } = await run(store, { ...raw, format });
        const path = join(dir, `sample-traced-${granularity}.${format}`);
        writeFileSync(path, text);
        const valid = format === "tmx" ? validateTmx(path) : validateXliff(path);
        expect(valid.ok, `${format} ${granularity}: ${valid.output}`).to.equal(true);
        const ids = [...text.matchAll(format === "tmx" ? /<tu tuid="([^"]+)">/gu : /<trans-unit id="([^"]+)"/gu)].map((m) => m[1]);
        expect(ids.length, format).to.equal(report.units);
        for (const id of ids) expect(id, format).to.match(granularity === "sentence" ? /^1-\d+(\.\d+)?$/u : /^1-\d+$/u);
        expect(text, format).to.include(format === "tmx" ? '<prop type="x-status">rejected</prop>' : '<note from="mizan-status">rejected</note>');
        expect((text.match(format === "tmx" ? /<prop type="x-score">/gu : /<note from="mizan-score">/gu) ?? []).length, format).to.equal(report.units);
      }
    });
  }
});
