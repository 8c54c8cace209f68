/**
 * The glossary's use cases on a real database file: search with Arabic folded, an entry saved
 * and audited, an entry without both forms refused with its message key, removal audited only
 * when something was removed, a TSV imported (bad lines named) and exported.
 */
import { expect } from "chai";
import { openSqliteStore } from "../../server/store/sqlite-store.js";
import { glossaryTsv, GlossaryInputError, importGlossary, readGlossaryEntry, removeGlossaryEntry, saveGlossaryEntry, searchGlossary } from "../../server/services/glossary.js";
import { tempDbPath } from "../helpers/temp.js";

const actions = (store: ReturnType<typeof openSqliteStore>) => store.listAudit({ limit: 50 }).map((e) => e.action);

describe("glossary service (real database file)", () => {
  it("saves a trimmed entry with kind term by default, audits it, and finds it with or without hamza and case", () => {
    const store = openSqliteStore(tempDbPath());
    const entry = readGlossaryEntry({ ar: "  أحرار الشام ", en: " Ahrar al-Sham ", note: "" });
    expect(entry).to.deep.equal({ ar: "أحرار الشام", en: "Ahrar al-Sham", kind: "term", note: "" });
    saveGlossaryEntry(store, entry, "ed");
    expect(actions(store)).to.deep.equal(["glossary-save"]);
    expect(searchGlossary(store, "احرار").map((e) => e.en)).to.deep.equal(["Ahrar al-Sham"]);
    expect(searchGlossary(store, "AHRAR").map((e) => e.en)).to.deep.equal(["Ahrar al-Sham"]);
    expect(searchGlossary(store, "nothing like it")).to.deep.equal([]);
    expect(searchGlossary(store, "")).to.have.length(1);
    store.close();
  });

  it("refuses an entry without both forms, or with a form over 200 characters, and writes nothing", () => {
    const store = openSqliteStore(tempDbPath());
    for (const raw of [{ ar: "", en: "x" }, { ar: "س", en: "  " }, { ar: "س", en: "x".repeat(201) }]) {
      expect(() => saveGlossaryEntry(store, readGlossaryEntry(raw), "ed")).to.throw(GlossaryInputError).with.property("messageKey", "glossary.needsBoth");
    }
    expect(store.listGlossary()).to.deep.equal([]);
    expect(actions(store)).to.deep.equal([]);
    store.close();
  });

  it("audits a removal only when there was an entry to remove", () => {
    const store = openSqliteStore(tempDbPath());
    saveGlossaryEntry(store, readGlossaryEntry({ ar: "س", en: "S" }), "ed");
    expect(removeGlossaryEntry(store, "none", "none", "ed")).to.equal(false);
    expect(removeGlossaryEntry(store, "س", "S", "ed")).to.equal(true);
    expect(actions(store)).to.deep.equal(["glossary-remove", "glossary-save"]);
    expect(store.listGlossary()).to.deep.equal([]);
    store.close();
  });

  it("imports a TSV (bad lines named, nothing written) and exports what it imported", () => {
    const store = openSqliteStore(tempDbPath());
    expect(() => importGlossary(store, "ar\ten\nس\t\nص\tS\n\tT\n", "ed")).to.throw(GlossaryInputError).that.deep.includes({ messageKey: "glossary.badTsv", params: { lines: "2, 4" } });
    expect(store.listGlossary()).to.deep.equal([]);
    expect(importGlossary(store, "ar\ten\tkind\tnote\nس\tS\tname\tfirst\n", "ed")).to.equal(1);
    expect(actions(store)).to.deep.equal(["glossary-import"]);
    expect(glossaryTsv(store)).to.equal("ar\ten\tkind\tnote\nس\tS\tname\tfirst\n");
    store.close();
  });
});
