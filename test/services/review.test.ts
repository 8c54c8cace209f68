/**
 * The editor's use cases the web calls (sample corpus, real database file): the text editor's
 * paragraph (refused to a role that may not edit its side), an edit answered with its word diff,
 * a split asked by an offset or by a line break typed into the unchanged text, a join answering
 * its document, and the rows around an operation. The role and lock rules of each change are
 * also exercised through the real server by test/routes/editor.test.ts and authorisation.test.ts.
 */
import { expect } from "chai";
import { openSqliteStore } from "../../server/store/sqlite-store.js";
import { loadSampleCorpus } from "../../server/services/load-sample.js";
import {
  editParagraphShowingDiff, joinParagraphWithNext, paragraphForEditing, performAlignment, realignUnconfirmed, rowsAround, setStatus, splitParagraphAsked,
  travelHistory,
} from "../../server/services/review.js";
import { BadRequestError, ForbiddenError } from "../../server/services/errors.js";
import { NotFoundError } from "../../server/store/conflict-error.js";
import { tempDbPath } from "../helpers/temp.js";

const copyEditor = { name: "copy", role: "copy-editor" as const };
const translator = { name: "tr", role: "translator" as const };
const admin = { name: "chief", role: "admin" as const };

async function sample() {
  const store = openSqliteStore(tempDbPath());
  const [id] = await loadSampleCorpus(store);
  return { store, id: id! };
}

describe("review service: what the web's editor calls (real database file)", () => {
  it("opens a paragraph for editing only to a role that may edit its side, and on a locked document only to an admin", async () => {
    const { store, id } = await sample();
    const en = store.getParagraphs(id, "en")[1]!;
    const ar = store.getParagraphs(id, "ar")[1]!;
    expect(paragraphForEditing(store, en.id, copyEditor).id).to.equal(en.id);
    expect(paragraphForEditing(store, ar.id, translator).id).to.equal(ar.id);
    expect(() => paragraphForEditing(store, en.id, translator)).to.throw(ForbiddenError);
    expect(() => paragraphForEditing(store, 999_999, copyEditor)).to.throw(NotFoundError);
    setStatus(store, id, "locked", admin);
    expect(() => paragraphForEditing(store, ar.id, translator)).to.throw(ForbiddenError, "locked");
    expect(paragraphForEditing(store, ar.id, admin).id).to.equal(ar.id);
    store.close();
  });

  it("answers an edit with the new version and a word diff of what changed", async () => {
    const { store, id } = await sample();
    const en = store.getParagraphs(id, "en")[1]!;
    const result = editParagraphShowingDiff(store, en.id, en.version, `${en.text} Indeed.`, copyEditor);
    expect(result.documentId).to.equal(id);
    expect(result.version).to.equal(en.version + 1);
    expect(result.diff.filter((s) => s.op === "insert").map((s) => s.text.trim())).to.deep.equal(["Indeed."]);
    store.close();
  });

  it("splits at an offset or at a typed line break (only if the text around it is unchanged), and joins back", async () => {
    const { store, id } = await sample();
    const en = store.getParagraphs(id, "en").find((p) => p.text.includes(" "))!;
    const at = en.text.indexOf(" ");
    const marked = `${en.text.slice(0, at)}\n${en.text.slice(at)}`;
    expect(() => splitParagraphAsked(store, en.id, en.version, { text: `${marked}!` }, copyEditor), "text changed around the break").to.throw(BadRequestError);
    const split = splitParagraphAsked(store, en.id, en.version, { text: marked.replace("\n", "\r\n") }, copyEditor);
    expect(split.documentId).to.equal(id);
    expect(store.getParagraph(split.newParagraphId)?.text).to.equal(en.text.slice(at).trimStart());
    const now = store.getParagraph(en.id)!;
    expect(now.text).to.equal(en.text.slice(0, at));
    expect(joinParagraphWithNext(store, en.id, now.version, copyEditor)).to.deep.equal({ documentId: id });
    expect(store.getParagraph(en.id)?.text).to.equal(en.text);
    const again = store.getParagraph(en.id)!;
    const byOffset = splitParagraphAsked(store, en.id, again.version, { offset: String(at) }, copyEditor);
    expect(store.getParagraph(byOffset.newParagraphId)?.text).to.equal(en.text.slice(at).trimStart());
    store.close();
  });

  it("names the row an operation acted on and the next one", async () => {
    const { store, id } = await sample();
    const beads = store.getBeads(id);
    const around = rowsAround(store, id, 1);
    expect(around.bead?.id).to.equal(beads[0]!.id);
    expect(around.nextBead?.id).to.equal(beads[1]!.id);
    expect(rowsAround(store, id, beads.length).nextBead).to.equal(null);
    store.close();
  });

  it("rejects a row as one undoable status change, which confirm-all-above and re-alignment leave rejected", async () => {
    const { store, id } = await sample();
    const row = store.getBeads(id)[2]!;
    const statuses = () => store.getBeads(id).map((b) => b.status);
    expect(() => performAlignment(store, id, { op: "reject", bead: row.id, version: row.version }, copyEditor)).to.throw(ForbiddenError);
    const rejected = performAlignment(store, id, { op: "reject", bead: row.id, version: row.version }, translator);
    expect(rejected.row).to.equal(3);
    expect(statuses()[2]).to.equal("rejected");
    expect(store.getHistoryEntry(id, rejected.history!)).to.include({ kind: "bead-status", action: "reject" });
    travelHistory(store, id, "undo", translator);
    expect(statuses()[2]).to.equal("auto");
    travelHistory(store, id, "redo", translator);
    expect(statuses()[2]).to.equal("rejected");

    const fourth = store.getBeads(id)[3]!;
    performAlignment(store, id, { op: "confirm-above", bead: fourth.id, version: fourth.version }, translator);
    expect(statuses().slice(0, 4)).to.deep.equal(["confirmed", "confirmed", "rejected", "confirmed"]);
    const [first, second] = store.getBeads(id);
    for (const b of [first!, second!]) performAlignment(store, id, { op: "unconfirm", bead: b.id, version: b.version }, translator);
    realignUnconfirmed(store, id, translator);
    const again = store.getBeads(id).find((b) => b.en.join() === row.en.join() && b.ar.join() === row.ar.join());
    expect(again?.status, "the aligner proposed the rejected pair again: it stays rejected").to.equal("rejected");
    expect(store.getBeads(id).filter((b) => b.status === "rejected")).to.have.length(1);

    setStatus(store, id, "locked", admin);
    const locked = store.getBeads(id)[5]!;
    expect(() => performAlignment(store, id, { op: "reject", bead: locked.id, version: locked.version }, translator)).to.throw(ForbiddenError);
    expect(performAlignment(store, id, { op: "reject", bead: locked.id, version: locked.version }, admin).history).to.be.a("number");
    store.close();
  });
});
