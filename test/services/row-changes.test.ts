/**
 * What an operation changed, row by row (sample corpus, real database file): a confirm changes its
 * row and, through their radio values, its neighbours, nothing else and not the structure; a
 * merge removes two rows, adds one and reshapes the map; a text edit changes the row holding the
 * paragraph; nothing done, nothing changed.
 */
import { expect } from "chai";
import { openSqliteStore } from "../../server/store/sqlite-store.js";
import { loadSampleCorpus } from "../../server/services/load-sample.js";
import { rowChangesSince, snapshotRows } from "../../server/services/row-changes.js";
import { editParagraphText, performAlignment } from "../../server/services/review.js";
import { tempDbPath } from "../helpers/temp.js";

const admin = { name: "admin", role: "admin" as const };

async function sample() {
  const store = openSqliteStore(tempDbPath());
  const [id] = await loadSampleCorpus(store);
  return { store, id: id! };
}

describe("row changes: what an operation changed (real database file)", () => {
  it("after a confirm: the row itself and its two neighbours, no structure", async () => {
    const { store, id } = await sample();
    const beads = store.getBeads(id);
    const before = snapshotRows(store, id);
    expect(rowChangesSince(store, id, before, {}, "en")).to.deep.include({ rows: [], removed: [], added: [], touched: [], map: null }, "nothing done, nothing changed");
    performAlignment(store, id, { op: "confirm", bead: beads[5]!.id, version: beads[5]!.version }, admin);
    const changes = rowChangesSince(store, id, before, {}, "en");
    expect(changes.rows.map((r) => r.bead.id)).to.deep.equal([beads[4]!.id, beads[5]!.id, beads[6]!.id]);
    expect(changes.touched).to.deep.equal([beads[5]!.id]);
    expect(changes.rows[1]).to.deep.include({ number: 6 });
    expect(changes.rows[1]!.bead.status).to.equal("confirmed");
    expect(changes.rows[1]!.why.length, "the row's signals are explained").to.be.greaterThan(0);
    expect(changes.rows[0]!.next).to.deep.equal({ id: beads[5]!.id, version: beads[5]!.version + 1 }, "the neighbour names the new version");
    expect(changes.map).to.equal(null);
    expect(changes.order).to.deep.equal(beads.map((b) => b.id));
    store.close();
  });

  it("after a merge: two rows removed, one added, the map again", async () => {
    const { store, id } = await sample();
    const beads = store.getBeads(id);
    const before = snapshotRows(store, id);
    performAlignment(store, id, { op: "merge", bead: beads[3]!.id, version: beads[3]!.version, neighbour: { id: beads[4]!.id, version: beads[4]!.version } }, admin);
    const changes = rowChangesSince(store, id, before, {}, "en");
    const merged = store.getBeads(id)[3]!;
    expect(changes.removed).to.have.members([beads[3]!.id, beads[4]!.id].filter((b) => b !== merged.id));
    expect(changes.added).to.deep.equal(merged.id === beads[3]!.id ? [] : [merged.id]);
    expect(changes.touched).to.include(merged.id);
    expect(changes.rows.find((r) => r.bead.id === merged.id)).to.deep.include({ number: 4 });
    expect(changes.rows.find((r) => r.bead.id === merged.id)!.en).to.have.length(beads[3]!.en.length + beads[4]!.en.length);
    expect(changes.order).to.have.length(beads.length - 1);
    expect(changes.map?.cells).to.have.length(beads.length - 1);
    store.close();
  });

  it("after a text edit: the row that holds the paragraph", async () => {
    const { store, id } = await sample();
    const beads = store.getBeads(id);
    const paragraph = store.getParagraphs(id, "en")[beads[7]!.en[0]!]!;
    const before = snapshotRows(store, id);
    editParagraphText(store, paragraph.id, paragraph.version, `${paragraph.text} More.`, admin);
    const changes = rowChangesSince(store, id, before, {}, "en");
    expect(changes.touched).to.deep.equal([beads[7]!.id]);
    expect(changes.rows.map((r) => r.bead.id)).to.include(beads[7]!.id);
    expect(changes.rows.find((r) => r.bead.id === beads[7]!.id)!.en[0]!.text).to.equal(`${paragraph.text} More.`);
    store.close();
  });
});
