/**
 * The ignore lists on a real temporary SQLite file (through the Store, as the services use it):
 * dismissals listed newest first with their row as numbered on screen and paged, restored (their
 * documents' findings stale, so the background recomputes them); ignore rules added once per check
 * and key, removing the findings they cover at once and making every document stale (a computation
 * begun before is not written over the mark); accepted
 * words upserted by language and key, changed, removed, every change making findings stale.
 */
import { expect } from "chai";
import { openStore } from "../../server/store/open-store.js";
import { testStoreLocation } from "../helpers/test-store.js";
import type { FindingInput } from "../../server/store/types.js";

function corpus() {
  const store = openStore(testStoreLocation());
  const make = (title: string) => store.createDocument({
    title, en: [{ text: "First para.", boilerplate: null }, { text: "The the second.", boilerplate: null }], ar: [{ text: "أ.", boilerplate: null }, { text: "ب.", boilerplate: null }],
    beads: [{ en: [0], ar: [0], score: 1, signals: { shape: "1-1" } }, { en: [1], ar: [1], score: 1, signals: { shape: "1-1" } }],
  }, "alice");
  const ids = [make("One"), make("Two")];
  const finding = (documentId: number): FindingInput => {
    const paragraph = store.getParagraphs(documentId, "en")[1]!;
    return {
      beadId: null, paragraphId: paragraph.id, checkId: "repeated-word", severity: "error", side: "en", start: 0, end: 7, params: {}, suggestion: "The",
      textHash: "h", excerpt: "The the",
    };
  };
  for (const id of ids) store.replaceFindings(id, [finding(id)], store.getDocument(id)!.version);
  return { store, ids, finding };
}

