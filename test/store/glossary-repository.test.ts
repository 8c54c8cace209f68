/**
 * The glossary on a real temporary SQLite file: entries added or updated by their (ar, en) pair,
 * listed by English spelling, removed one by one; every change moves each document's version
 * (the glossary feeds the aligner and the checks, so their results must be redone).
 */
import { expect } from "chai";
import { listGlossary, removeGlossaryEntry, upsertGlossary } from "../../server/store/glossary-repository.js";
import { getDocument, insertDocument } from "../../server/store/documents-repository.js";
import { openTestDatabase } from "../helpers/test-store.js";

describe("glossary repository", () => {
  const db = openTestDatabase();
  after(() => db.close());
  const { id } = insertDocument(db, { title: "T", en: [{ text: "A.", boilerplate: null }], ar: [], beads: [] }, "alice");
  const version = () => getDocument(db, id)?.version;

  it("adds entries and counts only the new ones", () => {
    expect(upsertGlossary(db, [
      { ar: "حمص", en: "Homs", kind: "place", note: "" },
      { ar: "أحرار الشام", en: "Ahrar al-Sham", kind: "organisation", note: "" },
    ])).to.equal(2);
    expect(version()).to.equal(2);
    expect(upsertGlossary(db, [{ ar: "حمص", en: "Homs", kind: "place", note: "city in Syria" }, { ar: "حماة", en: "Hama", kind: "place", note: "" }])).to.equal(1);
    expect(version()).to.equal(3);
  });

  it("lists entries by English spelling, ignoring case, with their kind and note", () => {
    expect(listGlossary(db).map((e) => [e.en, e.kind, e.note])).to.deep.equal([
      ["Ahrar al-Sham", "organisation", ""], ["Hama", "place", ""], ["Homs", "place", "city in Syria"],
    ]);
  });

  it("keeps two English spellings of one Arabic name apart", () => {
    upsertGlossary(db, [{ ar: "حمص", en: "Hims", kind: "place", note: "" }]);
    expect(listGlossary(db).filter((e) => e.ar === "حمص").map((e) => e.en)).to.deep.equal(["Hims", "Homs"]);
  });

  it("removes one entry, and says whether there was one", () => {
    const before = version();
    expect(removeGlossaryEntry(db, "حمص", "Hims")).to.equal(true);
    expect(version()).to.equal((before ?? 0) + 1);
    expect(removeGlossaryEntry(db, "حمص", "Hims")).to.equal(false);
    expect(version(), "nothing removed, nothing to redo").to.equal((before ?? 0) + 1);
    expect(listGlossary(db).map((e) => e.en)).to.deep.equal(["Ahrar al-Sham", "Hama", "Homs"]);
  });
});
