import { expect } from "chai";
import type { TravelAnswer } from "../../server/web/page-api.js";
import { startServer, type TestServer } from "../helpers/server.js";
import type { Client } from "../helpers/client.js";
import type { BeadRecord } from "../../server/store/types.js";

/** The radio value the alignment view gives row `index` (0-based). */
function target(beads: BeadRecord[], index: number): string {
  const b = beads[index]!;
  const prev = beads[index - 1];
  const next = beads[index + 1];
  return `${b.id}:${b.version}:${prev?.id ?? ""}:${prev?.version ?? ""}:${next?.id ?? ""}:${next?.version ?? ""}`;
}

const shapes = (beads: BeadRecord[]) => beads.map((b) => [b.en, b.ar]);

describe("editor (real server, forms and JSON API)", () => {
  let server: TestServer;
  let translator: Client;
  let editor: Client;
  before(async () => {
    server = await startServer();
    translator = await server.as("translator");
    editor = await server.as("copy-editor");
  });
  after(async () => {
    await server.stop();
  });

  const beads = () => server.store.getBeads(1);

  it("shows each row's score as a number, in Arabic-Indic digits in the Arabic interface, and one-sided boilerplate as neutral", async () => {
    const first = beads()[0]!;
    const expected = Math.round(first.score * 100) / 100;
    const row = (html: string) => /<section class="row [^"]*" id="row-1"[\s\S]*?<\/section>/u.exec(html)?.[0] ?? "";
    const english = await translator.get("/documents/1?lang=en");
    expect(row(english.body_)).to.match(new RegExp(`<span class="score-value"[^>]*>${new Intl.NumberFormat("en-GB").format(expected).replace(".", "\\.")}</span>`, "u"));
    const arabic = await translator.get("/documents/1?lang=ar");
    const arabicNumber = new Intl.NumberFormat("ar-EG").format(expected);
    expect(arabicNumber).to.match(/^[\u0660-\u0669\u066B]+$/u);
    expect(row(arabic.body_)).to.include(`>${arabicNumber}</span>`);
    await translator.get("/documents/1?lang=en");
    // The sample's appeal lines stand alone on one side: neither red nor green.
    const appeal = beads().findIndex((b) => b.ar.length === 0 && b.signals.boilerplate === "appeal");
    expect(appeal).to.be.at.least(0);
    expect(english.body_).to.match(new RegExp(`<section class="row band-neutral one-sided[^"]*" id="row-${appeal + 1}"`, "u"));
  });

  it("merges two rows with a form post and splits them back", async () => {
    const before = shapes(beads());
    await translator.get("/documents/1");
    const merged = await translator.postForm("/documents/1/align", { op: "merge", target: target(beads(), 3) });
    expect(merged.status).to.equal(303);
    expect(merged.headers.get("location")).to.equal("/documents/1#row-4");
    expect(beads()[3]).to.deep.include({ en: [3, 4], ar: [2, 3] });
    await translator.get("/documents/1");
    const split = await translator.postForm("/documents/1/align", { op: "split", target: target(beads(), 3), enCount: "1", arCount: "1" });
    expect(split.status).to.equal(303);
    expect(shapes(beads())).to.deep.equal(before);
  });

  it("shifts a paragraph, confirms rows, and undoes and redoes through the JSON API", async () => {
    const before = shapes(beads());
    const rows = beads();
    const shift = await translator.json("POST", "/api/documents/1/align", { op: "shift", side: "ar", direction: "up", bead: rows[5]!.id, version: rows[5]!.version, prevBead: rows[4]!.id, prevVersion: rows[4]!.version });
    expect(shift.status).to.equal(200);
    expect(beads()[4]).to.deep.include({ en: [4], ar: [3, 4] });
    const undo = await translator.json("POST", "/api/documents/1/undo", {});
    expect(undo.status).to.equal(200);
    // The answer says what moved (its action and history kind), in words, with the rows it changed.
    expect(undo.data).to.deep.include({ ok: true, action: "shift", kind: "splice", message: "Undone: Paragraph shifted (row 5)." });
    const changes = (undo.data as unknown as TravelAnswer).changes;
    expect(changes.rows.map((r) => r.bead)).to.include.members([beads()[4]!.id, beads()[5]!.id]);
    // The shifted row comes back as row 5 (its neighbours come too when their links to it changed).
    expect(changes.rows.map((r) => /id="row-(\d+)"/u.exec(r.html)?.[1])).to.include("5");
    expect(changes.order).to.have.length(rows.length);
    expect(shapes(beads())).to.deep.equal(before);
    const redo = await translator.json("POST", "/api/documents/1/redo", {});
    expect(redo.data.action).to.equal("shift");
    expect(beads()[4]).to.deep.include({ en: [4], ar: [3, 4] });
    await translator.json("POST", "/api/documents/1/undo", {});
    // Confirm all above answers its preview first; nothing is confirmed until it is accepted.
    const confirm = await translator.json("POST", "/api/documents/1/align", { op: "confirm-above", bead: beads()[2]!.id, version: beads()[2]!.version });
    expect(confirm.status).to.equal(200);
    expect(confirm.data.preview).to.match(/^\/bulk\/\d+$/u);
    expect(beads().slice(0, 3).map((b) => b.status)).to.deep.equal(["auto", "auto", "auto"]);
    const preview = await translator.get(String(confirm.data.preview));
    expect(preview.body_).to.include("Confirm every row up to row 3");
    const accepted = await translator.json("POST", `/api${String(confirm.data.preview)}`, { do: "accept-all" });
    expect(accepted.data.summary).to.deep.include({ applied: 3, changes: 1, documents: [1] });
    expect(beads().slice(0, 3).map((b) => b.status)).to.deep.equal(["confirmed", "confirmed", "confirmed"]);
    expect(beads()[3]!.status).to.equal("auto");
  });

  it("undoes and redoes a confirmation, and keeps it through another editor's merge and its undo", async () => {
    const row = beads()[30]!;
    await translator.json("POST", "/api/documents/1/align", { op: "confirm", bead: row.id, version: row.version });
    expect(beads()[30]!.status).to.equal("confirmed");
    expect((await translator.json("POST", "/api/documents/1/undo", {})).data.action).to.equal("confirm");
    expect(beads()[30]!.status).to.equal("auto");
    expect((await translator.json("POST", "/api/documents/1/redo", {})).data.action).to.equal("confirm");
    expect(beads()[30]!.status).to.equal("confirmed");
    // Another editor merges the row with the next and undoes that: the confirmation is back.
    const other = await server.as("admin");
    const now = beads()[30]!;
    await other.json("POST", "/api/documents/1/align", { op: "merge", bead: now.id, version: now.version, nextBead: beads()[31]!.id, nextVersion: beads()[31]!.version });
    await other.json("POST", "/api/documents/1/undo", {});
    expect(beads()[30]!.status).to.equal("confirmed");
    await translator.json("POST", "/api/documents/1/align", { op: "unconfirm", bead: beads()[30]!.id, version: beads()[30]!.version });
  });

  it("undoes and redoes a merge, changing only the rows involved", async () => {
    const before = beads();
    const untouched = before[20]!;
    const merge = await translator.json("POST", "/api/documents/1/align", { op: "merge", bead: before[8]!.id, version: before[8]!.version, nextBead: before[9]!.id, nextVersion: before[9]!.version });
    expect(merge.status).to.equal(200);
    expect(merge.data.bead).to.deep.include({ id: beads()[8]!.id });
    // Rows away from the merge keep their ids and versions.
    expect(beads().find((b) => b.id === untouched.id)).to.deep.include({ version: untouched.version, position: 19 });
    expect((await translator.json("POST", "/api/documents/1/undo", {})).data.action).to.equal("merge");
    expect(shapes(beads())).to.deep.equal(shapes(before));
    expect((await translator.json("POST", "/api/documents/1/redo", {})).data.action).to.equal("merge");
    expect(beads()[8]!.en).to.deep.equal([...before[8]!.en, ...before[9]!.en]);
    await translator.json("POST", "/api/documents/1/undo", {});
    const history = await translator.get("/documents/1/history");
    expect(history.body_).to.include("Rows merged");
  });

  it("re-aligns everything unconfirmed and leaves confirmed rows as they are", async () => {
    const rows = beads();
    // Pair two wrong paragraphs by hand and confirm them; re-alignment must keep that row.
    await translator.json("POST", "/api/documents/1/align", { op: "merge", bead: rows[10]!.id, version: rows[10]!.version, nextBead: rows[11]!.id, nextVersion: rows[11]!.version });
    const merged = beads()[10]!;
    await translator.json("POST", "/api/documents/1/align", { op: "confirm", bead: merged.id, version: merged.version });
    await translator.json("POST", "/api/documents/1/align", { op: "split", bead: beads()[20]!.id, version: beads()[20]!.version, enCount: 1, arCount: 0 });
    const confirmedBefore = beads().filter((b) => b.status === "confirmed").map((b) => [b.en, b.ar]);
    // Re-align previews its proposal (computed in a worker thread) as a page form; accepted, it is written.
    const asked = await translator.postForm("/documents/1/align", { op: "realign" });
    expect(asked.status).to.equal(303);
    const preview = asked.headers.get("location")!;
    expect(preview).to.match(/^\/bulk\/\d+$/u);
    let page = await translator.get(preview);
    for (let tries = 0; page.body_.includes("being computed") && tries < 100; tries++) page = await new Promise((resolve) => setTimeout(resolve, 100)).then(() => translator.get(preview));
    expect(page.body_).to.include("Proposed pairing");
    expect(beads().find((b) => b.id === merged.id)).to.deep.include({ en: merged.en, ar: merged.ar });
    const realign = await translator.postForm(preview, { do: "accept-all" });
    expect(realign.status).to.equal(303);
    expect((await translator.get(preview)).body_).to.match(/Done: \d+ occurrences? changed \(1 change /u);
    expect(beads().filter((b) => b.status === "confirmed").map((b) => [b.en, b.ar])).to.deep.equal(confirmedBefore);
    const after = beads();
    expect(after.find((b) => b.id === merged.id)).to.deep.include({ status: "confirmed", en: merged.en, ar: merged.ar });
    expect(after.filter((b) => b.status === "confirmed").length).to.equal(4);
  });

  it("refuses an operation on a row that changed since the page was loaded (409)", async () => {
    const rows = beads();
    const stale = { op: "confirm", bead: rows[15]!.id, version: rows[15]!.version };
    await translator.json("POST", "/api/documents/1/align", stale);
    const again = await translator.json("POST", "/api/documents/1/align", { ...stale, op: "unconfirm" });
    expect(again.status).to.equal(409);
    expect(again.data.error).to.equal("conflict");
  });

  it("edits a typo, shows the change as a diff, and undoes it", async () => {
    const paragraph = server.store.getParagraphs(1, "en").find((p) => p.text.startsWith("The tow side agreed"))!;
    const fixed = paragraph.text.replace("The tow side agreed", "The two sides agreed");
    const save = await editor.json("PUT", `/api/paragraphs/${paragraph.id}`, { text: fixed, version: paragraph.version });
    expect(save.status).to.equal(200);
    expect(save.data.diff).to.deep.include.members([{ op: "delete", text: "tow side" }, { op: "insert", text: "two sides" }]);
    expect(server.store.getParagraph(paragraph.id)?.text).to.equal(fixed);
    const history = await editor.get("/documents/1/history");
    expect(history.body_).to.include("<del>tow side</del><ins>two sides</ins>");
    await editor.json("POST", "/api/documents/1/undo", {});
    expect(server.store.getParagraph(paragraph.id)?.text).to.equal(paragraph.text);
  });

  it("gives the second of two conflicting edits 409 and keeps both texts", async () => {
    const other = await server.as("copy-editor");
    const paragraph = server.store.getParagraphs(1, "en")[5]!;
    const first = await editor.json("PUT", `/api/paragraphs/${paragraph.id}`, { text: `${paragraph.text} (first)`, version: paragraph.version });
    expect(first.status).to.equal(200);
    const second = await other.json("PUT", `/api/paragraphs/${paragraph.id}`, { text: `${paragraph.text} (second)`, version: paragraph.version });
    expect(second.status).to.equal(409);
    expect((second.data.current as { text: string }).text).to.equal(`${paragraph.text} (first)`);
    expect(server.store.getParagraph(paragraph.id)?.text).to.equal(`${paragraph.text} (first)`);
    // The form version shows the current text and the user's text side by side.
    await other.get(`/paragraphs/${paragraph.id}/edit`);
    const page = await other.postForm(`/paragraphs/${paragraph.id}`, { version: String(paragraph.version), text: `${paragraph.text} (second)` });
    expect(page.status).to.equal(409);
    expect(page.body_).to.include(`${paragraph.text} (first)`);
    expect(page.body_).to.include(`${paragraph.text} (second)`);
  });

  it("splits a paragraph at an offset and joins it back, keeping the row", async () => {
    const paragraph = server.store.getParagraphs(1, "ar")[6]!;
    const at = paragraph.text.indexOf("،") + 1;
    const split = await translator.json("POST", `/api/paragraphs/${paragraph.id}/split`, { offset: at, version: paragraph.version });
    expect(split.status).to.equal(200);
    const ar = server.store.getParagraphs(1, "ar");
    expect(ar[6]!.text).to.equal(paragraph.text.slice(0, at).trim());
    expect(ar[7]!.text).to.equal(paragraph.text.slice(at).trim());
    const row = beads().find((b) => b.ar.includes(6))!;
    expect(row.ar).to.deep.equal([6, 7]);
    const join = await translator.json("POST", `/api/paragraphs/${paragraph.id}/join`, { version: ar[6]!.version });
    expect(join.status).to.equal(200);
    expect(server.store.getParagraphs(1, "ar")[6]!.text).to.equal(`${paragraph.text.slice(0, at).trim()} ${paragraph.text.slice(at).trim()}`);
  });

  it("lets a translator edit Arabic but not English, and nobody but admins a locked document", async () => {
    const en = server.store.getParagraphs(1, "en")[0]!;
    const refused = await translator.json("PUT", `/api/paragraphs/${en.id}`, { text: "x", version: en.version });
    expect(refused.status).to.equal(403);
    const admin = await server.as("admin");
    await admin.json("POST", "/api/documents/1/status", { status: "locked" });
    expect(server.store.getDocument(1)?.status).to.equal("locked");
    const ar = server.store.getParagraphs(1, "ar")[0]!;
    const locked = await translator.json("PUT", `/api/paragraphs/${ar.id}`, { text: `${ar.text}!`, version: ar.version });
    expect(locked.status).to.equal(403);
    expect(locked.data.message).to.match(/locked/u);
    const byAdmin = await admin.json("PUT", `/api/paragraphs/${ar.id}`, { text: `${ar.text}!`, version: ar.version });
    expect(byAdmin.status).to.equal(200);
    // The history page offers the revert of that Arabic edit to the admin, not to the translator while the lock holds.
    const revert = 'action="/documents/1/history/';
    expect((await admin.get("/documents/1/history")).body_).to.include(revert);
    const lockedHistory = (await translator.get("/documents/1/history")).body_;
    expect(lockedHistory).to.not.include(revert);
    expect(lockedHistory).to.include("This document is locked");
    await admin.json("POST", "/api/documents/1/status", { status: "open" });
    expect((await translator.get("/documents/1/history")).body_).to.include(revert);
  });

  it("refuses a state-changing request without the CSRF token", async () => {
    const rows = beads();
    const res = await translator.json("POST", "/api/documents/1/align", { op: "confirm", bead: rows[0]!.id, version: rows[0]!.version }, { csrf: false });
    expect(res.status).to.equal(403);
    expect(res.data.error).to.equal("csrf");
  });

  it("imports a pair from the browser form: its preview, then Save shows its alignment", async () => {
    await translator.get("/import");
    const res = await translator.postForm("/import", { title: "Pasted", enText: "The two sides agreed on 12174 detainees.\nPhoto: Reuters", arText: "اتفق الطرفان على ١٢١٧٤ معتقلًا." });
    expect(res.status).to.equal(303);
    const pending = /^\/import\/preview\/([A-Za-z0-9_-]+)$/u.exec(res.headers.get("location") ?? "")?.[1] ?? "";
    expect(pending, "the preview's address").to.not.equal("");
    expect((await translator.get(`/import/preview/${pending}`)).body_).to.include("اتفق الطرفان");
    const saved = await translator.postForm("/import/save", { pending });
    expect(saved.status).to.equal(303);
    const location = saved.headers.get("location") ?? "";
    expect(location).to.match(/^\/documents\/\d+$/u);
    const page = await translator.get(location);
    expect(page.body_).to.include("اتفق الطرفان");
  });

  it("answers a bad pasted file with the message in the interface language and stores nothing", async () => {
    const count = server.store.countDocuments();
    await translator.get("/import?lang=ar");
    const res = await translator.postForm("/import", { enText: "نص عربي فقط", arText: "English only" });
    expect(res.status).to.equal(400);
    expect(res.body_).to.include("يبدو أن الملفين متبادلان");
    expect(server.store.countDocuments()).to.equal(count);
    await translator.get("/?lang=en");
  });
});

