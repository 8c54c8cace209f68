/**
 * Exports a reviewer can trace, end to end through the real server: a translator merges two rows
 * in the alignment view, then downloads the corpus; every unit id is `<document>-<row>` with the
 * row number the page shows after the merge, and the boilerplate rows of the sample are left out
 * unless the export page's checkbox keeps them (the page's count says how many were left out).
 */
import { expect } from "chai";
import { startServer, type TestServer } from "../helpers/server.js";
import type { Client } from "../helpers/client.js";
import type { BeadRecord } from "../../server/store/types.js";

/** The radio value the alignment view gives row `index` (0-based), as editor.test.ts builds it. */
function target(beads: BeadRecord[], index: number): string {
  const b = beads[index]!;
  const prev = beads[index - 1];
  const next = beads[index + 1];
  return `${b.id}:${b.version}:${prev?.id ?? ""}:${prev?.version ?? ""}:${next?.id ?? ""}:${next?.version ?? ""}`;
}

/** Text as handlebars writes it into the page. */
function asHtml(text: string): string {
  const map: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;", "`": "&#x60;", "=": "&#x3D;" };
  return text.replace(/[&<>"'`=]/gu, (c) => map[c] ?? c);
}

type ExportedRecord = { id: string; translation: { en: string; ar: string }; status: string; score: number };

describe("exports a reviewer can trace (real server, real database file)", function () {
  this.timeout(120000);
  let server: TestServer;
  let translator: Client;
  before(async () => {
    server = await startServer();
    translator = await server.as("translator");
  });
  after(async () => {
    await server.stop();
  });

  async function download(query: string): Promise<ExportedRecord[]> {
    const res = await translator.get(`/exports/download?${query}`);
    expect(res.status, res.body_).to.equal(200);
    return res.body_.trimEnd().split("\n").filter((l) => l !== "").map((l) => JSON.parse(l) as ExportedRecord);
  }

  it("names every unit with the row number the page shows after a merge renumbered the rows", async () => {
    const before = server.store.getBeads(1);
    await translator.get("/documents/1");
    const merged = await translator.postForm("/documents/1/align", { op: "merge", target: target(before, 3) });
    expect(merged.status).to.equal(303);
    const page = (await translator.get("/documents/1?show=all&lang=en")).body_;
    const rowsOnScreen = [...page.matchAll(/<section class="row [^"]*" id="row-(\d+)"[\s\S]*?<\/section>/gu)].map((m) => ({ number: Number(m[1]), html: m[0] }));
    expect(rowsOnScreen.length).to.equal(before.length - 1);

    const records = await download("format=jsonl&status=all&minScore=0&oneSided=empty&boilerplate=keep");
    expect(records.length).to.equal(rowsOnScreen.length);
    for (const record of records) {
      const match = /^1-(\d+)$/u.exec(record.id);
      expect(match, record.id).to.not.equal(null);
      const row = rowsOnScreen.find((r) => r.number === Number(match![1]));
      expect(row, record.id).to.not.equal(undefined);
      for (const paragraph of [...record.translation.en.split("\n"), ...record.translation.ar.split("\n")].filter((p) => p !== "")) {
        expect(row!.html, `${record.id}: ${paragraph}`).to.include(asHtml(paragraph.slice(0, 40)));
      }
    }
    // Row 5 is the sixth bead the importer made: the merge moved it up, and its id says 5, not 6.
    const sixth = server.store.getParagraphs(1, "en").filter((p) => before[5]!.paragraphIds?.en.includes(p.id)).map((p) => p.text).join("\n");
    expect(records.find((r) => r.id === "1-5")?.translation.en).to.equal(sixth);
  });

  it("leaves the sample's boilerplate rows out of the download by default, counts them on the page, and keeps them when the box is ticked", async () => {
    const form = (await translator.get("/exports")).body_;
    expect(form).to.match(/<input type="checkbox" name="boilerplate" value="keep">/u);
    // Rows whose every paragraph the importer tagged as boilerplate (appeals, "read also" …).
    const tagged = (b: BeadRecord) => [...(b.paragraphIds?.en ?? []), ...(b.paragraphIds?.ar ?? [])].every((id) => server.store.getParagraph(id)?.boilerplate);
    const boilerplateRows = server.store.getBeads(1).map((b, k) => ({ b, row: k + 1 })).filter(({ b }) => tagged(b)).map(({ row }) => `1-${row}`);
    expect(boilerplateRows.length).to.be.greaterThan(0);
    const left = await download("format=jsonl&status=all&minScore=0&oneSided=empty");
    const kept = await download("format=jsonl&status=all&minScore=0&oneSided=empty&boilerplate=keep");
    for (const id of boilerplateRows) {
      expect(left.map((r) => r.id), id).to.not.include(id);
      expect(kept.map((r) => r.id), id).to.include(id);
    }
    const preview = (await translator.get("/exports?preview=1&format=jsonl&status=all&minScore=0&oneSided=empty")).body_;
    expect(preview).to.include(`Left out ${kept.length - left.length} boilerplate pair`);
    const keptPreview = (await translator.get("/exports?preview=1&format=jsonl&status=all&minScore=0&oneSided=empty&boilerplate=keep")).body_;
    expect(keptPreview).to.not.include("boilerplate pair");
    expect(keptPreview).to.match(/<input type="checkbox" name="boilerplate" value="keep" checked>/u);
  });
});
