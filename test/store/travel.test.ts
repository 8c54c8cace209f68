/**
 * Undo and redo through the one travel path, on a real database file: every kind of change goes
 * back and forth, a guard sees (and may refuse) the very entry that would move, a document no
 * longer in the state a change left it in refuses with ConflictError, a new change ends the
 * redo chain, and a group (one bulk change) moves as one across documents or not at all.
 */
import { expect } from "chai";
import { openStore } from "../../server/store/open-store.js";
import { loadSampleCorpus } from "../../server/services/load-sample.js";
import { ConflictError } from "../../server/store/conflict-error.js";
import { testStoreLocation } from "../helpers/test-store.js";

async function sample() {
  const store = openStore(testStoreLocation());
  const [id] = await loadSampleCorpus(store);
  return { store, id: id! };
}

const texts = (store: Awaited<ReturnType<typeof sample>>["store"], id: number) => store.getParagraphs(id, "en").map((p) => p.text);
const rows = (store: Awaited<ReturnType<typeof sample>>["store"], id: number) => store.getBeads(id).map((b) => `${b.en}|${b.ar}|${b.status}`);

describe("travel: undo and redo of every kind (real database file)", () => {
  it("undoes and redoes a text edit, a row's status, a local splice, a whole alignment and a paragraph split", async () => {
    const { store, id } = await sample();
    const start = { texts: texts(store, id), rows: rows(store, id) };
    const p = store.getParagraphs(id, "en")[4]!;
    store.editParagraph(p.id, p.version, `${p.text} Edited.`, "u");
    const bead = store.getBeads(id)[3]!;
    store.setBeadStatus(id, bead.id, bead.version, "confirmed", "u", "confirm");
    const at = store.beadAt(id, 5)!;
    const next = store.beadAt(id, 6)!;
    store.spliceRows(id, 5, 2, (window) => [{ en: window.flatMap((w) => w.en), ar: window.flatMap((w) => w.ar), status: "auto", score: 0.5, signals: { shape: "merged" } }], "u", "merge", [at, next]);
    store.applyAlignment(id, (current) => current.map((b) => ({ en: b.en, ar: b.ar, score: b.score, signals: b.signals, status: "confirmed" })), "u", "confirm-above", []);
    const q = store.getParagraphs(id, "en")[7]!;
    store.splitParagraph(q.id, q.version, 5, "u");
    const done = { texts: texts(store, id), rows: rows(store, id) };
    const kinds: string[] = [];
    for (let k = 0; k < 5; k++) kinds.push(store.travel(id, "undo", "u")!.kind);
    expect(kinds).to.deep.equal(["structure", "alignment", "splice", "bead-status", "text"]);
    expect(store.travel(id, "undo", "u")).to.equal(null, "nothing left to undo: the import is not a change");
    expect({ texts: texts(store, id), rows: rows(store, id) }).to.deep.equal(start);
    for (let k = 0; k < 5; k++) store.travel(id, "redo", "u");
    expect({ texts: texts(store, id), rows: rows(store, id) }).to.deep.equal(done);
    store.close();
  });

  it("lets the guard refuse the entry it is shown, and then moves nothing", async () => {
    const { store, id } = await sample();
    const p = store.getParagraphs(id, "en")[2]!;
    store.editParagraph(p.id, p.version, "Changed.", "u");
    let seen = "";
    expect(() => store.travel(id, "undo", "viewer", (entry) => {
      seen = `${entry.kind}:${entry.target}`;
      throw new Error("not allowed");
    })).to.throw("not allowed");
    expect(seen).to.equal(`text:paragraph:${p.id}`);
    expect(store.getParagraph(p.id)?.text).to.equal("Changed.");
    store.close();
  });

  it("refuses with ConflictError when the document moved on, and a new change ends the redo chain", async () => {
    const { store, id } = await sample();
    const p = store.getParagraphs(id, "en")[2]!;
    const { version } = store.editParagraph(p.id, p.version, "Changed.", "u");
    store.travel(id, "undo", "u");
    const current = store.getParagraph(p.id)!;
    store.editParagraph(p.id, current.version, "Someone else's text.", "other");
    expect(store.travel(id, "redo", "u")).to.equal(null, "the new change discarded the redo");
    store.travel(id, "undo", "u");
    expect(store.getParagraph(p.id)?.text).to.equal(p.text);
    expect(version).to.be.greaterThan(p.version);
    // Change the text outside the history's knowledge of it: the undo of the latest edit conflicts.
    const again = store.getParagraph(p.id)!;
    store.editParagraph(p.id, again.version, "Third.", "u");
    store.db.prepare("UPDATE paragraphs SET text = 'tampered' WHERE id = ?").run(p.id);
    expect(() => store.travel(id, "undo", "u")).to.throw(ConflictError);
    store.close();
  });

  it("moves a group of changes in two documents as one, and refuses (moving nothing) once one document has a later change", async () => {
    const store = openStore(testStoreLocation());
    const [a, b] = [(await loadSampleCorpus(store))[0]!, (await loadSampleCorpus(store))[0]!];
    const start = [texts(store, a), texts(store, b)];
    const group = 77;
    for (const [doc, k] of [[a, 2], [b, 2], [a, 9]] as const) {
      const p = store.getParagraphs(doc, "en")[k]!;
      store.editParagraph(p.id, p.version, `${p.text} (bulk)`, "u", "fix:naming-consistency", group);
    }
    const after = [texts(store, a), texts(store, b)];
    const undone = store.travel(b, "undo", "u");
    expect(undone?.group).to.deep.equal({ changes: 3, documents: [a, b] });
    expect([texts(store, a), texts(store, b)]).to.deep.equal(start);
    expect(store.travel(a, "redo", "u")?.group).to.deep.equal({ changes: 3, documents: [a, b] });
    expect([texts(store, a), texts(store, b)]).to.deep.equal(after);
    const p = store.getParagraphs(a, "en")[0]!;
    store.editParagraph(p.id, p.version, `${p.text} Later.`, "u");
    expect(() => store.travel(b, "undo", "u")).to.throw(ConflictError);
    expect(texts(store, b)).to.deep.equal(after[1], "nothing moved");
    store.close();
  });
});
