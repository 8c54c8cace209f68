import { expect } from "chai";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "../../../server/paths.js";
import { EXPORTERS, exporterFor } from "../../../server/domain/export/registry.js";
import { readExchange } from "../../../server/domain/exchange-import/read-exchange.js";
import { jsonl } from "../../../server/domain/export/jsonl.js";
import { tempDir } from "../../helpers/temp.js";
import { GOLDEN_UNITS, goldenCorpus, TextSink } from "./sample-units.js";
import { readWithTranslateToolkit, SCHEMA_PURPOSE, validateTmx, validateXliff } from "./validators.js";
import { sharedOrSkip } from "../../helpers/shared.js";

const GOLDEN_DIR = join(ROOT, "test", "domain", "export", "golden");
const UPDATE = process.env.MIZAN_UPDATE_GOLDEN === "1";

/** Every format's output for the golden corpus, by file name (Moses gives two files). */
async function renderAll(): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const exporter of EXPORTERS) {
    if (exporter.kind === "single") {
      const out = new TextSink();
      await exporter.write(goldenCorpus(), out, { bom: exporter.id === "csv" });
      files.set(`golden.${exporter.extension}`, out.text);
    } else {
      const en = new TextSink();
      const ar = new TextSink();
      await exporter.write(goldenCorpus(GOLDEN_UNITS.filter((u) => u.en.length > 0 && u.ar.length > 0)), { en, ar });
      files.set(`golden.${exporter.extension.en}`, en.text);
      files.set(`golden.${exporter.extension.ar}`, ar.text);
    }
  }
  return files;
}

