/**
 * The accepted words' use cases on a real database file: the roles that edit the glossary add,
 * change and remove entries, a viewer is refused; a refused entry says why; an import stores the
 * good lines and reports the rest by number; the export reads back as the same list; every change
 * is audited and makes the findings stale; and an accepted word is no longer a spelling finding
 * once the document is checked again.
 */
import { expect } from "chai";
import { openSqliteStore } from "../../server/store/sqlite-store.js";
import { importArticle } from "../../server/services/import-article.js";
import { refreshFindings } from "../../server/services/document-checks.js";
import {
  acceptedWordsTsv, AcceptedWordInputError, addAcceptedWord, editAcceptedWord, importAcceptedWords, removeAcceptedWord, searchAcceptedWords,
} from "../../server/services/accepted-words.js";
import { ForbiddenError } from "../../server/services/errors.js";
import { tempDbPath } from "../helpers/temp.js";

const translator = { name: "tran", role: "translator" as const };
const viewer = { name: "view", role: "viewer" as const };

describe("accepted words (real database file)", () => {
  it("adds, changes, searches and removes entries for the glossary's editors only, with reasons and audit entries", () => {
    const store = openSqliteStore(tempDbPath());
    expect(() => addAcceptedWord(store, { word: "Enab", lang: "en" }, viewer)).to.throw(ForbiddenError);
    addAcceptedWord(store, { word: "Enab", lang: "en", kind: "name", note: "publisher" }, translator);
    try {
      addAcceptedWord(store, { word: "حمص", lang: "en" }, translator);
      expect.fail("an Arabic word as English was accepted");
    } catch (error) {
      expect(error).to.be.instanceOf(AcceptedWordInputError);
      expect((error as AcceptedWordInputError).messageKey).to.equal("acceptedWords.refused.wrongScript");
    }
    addAcceptedWord(store, { word: "القامشلي", lang: "ar", kind: "name" }, translator);
    const enab = searchAcceptedWords(store, "PUBLISHER");
    expect(enab.map((w) => w.word)).to.deep.equal(["Enab"]);
    expect(() => editAcceptedWord(store, enab[0]!.id, { word: "القامشلي", lang: "ar" }, translator)).to.throw(AcceptedWordInputError);
    editAcceptedWord(store, enab[0]!.id, { word: "Enab Baladi", lang: "en", kind: "name" }, translator);
    expect(store.getAcceptedWord(enab[0]!.id)?.word).to.equal("Enab Baladi");
    expect(() => removeAcceptedWord(store, enab[0]!.id, viewer)).to.throw(ForbiddenError);
    expect(removeAcceptedWord(store, enab[0]!.id, translator)).to.equal(true);
    expect(removeAcceptedWord(store, enab[0]!.id, translator)).to.equal(false);
    expect(store.listAudit({}).map((e) => e.action)).to.include.members(["accepted-word-save", "accepted-word-edit", "accepted-word-remove"]);
    store.close();
  });

  it("imports the good lines, reports the refused ones, and exports a list that imports back the same", () => {
    const store = openSqliteStore(tempDbPath());
    const report = importAcceptedWords(store, "word\tlang\tkind\tnote\n=Enab\ten\tname\t-brand\nHoms\tar\tname\t\nحلب\tar\tname\tcity\n", translator);
    expect(report).to.deep.include({ added: 2, stored: 2 });
    expect(report.refused.map((r) => [r.line, r.key])).to.deep.equal([[3, "acceptedWords.refused.wrongScript"]]);
    expect(() => importAcceptedWords(store, "ar\ten\n", translator)).to.throw(AcceptedWordInputError);
    expect(() => importAcceptedWords(store, "word\tlang\n", viewer)).to.throw(ForbiddenError);
    const tsv = acceptedWordsTsv(store);
    expect(tsv).to.include("'=Enab\ten\tname\t'-brand");
    const before = store.listAcceptedWords().map(({ word, lang, kind, note }) => ({ word, lang, kind, note }));
    expect(importAcceptedWords(store, tsv, translator)).to.deep.include({ added: 0, stored: 2, refused: [] });
    expect(store.listAcceptedWords().map(({ word, lang, kind, note }) => ({ word, lang, kind, note }))).to.deep.equal(before);
    store.close();
  });

  it("takes an accepted word out of the document's spelling findings once it is checked again", async () => {
    const store = openSqliteStore(tempDbPath());
    const en = "It made no sence to concider the offer.\nThe talks ended.\n";
    const ar = "لم يكن للعرض معنى.\nوانتهت المحادثات.\n";
    const { id } = await importArticle(store, { en: { bytes: Buffer.from(en), name: "en.txt" }, ar: { bytes: Buffer.from(ar), name: "ar.txt" } }, { title: "Offer" }, "tester", { dictionary: false });
    refreshFindings(store, id);
    const spelling = () => store.listFindings({ documentId: id, checkId: "spelling" }).map((f) => f.excerpt);
    expect(spelling()).to.deep.equal(["sence", "concider"]);
    addAcceptedWord(store, { word: "sence", lang: "en" }, translator);
    expect(store.staleFindings(10).map((d) => d.id)).to.deep.equal([id]);
    refreshFindings(store, id);
    expect(spelling()).to.deep.equal(["concider"]);
    store.close();
  });
});
