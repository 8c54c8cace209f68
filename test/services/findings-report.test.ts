/**
 * The findings report on a real database file: the CSV (every finding the filter matches, across
 * chunks; RFC 4180 quoting; formulas defused) and the printable page's lines.
 */
import { expect } from "chai";
import { PassThrough } from "node:stream";
import { openSqliteStore } from "../../server/store/sqlite-store.js";
import { importArticle } from "../../server/services/import-article.js";
import { refreshFindings } from "../../server/services/document-checks.js";
import { CSV_CHUNK, printableReport, writeFindingsCsv } from "../../server/services/findings-report.js";
import { readGridFilter } from "../../server/services/findings-view.js";
import { translatorFor } from "../../server/i18n/translate.js";
import type { FindingInput } from "../../server/store/types.js";
import { tempDbPath } from "../helpers/temp.js";

const AR = "قال المتحدث إن الهيئة العليا للمفاوضات ستجتمع مجددًا.\n";
const EN = "=HYPERLINK(\"evil\") said the \"tow\" sides, agreed.\n";

/** Parses RFC 4180 CSV (quoted fields with doubled quotes, CRLF records). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let k = 0; k < text.length; k++) {
    const c = text[k]!;
    if (quoted) {
      if (c === '"' && text[k + 1] === '"') { cell += '"'; k++; }
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") { row.push(cell); cell = ""; }
    else if (c === "\r" && text[k + 1] === "\n") { row.push(cell); rows.push(row); row = []; cell = ""; k++; }
    else cell += c;
  }
  return rows;
}

describe("findings report (real database file)", () => {
  it("writes every matching finding as CSV, quoted, formulas defused, across chunks", async () => {
    const store = openSqliteStore(tempDbPath());
    const { id } = await importArticle(store, { en: { bytes: Buffer.from(EN), name: "en.txt" }, ar: { bytes: Buffer.from(AR), name: "ar.txt" } }, { title: "-Talks, \"quoted\"" }, "tester", { dictionary: false });
    const paragraph = store.getParagraphs(id, "en")[0]!;
    const bead = store.getBeads(id)[0]!;
    // More findings than one chunk, so the writer pages through them.
    const findings: FindingInput[] = Array.from({ length: CSV_CHUNK + 3 }, (_, k) => ({
      beadId: bead.id, paragraphId: paragraph.id, checkId: k === 0 ? "real-word" : "spelling", severity: "warning", side: "en",
      start: k === 0 ? 0 : 29, end: k === 0 ? 18 : 32, params: {}, suggestion: k === 0 ? "@SUM(A1)" : "two", textHash: "h", excerpt: k === 0 ? paragraph.text.slice(0, 18) : "tow",
    }));
    store.replaceFindings(id, findings, store.getDocument(id)!.version);
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on("data", (c: Buffer) => chunks.push(c));
    const written = await writeFindingsCsv(store, readGridFilter({}), translatorFor("en"), "en", out);
    out.end();
    expect(written).to.equal(CSV_CHUNK + 3);
    const rows = parseCsv(Buffer.concat(chunks).toString("utf8"));
    expect(rows).to.have.length(CSV_CHUNK + 4);
    const header = rows[0]!;
    expect(header.slice(0, 4)).to.deep.equal(["Document", "Document id", "Row", "Side"]);
    const first = rows[1]!;
    const at = (name: string) => first[header.indexOf(name)];
    expect(at("Document"), "a title starting with - is defused").to.equal("'-Talks, \"quoted\"");
    expect(at("Text")).to.equal("'=HYPERLINK(\"evil\")");
    expect(at("Suggestion")).to.equal("'@SUM(A1)");
    expect(at("Row")).to.equal("1");
    expect(at("Link")).to.equal(`/documents/${id}?row=1#row-1`);
    expect(rows[2]![header.indexOf("Sentence")]).to.equal("'=HYPERLINK(\"evil\") said the \"tow\" sides, agreed.");
    expect(rows.every((r) => r.length === header.length)).to.equal(true);

    const only = parseCsv(await new Promise<string>((resolve) => {
      const sink = new PassThrough();
      const parts: Buffer[] = [];
      sink.on("data", (c: Buffer) => parts.push(c));
      void writeFindingsCsv(store, readGridFilter({ check: "real-word" }), translatorFor("ar"), "ar", sink).then(() => resolve(Buffer.concat(parts).toString("utf8")));
    }));
    expect(only).to.have.length(2);
    expect(only[0]![0]).to.equal("المستند");

    const report = printableReport(store, readGridFilter({}), translatorFor("en"), "en");
    expect(report.total).to.equal(CSV_CHUNK + 3);
    expect(report.shown).to.equal(CSV_CHUNK + 3);
    expect(report.more).to.equal(false);
    store.close();
  });
});