describe("ignore lists repository (real database file)", () => {
  it("lists every dismissal newest first with document, row, text, who and when, a page at a time; restoring makes its document stale", () => {
    const { store, ids, finding } = corpus();
    for (const id of ids) {
      const f = finding(id);
      store.dismissFinding(id, { lang: "en", checkId: f.checkId, textHash: f.textHash, start: f.start, end: f.end, paragraphId: f.paragraphId, excerpt: f.excerpt }, "carol");
    }
    for (const id of ids) store.replaceFindings(id, [], store.getDocument(id)!.version);
    const all = store.listAllDismissals({ offset: 0, limit: 10 });
    expect(all.total).to.equal(2);
    expect(all.dismissals.map((d) => [d.documentTitle, d.row, d.checkId, d.excerpt, d.user, d.lang])).to.deep.equal([
      ["Two", 2, "repeated-word", "The the", "carol", "en"], ["One", 2, "repeated-word", "The the", "carol", "en"],
    ]);
    expect(store.listAllDismissals({ offset: 1, limit: 1 }).dismissals.map((d) => d.documentTitle)).to.deep.equal(["One"]);
    expect(store.staleFindings(10)).to.deep.equal([]);

    const [newest] = all.dismissals;
    const restored = store.restoreDismissals([newest!.id, newest!.id, 999999]);
    expect(restored.map((d) => d.id)).to.deep.equal([newest!.id]);
    expect(store.listAllDismissals({ offset: 0, limit: 10 }).total).to.equal(1);
    expect(store.listDismissals(ids[1]!)).to.deep.equal([]);
    expect(store.listDismissals(ids[0]!)).to.have.length(1);
    expect(store.staleFindings(10).map((d) => d.id)).to.deep.equal([ids[1]]);
    store.close();
  });

  it("adds a rule once per check and key, removes the findings it covers in every document at once, and makes every document stale", () => {
    const { store, ids } = corpus();
    const stamp = store.findingsStamp(ids[1]!);
    expect(stamp, "the stamp of stored findings").to.be.greaterThan(0);
    const rule = store.addIgnoreRule({ checkId: "repeated-word", text: "THE  the" }, "carol");
    expect(rule).to.include({ checkId: "repeated-word", text: "THE  the", textKey: "the the", user: "carol" });
    expect(store.addIgnoreRule({ checkId: "repeated-word", text: "the the" }, "dave")).to.equal(null);
    expect(store.addIgnoreRule({ checkId: "spelling", text: "the the" }, "dave")).to.not.equal(null);
    for (const id of ids) expect(store.listFindings({ documentId: id })).to.deep.equal([]);
    expect(store.findingsStamp(ids[1]!), "pages showing the findings see the change").to.not.equal(stamp);
    expect(store.staleFindings(10).map((d) => d.id)).to.have.members(ids);
    expect(store.listIgnoreRules().map((r) => r.checkId)).to.have.members(["repeated-word", "spelling"]);

    // A computation that began before the rule (it read the stale mark before) is not written over it.
    const seen = store.findingsVersion(ids[0]!);
    store.addIgnoreRule({ checkId: "odd-whitespace", text: " " }, "carol");
    expect(store.replaceFindings(ids[0]!, [], store.getDocument(ids[0]!)!.version, seen)).to.equal(false);
    expect(store.findingsVersion(ids[0]!)).to.be.below(seen);
    for (const id of ids) expect(store.replaceFindings(id, [], store.getDocument(id)!.version, store.findingsVersion(id))).to.equal(true);
    expect(store.removeIgnoreRules([rule!.id, 424242]).map((r) => r.id)).to.deep.equal([rule!.id]);
    expect(store.listIgnoreRules().map((r) => r.checkId)).to.have.members(["spelling", "odd-whitespace"]);
    expect(store.staleFindings(10).map((d) => d.id)).to.have.members(ids);
    for (const id of ids) store.replaceFindings(id, [], store.getDocument(id)!.version);
    expect(store.removeIgnoreRules([rule!.id])).to.deep.equal([]);
    expect(store.staleFindings(10), "nothing removed, nothing stale").to.deep.equal([]);
    store.close();
  });

  it("keeps accepted words one per language and key; every change makes findings stale", () => {
    const { store, ids } = corpus();
    const settle = () => { for (const id of ids) store.replaceFindings(id, [], store.getDocument(id)!.version); };
    settle();
    const stamps = [store.ignoreListsStamp()];
    expect(store.upsertAcceptedWords([{ lang: "en", word: "Enab", kind: "name", note: "" }, { lang: "ar", word: "القامشلي", kind: "name", note: "" }], "alice")).to.equal(2);
    stamps.push(store.ignoreListsStamp());
    expect(store.staleFindings(10)).to.have.length(2);
    settle();
    expect(store.upsertAcceptedWords([{ lang: "en", word: "ENAB", kind: "word", note: "brand" }, { lang: "ar", word: "Enab", kind: "word", note: "" }], "bob")).to.equal(1);
    const words = store.listAcceptedWords();
    expect(words.map((w) => [w.lang, w.word, w.kind, w.note, w.user])).to.deep.equal([
      ["ar", "Enab", "word", "", "bob"], ["ar", "القامشلي", "name", "", "alice"], ["en", "ENAB", "word", "brand", "bob"],
    ]);
    settle();
    const enab = words.find((w) => w.lang === "en")!;
    const qamishli = words.find((w) => w.word === "القامشلي")!;
    expect(store.replaceAcceptedWord(enab.id, { lang: "ar", word: "القامشلي", kind: "name", note: "" }, "carol"), "clash").to.equal(false);
    expect(store.staleFindings(10)).to.deep.equal([]);
    expect(store.replaceAcceptedWord(enab.id, { lang: "en", word: "Enab Baladi", kind: "name", note: "" }, "carol")).to.equal(true);
    expect(store.getAcceptedWord(enab.id)).to.include({ word: "Enab Baladi", user: "carol" });
    expect(store.staleFindings(10)).to.have.length(2);
    settle();
    expect(store.removeAcceptedWord(qamishli.id)?.word).to.equal("القامشلي");
    expect(store.removeAcceptedWord(qamishli.id)).to.equal(null);
    expect(store.staleFindings(10)).to.have.length(2);
    expect(store.listAcceptedWords()).to.have.length(2);
    stamps.push(store.ignoreListsStamp());
    store.addIgnoreRule({ checkId: "spelling", text: "enab" }, "alice");
    stamps.push(store.ignoreListsStamp());
    expect(new Set(stamps).size, "the lists' stamp changes with every change").to.equal(stamps.length);
    store.close();
  });
});