describe("editor: merge and shift need the neighbour as the user saw it (real server)", () => {
  let server: TestServer;
  let a: Client;
  let b: Client;
  before(async () => {
    server = await startServer();
    a = await server.as("translator");
    b = await server.as("admin");
  });
  after(async () => {
    await server.stop();
  });

  const beads = () => server.store.getBeads(1);
  /** The radio values of A's alignment page, by row index: what the no-JS form and editor.js post. */
  async function viewOf(client: Client): Promise<string[]> {
    const page = await client.get("/documents/1");
    return [...page.body_.matchAll(/name="target" id="pick-(\d+)" value="([^"]*)"/gu)].map((m) => m[2]!);
  }

  it("refuses A's merge and shifts with 409 after B confirmed the neighbour, and keeps B's confirmation", async () => {
    const view = await viewOf(a);
    const seen = beads();
    expect(view[12]).to.equal(target(seen, 12));
    // B confirms row 14 (index 13), the next row of index 12 and the previous row of index 14.
    const neighbour = seen[13]!;
    expect((await b.json("POST", "/api/documents/1/align", { op: "confirm", bead: neighbour.id, version: neighbour.version })).status).to.equal(200);
    const confirmed = beads();

    const formMerge = await a.postForm("/documents/1/align", { op: "merge", target: view[12]! });
    expect(formMerge.status).to.equal(409);
    const apiMerge = await a.json("POST", "/api/documents/1/align", { op: "merge", bead: seen[12]!.id, version: seen[12]!.version, nextBead: neighbour.id, nextVersion: neighbour.version });
    expect(apiMerge.status).to.equal(409);
    expect(apiMerge.data.error).to.equal("conflict");
    const shiftDown = await a.postForm("/documents/1/align", { op: "shift-en-down", target: view[12]! });
    expect(shiftDown.status).to.equal(409);
    const shiftUp = await a.json("POST", "/api/documents/1/align", { op: "shift", side: "ar", direction: "up", bead: seen[14]!.id, version: seen[14]!.version, prevBead: neighbour.id, prevVersion: neighbour.version });
    expect(shiftUp.status).to.equal(409);
    const formShiftUp = await a.postForm("/documents/1/align", { op: "shift-ar-up", target: view[14]! });
    expect(formShiftUp.status).to.equal(409);
    // Without the neighbour's reference the merge is refused too, instead of folding B's row in.
    const blind = await a.json("POST", "/api/documents/1/align", { op: "merge", bead: seen[12]!.id, version: seen[12]!.version });
    expect(blind.status).to.equal(400);

    expect(beads()).to.deep.equal(confirmed);
    expect(beads()[13]).to.deep.include({ id: neighbour.id, status: "confirmed" });
    // With a fresh view the same merge goes through.
    const fresh = await viewOf(a);
    expect((await a.postForm("/documents/1/align", { op: "merge", target: fresh[12]! })).status).to.equal(303);
    expect(beads()[12]).to.deep.include({ en: [...seen[12]!.en, ...neighbour.en], ar: [...seen[12]!.ar, ...neighbour.ar] });
    await a.json("POST", "/api/documents/1/undo", {});
  });

  it("refuses a neighbour reference that names another row (409)", async () => {
    const rows = beads();
    const res = await a.json("POST", "/api/documents/1/align", { op: "merge", bead: rows[20]!.id, version: rows[20]!.version, nextBead: rows[22]!.id, nextVersion: rows[22]!.version });
    expect(res.status).to.equal(409);
    expect(beads()).to.deep.equal(rows);
  });

  it("answers a merge or shift without the neighbour reference with 400 and a message, and changes nothing", async () => {
    const rows = beads();
    const row = { bead: rows[20]!.id, version: rows[20]!.version };
    const attempts: Record<string, unknown>[] = [
      { op: "merge", ...row },
      { op: "merge", ...row, nextBead: rows[21]!.id },
      { op: "merge", ...row, prevBead: rows[19]!.id, prevVersion: rows[19]!.version },
      { op: "shift", side: "en", direction: "down", ...row },
      { op: "shift", side: "ar", direction: "up", ...row },
      { op: "shift", side: "ar", direction: "up", ...row, nextBead: rows[21]!.id, nextVersion: rows[21]!.version },
    ];
    for (const body of attempts) {
      const res = await a.json("POST", "/api/documents/1/align", body);
      expect(res.status, JSON.stringify(body)).to.equal(400);
      expect(res.data.error).to.equal("neighbour-missing");
      expect(res.data.message).to.match(/neighbouring row/u);
    }
    await a.get("/documents/1");
    const form = await a.postForm("/documents/1/align", { op: "merge", target: `${row.bead}:${row.version}` });
    expect(form.status).to.equal(400);
    expect(form.body_).to.include("neighbouring row");
    await a.get("/documents/1?lang=ar");
    const arabic = await a.json("POST", "/api/documents/1/align", { op: "merge", ...row });
    expect(arabic.data.message).to.include("الصف المجاور");
    await a.get("/documents/1?lang=en");
    expect(beads()).to.deep.equal(rows);
  });

  it("leaves the last row's merge to its own refusal (no next row)", async () => {
    const rows = beads();
    const last = rows[rows.length - 1]!;
    const res = await a.json("POST", "/api/documents/1/align", { op: "merge", bead: last.id, version: last.version });
    expect(res.status).to.equal(400);
    expect(res.data.error).to.equal("no-next-row");
  });
});