describe("export formats (golden files)", () => {
  let rendered: Map<string, string>;
  before(async () => {
    rendered = await renderAll();
    if (UPDATE) for (const [name, text] of rendered) writeFileSync(join(GOLDEN_DIR, name), text);
  });

  it("has a unique permanent id and an extension for every exporter", () => {
    const ids = EXPORTERS.map((e) => e.id);
    expect(new Set(ids).size).to.equal(ids.length);
    expect(ids).to.deep.equal(["tmx", "xliff", "xliff2", "tsv", "csv", "jsonl", "moses"]);
    expect(exporterFor("nope")).to.equal(null);
  });

  for (const name of ["golden.tmx", "golden.xlf", "golden.xliff", "golden.tsv", "golden.csv", "golden.jsonl", "golden.en", "golden.ar"]) {
    it(`writes ${name} exactly as the golden file`, () => {
      const path = join(GOLDEN_DIR, name);
      expect(existsSync(path), `${path} (run with MIZAN_UPDATE_GOLDEN=1 to create)`).to.equal(true);
      expect(rendered.get(name)).to.equal(readFileSync(path, "utf8"));
    });
  }

  it("validates the golden TMX against the TMX 1.4b DTD and the XLIFF against the 1.2 strict schema", function () {
    sharedOrSkip(this, SCHEMA_PURPOSE, ["schemas"]);
    const tmx = validateTmx(join(GOLDEN_DIR, "golden.tmx"));
    expect(tmx.ok, tmx.output).to.equal(true);
    const xlf = validateXliff(join(GOLDEN_DIR, "golden.xlf"));
    expect(xlf.ok, xlf.output).to.equal(true);
  });

  it("is read back by Translate Toolkit with the same units and text (control characters removed)", () => {
    const expected = GOLDEN_UNITS.map((u) => ({ source: u.en.join("\n").replace(/[\u0001\u0007]/gu, ""), target: u.ar.join("\n") }));
    for (const kind of ["tmx", "xliff"] as const) {
      const units = readWithTranslateToolkit(kind, join(GOLDEN_DIR, kind === "tmx" ? "golden.tmx" : "golden.xlf"));
      expect(units.map((u) => ({ source: u.source, target: u.target })), kind).to.deep.equal(expected);
    }
    const xliffUnits = readWithTranslateToolkit("xliff", join(GOLDEN_DIR, "golden.xlf"));
    expect(xliffUnits[1]?.notes).to.include("2 open findings");
  });

  it("writes XLIFF state from the status and one file element per document", () => {
    const xlf = rendered.get("golden.xlf") ?? "";
    expect(xlf.match(/<file /gu)?.length).to.equal(2);
    expect(xlf).to.match(/<trans-unit id="1-1" approved="yes"[^>]*>\s*<source[^>]*>[^<]*<\/source>\s*<target xml:lang="ar" state="final">/u);
    expect(xlf).to.match(/<trans-unit id="1-2" xml:space="preserve">[\s\S]*?state="needs-review-translation"/u);
    const x2 = rendered.get("golden.xliff") ?? "";
    expect(x2).to.include('state="translated"').and.include('state="final"');
  });

  it("reads XLIFF 2.0 back with mizan's importer: same pairs per document", () => {
    const file = readExchange(Buffer.from(rendered.get("golden.xliff") ?? ""), "golden.xliff");
    expect(file.format).to.equal("xliff2");
    expect(file.documents.map((d) => d.title)).to.deep.equal(["Talks & \"truce\" <Homs>", "Second story"]);
    expect(file.documents.flatMap((d) => d.pairs.map((p) => [p.en, p.ar]))).to.deep.equal(
      GOLDEN_UNITS.map((u) => [u.en.map((t) => t.replace(/[\u0001\u0007]/gu, "")), u.ar]),
    );
  });

  it("writes CSV with a byte order mark on request, CRLF rows and defused formulas", () => {
    const csv = rendered.get("golden.csv") ?? "";
    expect(csv.startsWith("\uFEFFdocument_id,")).to.equal(true);
    expect(csv).to.include(`"'=SUM(A1) was typed\tby a reader\nand a second paragraph"`);
    expect(csv).to.include(",'-5 degrees in Aleppo,'-٥ درجات في حلب\r\n");
    expect(rendered.get("golden.tsv")?.startsWith("document_id\t")).to.equal(true);
  });

  it("writes JSONL with text, document, status, score, signals and findings", () => {
    const lines = (rendered.get("golden.jsonl") ?? "").trimEnd().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).to.have.length(GOLDEN_UNITS.length);
    expect(lines[1]).to.deep.include({ id: "1-2", status: "auto", score: 0.42, findings: 2 });
    expect(lines[1]?.translation).to.deep.equal({ en: "=SUM(A1) was typed\tby a reader\nand a second paragraph", ar: "\u200Fكتب قارئ =SUM(A1)\u200F" });
    expect(lines[2]?.signals).to.deep.equal({ shape: "1-1", numbersShared: ["3"] });
    expect(lines[0]?.document).to.deep.equal({ id: 1, title: "Talks & \"truce\" <Homs>", published: "2017-10-10" });
    expect(jsonl.allowsEmptySide).to.equal(true);
  });

  it("writes Moses files line-aligned, one line per unit, newlines flattened", () => {
    const en = (rendered.get("golden.en") ?? "").split("\n");
    const ar = (rendered.get("golden.ar") ?? "").split("\n");
    expect(en.length).to.equal(ar.length);
    expect(en[1]).to.equal("=SUM(A1) was typed\tby a reader and a second paragraph");
    expect(exporterFor("moses")?.allowsEmptySide).to.equal(false);
  });

  // One traced unit (a sentence of row 12 of document 5, rejected, score 0.37) through every format:
  // where each one writes the unit id, the row status and the score (Moses has no place for them).
  const TRACED = { ...GOLDEN_UNITS[0]!, id: "5-12.2", documentId: 5, row: 12, sentence: 1, status: "rejected" as const, score: 0.37 };
  const TRACE_TABLE: [string, (text: string) => { id: string | null; status: string | null; score: string | null }][] = [
    ["tmx", (t) => ({ id: /<tu tuid="([^"]*)">/u.exec(t)?.[1] ?? null, status: /<prop type="x-status">([^<]*)</u.exec(t)?.[1] ?? null, score: /<prop type="x-score">([^<]*)</u.exec(t)?.[1] ?? null })],
    ["xliff", (t) => ({ id: /<trans-unit id="([^"]*)"/u.exec(t)?.[1] ?? null, status: /<note from="mizan-status">([^<]*)</u.exec(t)?.[1] ?? null, score: /<note from="mizan-score">([^<]*)</u.exec(t)?.[1] ?? null })],
    ["xliff2", (t) => ({ id: /<unit id="u([^"]*)"/u.exec(t)?.[1] ?? null, status: /<note category="mizan-status">([^<]*)</u.exec(t)?.[1] ?? null, score: /<note category="mizan-score">([^<]*)</u.exec(t)?.[1] ?? null })],
    ...(["tsv", "csv"] as const).map((format): [string, (text: string) => { id: string | null; status: string | null; score: string | null }] => [format, (t) => {
      const [header, row] = t.trimEnd().split("\r\n").map((line) => line.split(format === "tsv" ? "\t" : ","));
      const cell = (name: string) => row?.[header?.indexOf(name) ?? -1] ?? null;
      return { id: cell("unit_id"), status: cell("status"), score: cell("score") };
    }]),
    ["jsonl", (t) => {
      const record = JSON.parse(t) as { id: string; status: string; score: number };
      return { id: record.id, status: record.status, score: String(record.score) };
    }],
  ];
  for (const [format, read] of TRACE_TABLE) {
    it(`writes the unit id <document>-<row>.<sentence>, the row status and the score in ${format}`, async () => {
      const exporter = exporterFor(format);
      if (exporter?.kind !== "single") throw new Error(`${format} is a one-file format`);
      const out = new TextSink();
      await exporter.write(goldenCorpus([TRACED]), out);
      expect(read(out.text)).to.deep.equal({ id: "5-12.2", status: "rejected", score: "0.37" });
    });
  }

  it("validates a traced sentence unit (rejected, with its score) in TMX and XLIFF against their schemas", async function () {
    sharedOrSkip(this, SCHEMA_PURPOSE, ["schemas"]);
    const dir = tempDir();
    for (const [format, file] of [["tmx", "traced.tmx"], ["xliff", "traced.xlf"]] as const) {
      const out = new TextSink();
      const exporter = exporterFor(format);
      if (exporter?.kind !== "single") throw new Error(format);
      await exporter.write(goldenCorpus([TRACED, { ...TRACED, id: "5-13", row: 13, sentence: null, status: "auto", score: 0.8 }]), out);
      writeFileSync(join(dir, file), out.text);
      const valid = format === "tmx" ? validateTmx(join(dir, file)) : validateXliff(join(dir, file));
      expect(valid.ok, valid.output).to.equal(true);
    }
  });

  it("writes Moses without ids, status or score: only the text, one line per unit", async () => {
    const en = new TextSink();
    const ar = new TextSink();
    const moses = exporterFor("moses");
    if (moses?.kind !== "parallel") throw new Error("moses writes two files");
    await moses.write(goldenCorpus([TRACED]), { en, ar });
    expect(en.text).to.equal(`${TRACED.en[0]}\n`);
    expect(ar.text).to.equal(`${TRACED.ar[0]}\n`);
  });

  it("validates an empty TMX and XLIFF export", async function () {
    sharedOrSkip(this, SCHEMA_PURPOSE, ["schemas"]);
    const dir = tempDir();
    for (const id of ["tmx", "xliff"]) {
      const exporter = exporterFor(id);
      if (exporter?.kind !== "single") throw new Error(id);
      const out = new TextSink();
      await exporter.write(goldenCorpus([]), out);
      const path = join(dir, `empty.${exporter.extension}`);
      writeFileSync(path, out.text);
      const result = id === "tmx" ? validateTmx(path) : validateXliff(path);
      expect(result.ok, result.output).to.equal(true);
    }
  });
});
