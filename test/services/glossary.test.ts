/**
 * The glossary's use cases on a real database file: search with Arabic folded, an entry saved
 * and audited, an entry without both forms refused with its message key, removal audited only
 * when something was removed, a TSV imported (refused lines reported by number and reason, the
 * rest stored) and exported, entries in the wrong script refused, a second spelling refused with
 * the approved one offered and recorded as a variant, entries edited in place and audited.
 */
import { expect } from "chai";
import { openSqliteStore } from "../../server/store/sqlite-store.js";
import { editGlossaryEntry, glossaryTsv, GlossaryInputError, importGlossary, readGlossaryEntry, removeGlossaryEntry, saveGlossaryEntry, searchGlossary } from "../../server/services/glossary.js";
import { NotFoundError } from "../../server/store/conflict-error.js";
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

  it("imports a TSV (a file without the ar and en header refused whole) and exports what it imported", () => {
    const store = openSqliteStore(tempDbPath());
    expect(() => importGlossary(store, "arabic\tenglish\nس\tS\n", "ed")).to.throw(GlossaryInputError).that.deep.includes({ messageKey: "glossary.badTsv", params: { lines: "1" } });
    expect(store.listGlossary()).to.deep.equal([]);
    expect(importGlossary(store, "ar\ten\tkind\tnote\nس\tS\tname\tfirst\n", "ed")).to.deep.equal({ added: 1, stored: 1, refused: [] });
    expect(actions(store)).to.deep.equal(["glossary-import"]);
    expect(glossaryTsv(store)).to.equal("ar\ten\tkind\tnote\nس\tS\tname\tfirst\n");
    store.close();
  });

  it("stores the lines the rules accept and reports each refused one by number and reason, judged against the lines before it", () => {
    const store = openSqliteStore(tempDbPath());
    saveGlossaryEntry(store, readGlossaryEntry({ ar: "حمص", en: "Homs" }), "ed");
    const tsv = [
      "ar\ten\tkind\tnote\tvariant_of",
      "حماة\tHama\tplace\t\t", // 2: stored
      "Idlib\tإدلب\tplace\t\t", // 3: sides swapped
      "حمص\tHims\tplace\t\t", // 4: a second spelling of Homs
      "حمص\tHims\tplace\tolder spelling\tHoms", // 5: the same as a variant: stored
      "\tRaqqa\tplace\t\t", // 6: no Arabic
      "", // blank: skipped
      "حماة\tHamah\tplace\t\t", // 8: a second spelling of Hama, approved on line 2
      "حلب\tحلب\tplace\t\t", // 9: Arabic on the English side
    ].join("\n");
    const report = importGlossary(store, tsv, "ed");
    expect(report.stored).to.equal(2);
    expect(report.refused).to.deep.equal([
      { line: 3, messageKey: "glossary.arabicNotArabic", params: { ar: "Idlib" } },
      { line: 4, messageKey: "glossary.otherSpelling", params: { ar: "حمص", en: "Hims", approved: "Homs" } },
      { line: 6, messageKey: "glossary.needsBoth", params: {} },
      { line: 8, messageKey: "glossary.otherSpelling", params: { ar: "حماة", en: "Hamah", approved: "Hama" } },
      { line: 9, messageKey: "glossary.englishNotLatin", params: { en: "حلب" } },
    ]);
    expect(store.listGlossary().map((e) => [e.ar, e.en, e.note, e.variantOf ?? null])).to.deep.equal([
      ["حماة", "Hama", "", null], ["حمص", "Hims", "older spelling", "Homs"], ["حمص", "Homs", "", null],
    ]);
    // The export carries the variant, and reads back as the same glossary.
    const exported = glossaryTsv(store);
    expect(exported.split("\n")).to.include("حمص\tHims\tplace\tolder spelling\tHoms");
    const again = openSqliteStore(tempDbPath());
    expect(importGlossary(again, exported, "ed").refused).to.deep.equal([]);
    expect(again.listGlossary()).to.deep.equal(store.listGlossary());
    store.close();
    again.close();
  });

  it("refuses a second spelling with the approved one offered, records it as a variant, and edits in place (variants follow)", () => {
    const store = openSqliteStore(tempDbPath());
    saveGlossaryEntry(store, readGlossaryEntry({ ar: "أحرار الشام", en: "Ahrar al-Sham", kind: "organisation" }), "ed");
    const second = readGlossaryEntry({ ar: "أحرار الشام", en: "Ahrar ash-Sham", kind: "organisation" });
    expect(() => saveGlossaryEntry(store, second, "ed")).to.throw(GlossaryInputError).that.deep.includes({
      messageKey: "glossary.otherSpelling", variantOffer: { entry: second, approved: "Ahrar al-Sham" },
    });
    saveGlossaryEntry(store, readGlossaryEntry({ ...second, variantOf: "Ahrar al-Sham" }), "ed");
    expect(store.listGlossary().map((e) => [e.en, e.variantOf ?? null])).to.deep.equal([["Ahrar al-Sham", null], ["Ahrar ash-Sham", "Ahrar al-Sham"]]);

    editGlossaryEntry(store, { ar: "أحرار الشام", en: "Ahrar al-Sham" }, readGlossaryEntry({ ar: "أحرار الشام", en: "Ahrar al-Shaam", kind: "organisation", note: "house style" }), "ed");
    expect(store.listGlossary().map((e) => [e.en, e.note, e.variantOf ?? null])).to.deep.equal([["Ahrar al-Shaam", "house style", null], ["Ahrar ash-Sham", "", "Ahrar al-Shaam"]]);
    const audit = store.listAudit({ limit: 1 })[0];
    expect(audit?.action).to.equal("glossary-edit");
    expect(JSON.stringify(audit)).to.include("Ahrar al-Sham").and.include("house style");

    // An edit obeys the same rules: swapped sides, a pair that exists, an entry that is gone.
    expect(() => editGlossaryEntry(store, { ar: "أحرار الشام", en: "Ahrar al-Shaam" }, readGlossaryEntry({ ar: "Ahrar", en: "أحرار" }), "ed"))
      .to.throw(GlossaryInputError).with.property("messageKey", "glossary.arabicNotArabic");
    expect(() => editGlossaryEntry(store, { ar: "أحرار الشام", en: "Ahrar ash-Sham" }, readGlossaryEntry({ ar: "أحرار الشام", en: "Ahrar al-Shaam", variantOf: "Ahrar al-Shaam" }), "ed"))
      .to.throw(GlossaryInputError).with.property("messageKey", "glossary.variantOfUnknown");
    expect(() => editGlossaryEntry(store, { ar: "none", en: "none" }, readGlossaryEntry({ ar: "حمص", en: "Homs" }), "ed")).to.throw(NotFoundError);
    expect(store.listGlossary()).to.have.length(2);
    // Removing the approved spelling removes its variants with it.
    expect(removeGlossaryEntry(store, "أحرار الشام", "Ahrar al-Shaam", "ed")).to.equal(true);
    expect(store.listGlossary()).to.deep.equal([]);
    store.close();
  });

  it("refuses an entry whose Arabic is Latin or whose English is Arabic, and writes nothing", () => {
    const store = openSqliteStore(tempDbPath());
    expect(() => saveGlossaryEntry(store, readGlossaryEntry({ ar: "Homs", en: "حمص" }), "ed")).to.throw(GlossaryInputError).with.property("messageKey", "glossary.arabicNotArabic");
    expect(() => saveGlossaryEntry(store, readGlossaryEntry({ ar: "حمص", en: "حمص" }), "ed")).to.throw(GlossaryInputError).with.property("messageKey", "glossary.englishNotLatin");
    expect(store.listGlossary()).to.deep.equal([]);
    expect(actions(store)).to.deep.equal([]);
    store.close();
  });
});
