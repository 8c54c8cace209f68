import { expect } from "chai";
import { startServer, type TestServer } from "../helpers/server.js";
import type { Client } from "../helpers/client.js";
import type { FindingRecord } from "../../server/store/types.js";

describe("findings in the editor (real server)", () => {
  let server: TestServer;
  let editor: Client;
  before(async () => {
    server = await startServer();
    editor = await server.as("copy-editor");
    // Findings are computed in the background, never by a page view: wait for them.
    await server.findingsSettled();
  });
  after(async () => {
    await server.stop();
  });

  const paragraphStarting = (prefix: string) => server.store.getParagraphs(1, "en").find((p) => p.text.startsWith(prefix))!;

  it("highlights findings in the text with their message, and counts them on the corpus page", async () => {
    const page = await editor.get("/documents/1");
    expect(page.body_).to.match(/<mark class="finding severity-warning" data-finding="\d+" title="[^"]*tow[^"]*">tow side<\/mark>/u);
    expect(page.body_).to.match(/<mark class="finding severity-error"[^>]*>Ahrar al-Cham<\/mark>/u);
    const corpus = await editor.get("/");
    expect(corpus.body_).to.match(/<a href="\/findings\?document=1">\d+<\/a>/u);
  });

  it("applies a fix in one click as an ordinary edit: revision, diff, undo", async () => {
    const finding = server.store.listFindings({ documentId: 1, checkId: "real-word" })[0]!;
    await editor.get("/documents/1");
    const res = await editor.postForm(`/findings/${finding.id}/apply`, {});
    expect(res.status).to.equal(303);
    expect(paragraphStarting("The two sides agreed")).to.not.equal(undefined);
    const history = server.store.getHistory(1).filter((h) => h.kind === "text");
    expect(history[history.length - 1]?.action).to.equal("fix:real-word");
    const undo = await editor.json("POST", "/api/documents/1/undo", {});
    expect(undo.status).to.equal(200);
    expect(paragraphStarting("The tow side agreed")).to.not.equal(undefined);
    await server.findingsSettled();
  });

  it("dismisses a finding until the paragraph's text changes", async () => {
    await editor.get("/documents/1");
    const finding = server.store.listFindings({ documentId: 1, checkId: "repeated-word" })[0]!;
    const res = await editor.json("POST", `/api/findings/${finding.id}/dismiss`, {});
    expect(res.status).to.equal(200);
    await editor.get("/documents/1");
    expect(server.store.listFindings({ documentId: 1, checkId: "repeated-word" })).to.have.length(0);
    // Edit the paragraph elsewhere: the dismissal lapses and the finding is back.
    const paragraph = server.store.getParagraph(finding.paragraphId!)!;
    await editor.json("PUT", `/api/paragraphs/${paragraph.id}`, { text: `${paragraph.text} `.trimEnd() + " Indeed.", version: paragraph.version });
    await server.findingsSettled();
    expect(server.store.listFindings({ documentId: 1, checkId: "repeated-word" })).to.have.length(1);
  });

  it("answers a fix and a dismissal with only the finding's row, and says there what was fixed or dismissed", async () => {
    await server.findingsSettled();
    type RowsAnswer = { message: string; current: number | null; changes: { rows: { bead: number; html: string }[]; removed: number[]; order: number[] } };
    const rowOf = (paragraphId: number | null) => server.store.getBeads(1).findIndex((b) => [...(b.paragraphIds?.en ?? []), ...(b.paragraphIds?.ar ?? [])].includes(paragraphId ?? -1));
    const fix = server.store.listFindings({ documentId: 1, checkId: "real-word" })[0]!;
    const fixRow = rowOf(fix.paragraphId);
    const fixBead = server.store.getBeads(1)[fixRow]!.id;
    const fixed = await editor.json("POST", `/api/findings/${fix.id}/apply`, {});
    expect(fixed.status).to.equal(200);
    const answer = fixed.data as unknown as RowsAnswer;
    expect(answer.current).to.equal(fixBead);
    expect(answer.message).to.equal(`Fixed (Wrong word): “${fix.excerpt}” → “${fix.suggestion}”, row ${fixRow + 1}.`);
    const neighbours = [fixRow - 1, fixRow, fixRow + 1].map((k) => server.store.getBeads(1)[k]?.id);
    expect(answer.changes.rows.map((r) => r.bead)).to.include(fixBead);
    expect(answer.changes.rows.every((r) => neighbours.includes(r.bead)), "only the fixed row and the neighbours naming it").to.equal(true);
    const newText = server.store.getParagraph(fix.paragraphId!)!.text;
    expect(answer.changes.rows.find((r) => r.bead === fixBead)!.html).to.include(newText.slice(0, 20));
    expect(answer.changes.removed).to.deep.equal([]);
    expect((await editor.json("POST", "/api/documents/1/undo", {})).status).to.equal(200);
    await server.findingsSettled();

    const other = server.store.listFindings({ documentId: 1 }).find((f) => f.side === "en" && f.checkId !== "real-word")!;
    const otherRow = rowOf(other.paragraphId);
    expect((await editor.get("/documents/1")).body_).to.include(`data-finding="${other.id}"`);
    const dismissed = await editor.json("POST", `/api/findings/${other.id}/dismiss`, {});
    expect(dismissed.status).to.equal(200);
    const gone = dismissed.data as unknown as RowsAnswer;
    // A dismissal moves no version: the answer names the finding's row itself, and only it.
    expect(gone.changes.rows.map((r) => r.bead)).to.deep.equal([server.store.getBeads(1)[otherRow]!.id]);
    expect(gone.changes.rows[0]!.html).to.include('class="row');
    expect(gone.changes.rows[0]!.html).to.not.include(`data-finding="${other.id}"`);
    expect(gone.message).to.match(new RegExp(`^Finding dismissed \\(.+\\): “.*”, row ${otherRow + 1}\\.$`, "u"));
  });

  it("lists findings corpus-wide by check and applies a consistency fix everywhere, each a revision", async () => {
    const page = await editor.get("/findings");
    expect(page.status).to.equal(200);
    expect(page.body_).to.include("Body named two ways");
    const before = server.store.getHistory(1).length;
    const res = await editor.postForm("/findings/apply-all", { check: "naming-consistency", original: "Negotiating Committee", suggestion: "Negotiations Committee" });
    expect(res.status).to.equal(303);
    const preview = res.headers.get("location")!;
    expect(preview).to.match(/^\/bulk\/\d+$/u);
    expect(server.store.getHistory(1).length).to.equal(before, "the preview writes nothing");
    const shown = await editor.get(preview);
    expect(shown.body_).to.include("<del>Negotiating Committee</del>");
    expect(shown.body_).to.include("<ins>Negotiations Committee</ins>");
    const accepted = await editor.postForm(preview, { do: "accept-all" });
    expect(accepted.status).to.equal(303);
    expect(server.store.getParagraphs(1, "en").some((p) => p.text.includes("Negotiating Committee"))).to.equal(false);
    expect(server.store.getHistory(1).length).to.equal(before + 1);
    expect((await editor.get(preview)).body_).to.include("Done: 1 occurrence changed");
  });

  it("edits the glossary: add, import TSV, export, and the checks use it", async () => {
    await editor.get("/glossary");
    const add = await editor.postForm("/glossary", { ar: "تجربة", en: "Tajriba", kind: "term", note: "" });
    expect(add.status).to.equal(303);
    const imported = await editor.postForm("/glossary/import", { tsv: "ar\ten\tkind\tnote\nمثال\tMithal\tterm\tan example\n" });
    expect(imported.status).to.equal(200);
    expect(imported.body_).to.include("Import done: 1 line stored.");
    const incomplete = await editor.postForm("/glossary/import", { tsv: "ar\ten\nعربي فقط\t\n" });
    expect(incomplete.status).to.equal(200);
    expect(incomplete.body_).to.include("Line 2: An entry needs both the Arabic and the English form.");
    const headless = await editor.postForm("/glossary/import", { tsv: "arabic\tenglish\nمثال\tMithal\n" });
    expect(headless.status).to.equal(400);
    const tsv = await editor.get("/glossary/export");
    expect(tsv.body_).to.include("تجربة\tTajriba\tterm");
    expect(tsv.body_).to.include("مثال\tMithal\tterm\tan example");
  });

  it("refuses fixes to viewers and translators on English", async () => {
    const finding = server.store.listFindings({ documentId: 1 }).find((f) => f.side === "en" && f.suggestion !== null)!;
    const viewer = await server.as("viewer");
    expect((await viewer.json("POST", `/api/findings/${finding.id}/apply`, {})).status).to.equal(403);
    const translator = await server.as("translator");
    expect((await translator.json("POST", `/api/findings/${finding.id}/apply`, {})).status).to.equal(403);
  });

  describe("the findings grid", () => {
    const open = () => server.store.listFindings({});
    /** The id of the grid's line for what became of `f` (fixed or dismissed lines have ids of their own). */
    const outcomeOf = (f: FindingRecord, status: "fixed" | "dismissed") =>
      server.store.listGridFindings({ status, sort: "recent", limit: 500, offset: 0 }).find((r) => r.paragraphId === f.paragraphId && r.start === f.start && r.checkId === f.checkId)?.id;

    it("lists findings with their sentence, both sides, the row link, check name, severity and status, every user text escaped", async () => {
      await server.findingsSettled();
      const page = await editor.get("/findings?check=real-word");
      expect(page.status).to.equal(200);
      const finding = server.store.listFindings({ checkId: "real-word" })[0]!;
      const row = server.store.getBeads(finding.documentId).findIndex((b) => (b.paragraphIds?.en ?? []).includes(finding.paragraphId ?? -1)) + 1;
      // Handlebars writes = in attributes as &#x3D;, which the browser reads back as =.
      expect(page.body_.replace(/&#x3D;/gu, "=")).to.include(`href="/documents/${finding.documentId}?row=${row}#row-${row}"`);
      expect(page.body_).to.match(/<td class="context" lang="en" dir="ltr">The <mark class="finding severity-warning">tow side<\/mark> agreed/u);
      expect(page.body_).to.include('<td class="side-text" lang="ar" dir="rtl">');
      expect(page.body_).to.include("Wrong word");
      expect(page.body_).to.not.include(">real-word<");
      // The alignment view opens on the page holding that row, and has the row.
      const target = await editor.get(`/documents/${finding.documentId}?row=${row}`);
      expect(target.body_).to.include(`id="row-${row}"`);

      // Markup in a title, a paragraph or a suggestion is shown as text, on the grid and in print.
      const hostile = "<img src=x onerror=alert(1)>";
      const id = server.store.createDocument({
        title: hostile, en: [{ text: `Say ${hostile} now.`, boilerplate: null }], ar: [{ text: "قل الآن.", boilerplate: null }],
        beads: [{ en: [0], ar: [0], score: 0.9, signals: { shape: "1-1" } }],
      }, "tester");
      const paragraph = server.store.getParagraphs(id, "en")[0]!;
      server.store.replaceFindings(id, [{
        beadId: server.store.getBeads(id)[0]!.id, paragraphId: paragraph.id, checkId: "spelling", severity: "error", side: "en", start: 4, end: 4 + hostile.length,
        params: {}, suggestion: hostile, textHash: "h", excerpt: hostile,
      }], server.store.getDocument(id)!.version);
      for (const path of [`/findings?document=${id}`, `/findings/print?document=${id}`]) {
        const shown = await editor.get(path);
        expect(shown.body_, path).to.not.include("<img");
        expect(shown.body_, path).to.include("&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt;");
      }
    });

    it("filters by check, severity, document, status and date, sorts, and keeps the filter in the pager links", async () => {
      await server.findingsSettled();
      const errors = await editor.get("/findings?severity=error&sort=check");
      const severities = [...errors.body_.matchAll(/<tr class="severity-(\w+)" id="finding-/gu)].map((m) => m[1]);
      expect(severities.length).to.be.above(0);
      expect(new Set(severities)).to.deep.equal(new Set(["error"]));
      const checks = [...errors.body_.matchAll(/<span class="check-name">([^<]*)<\/span>/gu)].map((m) => m[1]!);
      expect(checks.length).to.equal(severities.length);
      const none = await editor.get("/findings?document=999999");
      expect(none.body_).to.include("No open findings match.");
      const future = await editor.get("/findings?from=2999-01-01");
      expect(future.body_).to.include("No open findings match.");
      expect((await editor.get("/findings?status=fixed")).status).to.equal(200);
      // Paging: one page of 50 at most; the next link keeps the filter.
      const all = open().length;
      const first = await editor.get("/findings?sort=severity");
      const shown = [...first.body_.matchAll(/id="finding-(\d+)"/gu)].length;
      expect(shown).to.equal(Math.min(all, 50));
      if (all > 50) {
        expect(first.body_.replace(/&#x3D;/gu, "=")).to.include('href="/findings?sort=severity&amp;page=2" rel="next"');
        const second = await editor.get("/findings?sort=severity&page=2");
        const ids1 = new Set([...first.body_.matchAll(/id="finding-(\d+)"/gu)].map((m) => m[1]));
        expect([...second.body_.matchAll(/id="finding-(\d+)"/gu)].some((m) => ids1.has(m[1]))).to.equal(false);
      }
      // Nonsense reads as the default, never as an error.
      expect((await editor.get("/findings?page=abc&sort=%3Cx%3E&status[]=1&document=1e9")).status).to.equal(200);
    });

    it("dismisses several in one POST (CSRF-protected), reports a stale one, and lists them as dismissed", async () => {
      await server.findingsSettled();
      await editor.get("/findings");
      const [a, b] = open().filter((f) => f.side === "en");
      const noToken = await editor.postForm("/findings/bulk", { do: "dismiss", ids: [String(a!.id)] }, { csrf: false });
      expect(noToken.status).to.equal(403);
      const res = await editor.postForm("/findings/bulk", { do: "dismiss", ids: [String(a!.id), String(b!.id), "99999999"], back: "sort=check" });
      expect(res.status).to.equal(303);
      const back = res.headers.get("location")!;
      expect(back).to.equal("/findings?sort=check&acted=dismiss&done=2&gone=1");
      const said = await editor.get(back);
      expect(said.body_).to.include("2 findings dismissed.");
      expect(said.body_).to.include("1 refused: the finding is gone");
      const dismissed = await editor.get("/findings?status=dismissed");
      for (const f of [a!, b!]) expect(dismissed.body_).to.include(`id="outcome-${outcomeOf(f, "dismissed")}"`);
      expect(dismissed.body_).to.include("copy-editor");
      // A fix whose paragraph changed since is refused as stale, in JSON too.
      await server.findingsSettled();
      const fixable = open().find((f) => f.side === "en" && f.suggestion !== null)!;
      const paragraph = server.store.getParagraph(fixable.paragraphId!)!;
      server.store.editParagraph(paragraph.id, paragraph.version, `${paragraph.text} Later.`, "someone");
      const stale = await editor.json("POST", "/findings/bulk", { do: "apply", ids: [String(fixable.id)] });
      expect(stale.status, JSON.stringify(stale.data)).to.equal(200);
      expect(stale.data.refused).to.deep.equal([{ id: fixable.id, reason: "stale" }]);
      await server.findingsSettled();
    });

    it("applies one fix from its row and lists it as fixed", async () => {
      await server.findingsSettled();
      await editor.get("/findings");
      const fixable = open().find((f) => f.side === "en" && f.suggestion !== null && f.checkId === "real-word")!;
      const res = await editor.postForm("/findings/bulk", { one: `apply:${fixable.id}`, back: "" });
      expect(res.status).to.equal(303);
      expect(res.headers.get("location")).to.equal("/findings?acted=apply&done=1");
      const fixed = await editor.get("/findings?status=fixed&check=real-word");
      expect(fixed.body_).to.include(`id="outcome-${outcomeOf(fixable, "fixed")}"`);
      expect(fixed.body_).to.include(`<ins>${fixable.suggestion}</ins>`);
      await server.findingsSettled();
    });

    it("ignores all like this from a row of the grid: a rule, the finding gone, said on the page", async () => {
      await server.findingsSettled();
      const page = await editor.get("/findings");
      const finding = open()[0]!;
      expect(page.body_).to.include(`value="ignore:${finding.id}"`);
      const res = await editor.postForm("/findings/bulk", { one: `ignore:${finding.id}`, back: "" });
      expect(res.status).to.equal(303);
      expect(res.headers.get("location")).to.equal("/findings?acted=ignore&done=1");
      expect((await editor.get(res.headers.get("location")!)).body_).to.include("1 finding ignored, with every finding like it in the corpus.");
      const rule = server.store.listIgnoreRules().find((r) => r.checkId === finding.checkId)!;
      expect(rule, "the rule").to.not.equal(undefined);
      expect(open().some((f) => f.checkId === finding.checkId && f.excerpt === finding.excerpt)).to.equal(false);
      server.store.removeIgnoreRules([rule.id]);
      await server.findingsSettled();
    });

    it("refuses the bulk action to a viewer, and shows a viewer no boxes or buttons", async () => {
      await server.findingsSettled();
      const viewer = await server.as("viewer");
      const page = await viewer.get("/findings");
      expect(page.status).to.equal(200);
      expect(page.body_).to.not.include('name="ids"');
      expect(page.body_).to.not.include('name="one"');
      const finding = open()[0]!;
      expect((await viewer.postForm("/findings/bulk", { one: `apply:${finding.id}` })).status).to.equal(403);
      expect((await viewer.postForm("/findings/bulk", { do: "dismiss", ids: [String(finding.id)] })).status).to.equal(403);
      expect(server.store.getFinding(finding.id)).to.not.equal(null);
    });

    it("exports the filtered grid as CSV (quoted, formulas defused) and as a printable page without controls", async () => {
      await server.findingsSettled();
      // A title that a spreadsheet would run as a formula, with a comma and quotes.
      const id = server.store.listFindings({})[0]!.documentId;
      const title = server.store.getDocument(id)!.title;
      const csv = await editor.get(`/findings/report.csv?document=${id}`);
      expect(csv.status).to.equal(200);
      expect(csv.headers.get("content-type")).to.match(/^text\/csv/u);
      expect(csv.headers.get("content-disposition")).to.match(/^attachment; filename="mizan-findings-\d{4}-\d{2}-\d{2}\.csv"$/u);
      const lines = csv.body_.replace(/^\uFEFF/u, "").split("\r\n").filter(Boolean);
      expect(lines[0]).to.match(/^Document,Document id,Row,Side,Check,Severity,Status,/u);
      expect(lines.length - 1).to.equal(server.store.listFindings({ documentId: id }).length);
      expect(lines[1]!.startsWith(/[,"\n]/u.test(title) ? `"${title.replace(/"/gu, '""')}"` : title)).to.equal(true);
      const print = await editor.get(`/findings/print?document=${id}`);
      expect(print.status).to.equal(200);
      expect(print.body_).to.include('<body class="findings-print">');
      expect(print.body_).to.include("/assets/css/findings-grid.css");
      expect(print.body_).to.not.match(/<form|<button|<input|site-nav/u);
      expect([...print.body_.matchAll(/<tr class="severity-/gu)].length).to.equal(server.store.listFindings({ documentId: id }).length);
    });
  });
});

