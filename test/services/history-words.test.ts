/**
 * History entries said in words (real database file, real operations through the services): each
 * kind of entry in English and in Arabic, the rows named as numbered on screen and linked to the
 * row as it is now, "now row N" once a row has moved and "at the time" once it is gone, the first
 * words of the paragraphs a splice touched, a bulk replacement's words and size, and Arabic's
 * counted forms.
 */
import { expect } from "chai";
import { openSqliteStore } from "../../server/store/sqlite-store.js";
import { loadSampleCorpus } from "../../server/services/load-sample.js";
import { importArticle } from "../../server/services/import-article.js";
import { refreshFindings, applyFix, dismiss } from "../../server/services/document-checks.js";
import { acceptBulkChange, previewReplaceEverywhere } from "../../server/services/bulk-changes.js";
import { editParagraphText, performAlignment, revertRevision, setStatus, splitParagraphAt, travelHistory } from "../../server/services/review.js";
import { describeEntries, rowHref } from "../../server/services/history-words.js";
import { changeRowSentenceLinks, readSentencePanel } from "../../server/services/sentence-links.js";
import { translatorFor, type Language } from "../../server/i18n/translate.js";
import type { Store } from "../../server/store/types.js";
import { tempDbPath } from "../helpers/temp.js";

const translator = { name: "tr", role: "translator" as const };
const editor = { name: "copy", role: "copy-editor" as const };
const admin = { name: "chief", role: "admin" as const };

/** The words of the newest history entry of a document, in a language. */
function newest(store: Store, documentId: number, lang: Language) {
  const entry = store.getHistoryPage(documentId, { limit: 1 })[0]!;
  return describeEntries(store, [entry], translatorFor(lang), lang).get(entry.id)!;
}

function wordsOfEntry(store: Store, documentId: number, entryId: number, lang: Language) {
  const entry = store.getHistoryEntry(documentId, entryId)!;
  return describeEntries(store, [entry], translatorFor(lang), lang).get(entry.id)!;
}

async function sample() {
  const store = openSqliteStore(tempDbPath());
  const [id] = await loadSampleCorpus(store);
  return { store, id: id! };
}

const rowAt = (store: Store, id: number, row: number) => store.getBeads(id)[row - 1]!;

describe("history in words (real database file)", () => {
  it("a row's status: “Row 7 confirmed”, linked to row 7, in both languages", async () => {
    const { store, id } = await sample();
    const row = rowAt(store, id, 7);
    performAlignment(store, id, { op: "confirm", bead: row.id, version: row.version }, translator);
    const en = newest(store, id, "en");
    expect(en.sentence).to.equal("Row 7 confirmed");
    expect(en.rows).to.deep.equal([{ label: "row 7", href: rowHref(id, 7) }]);
    expect(newest(store, id, "ar").sentence).to.equal("أُكِّد الصف ٧");
    const again = rowAt(store, id, 7);
    performAlignment(store, id, { op: "reject", bead: again.id, version: again.version }, translator);
    expect(newest(store, id, "en").sentence).to.equal("Row 7 rejected");
    expect(newest(store, id, "ar").sentence).to.equal("رُفض الصف ٧");
    store.close();
  });

  it("names the row as it was then and as it is now after rows moved, and “at the time” once it is gone", async () => {
    const { store, id } = await sample();
    const seven = rowAt(store, id, 7);
    performAlignment(store, id, { op: "confirm", bead: seven.id, version: seven.version }, translator);
    const confirmed = store.getHistoryPage(id, { limit: 1 })[0]!.id;
    const [one, two] = [rowAt(store, id, 1), rowAt(store, id, 2)];
    performAlignment(store, id, { op: "merge", bead: one.id, version: one.version, neighbour: { id: two.id, version: two.version } }, translator);
    const moved = wordsOfEntry(store, id, confirmed, "en");
    expect(moved.sentence).to.equal("Row 7 confirmed");
    expect(moved.rows).to.deep.equal([{ label: "row 7 (now row 6)", href: rowHref(id, 6) }]);
    expect(wordsOfEntry(store, id, confirmed, "ar").rows[0]!.label).to.equal("الصف ٧ (الصف ٦ الآن)");
    const [six, next] = [rowAt(store, id, 6), rowAt(store, id, 7)];
    performAlignment(store, id, { op: "merge", bead: six.id, version: six.version, neighbour: { id: next.id, version: next.version } }, translator);
    const gone = wordsOfEntry(store, id, confirmed, "en");
    expect(gone.rows).to.deep.equal([{ label: "row 7 at the time (no longer there)", href: null }]);
    expect(wordsOfEntry(store, id, confirmed, "ar").rows[0]!.label).to.equal("الصف ٧ وقتها (لم يعد موجودًا)");
    store.close();
  });

  it("merge and split: the rows before and after, with the first words of both sides", async () => {
    const { store, id } = await sample();
    const [four, five] = [rowAt(store, id, 4), rowAt(store, id, 5)];
    const firstEn = store.getParagraphs(id, "en")[four.en[0]!]!.text.split(/\s+/u).slice(0, 3).join(" ");
    performAlignment(store, id, { op: "merge", bead: four.id, version: four.version, neighbour: { id: five.id, version: five.version } }, translator);
    const merged = newest(store, id, "en");
    expect(merged.sentence).to.equal("Rows 4 and 5 merged into row 4");
    expect(merged.rows).to.deep.equal([{ label: "row 4", href: rowHref(id, 4) }]);
    expect(merged.excerpts.map((e) => e.side)).to.deep.equal(["en", "ar"]);
    expect(merged.excerpts[0]!.text.startsWith(firstEn)).to.equal(true);
    expect(newest(store, id, "ar").sentence).to.equal("دُمج الصفان ٤ و٥ في صف واحد: الصف ٤");
    const joined = rowAt(store, id, 4);
    performAlignment(store, id, { op: "split", bead: joined.id, version: joined.version, enCount: 1, arCount: 1 }, translator);
    expect(newest(store, id, "en").sentence).to.equal("Row 4 split into rows 4 and 5");
    expect(newest(store, id, "ar").sentence).to.equal("قُسِّم الصف ٤، فنتج عنه الصفان ٤ و٥");
    travelHistory(store, id, "undo", translator);
    expect(newest(store, id, "en").sentence).to.equal("Undone: Row split");
    expect(newest(store, id, "ar").sentence).to.equal("تراجع عن: تقسيم صف");
    store.close();
  });

  it("a row's sentence links: a shift and a confirmation name the row, in both languages", async () => {
    const { store, id } = await sample();
    const bead = store.getBeads(id).find((b) => {
      const panel = readSentencePanel(store, id, b.id);
      return panel.en.length === 2 && panel.ar.length === 2 && panel.links.length === 2;
    })!;
    const row = bead.position + 1;
    const panel = readSentencePanel(store, id, bead.id);
    changeRowSentenceLinks(store, id, { bead: bead.id, version: 0, fingerprint: panel.fingerprint, operation: { op: "shift", link: 1, side: "ar", direction: "up" } }, translator);
    const shifted = newest(store, id, "en");
    expect(shifted.sentence).to.equal(`A sentence of row ${row} moved to the neighbouring link`);
    expect(shifted.rows).to.deep.equal([{ label: `row ${row}`, href: rowHref(id, row) }]);
    changeRowSentenceLinks(store, id, { bead: bead.id, version: 1, fingerprint: panel.fingerprint, operation: { op: "confirm" } }, translator);
    expect(newest(store, id, "en").sentence).to.equal(`Sentence links of row ${row} confirmed`);
    const arabicRow = row.toLocaleString("ar-EG", { useGrouping: false });
    expect(newest(store, id, "ar").sentence).to.equal(`أُكِّدت روابط الجمل في الصف ${arabicRow}`);
    store.close();
  });

  it("a text edit: “Text of row 3 (English) edited”; a document's status in words", async () => {
    const { store, id } = await sample();
    const paragraph = store.getParagraphs(id, "en")[rowAt(store, id, 3).en[0]!]!;
    editParagraphText(store, paragraph.id, paragraph.version, `${paragraph.text} Indeed.`, editor);
    expect(newest(store, id, "en").sentence).to.equal("Text of row 3 (English) edited");
    expect(newest(store, id, "en").rows).to.deep.equal([{ label: "row 3", href: rowHref(id, 3) }]);
    expect(newest(store, id, "ar").sentence).to.equal("حُرِّر نص الصف ٣ (الإنجليزية)");
    setStatus(store, id, "finished", admin);
    expect(newest(store, id, "en").sentence).to.equal("Document status changed from Open to Finished");
    expect(newest(store, id, "ar").sentence).to.equal("تغيّرت حالة المستند من مفتوح إلى منجز");
    store.close();
  });

  it("a shift, a paragraph split, a revert and an undo of one row's change, each naming its rows", async () => {
    const { store, id } = await sample();
    const [four, five] = [rowAt(store, id, 4), rowAt(store, id, 5)];
    performAlignment(store, id, { op: "shift", side: "en", direction: "down", bead: four.id, version: four.version, neighbour: { id: five.id, version: five.version } }, translator);
    expect(newest(store, id, "en").sentence).to.equal("A paragraph shifted between rows 4 and 5");
    expect(newest(store, id, "ar").sentence).to.equal("نُقلت فقرة، فتغيّر الصفان ٤ و٥");
    const eight = rowAt(store, id, 8);
    performAlignment(store, id, { op: "confirm", bead: eight.id, version: eight.version }, translator);
    travelHistory(store, id, "undo", translator);
    expect(newest(store, id, "en").sentence).to.equal("Undone: Confirmed (row 8)");
    expect(newest(store, id, "en").rows).to.deep.equal([{ label: "row 8", href: rowHref(id, 8) }]);
    expect(newest(store, id, "ar").sentence).to.equal("تراجع عن: تأكيد (الصف ٨)");
    const paragraph = store.getParagraphs(id, "en")[rowAt(store, id, 2).en[0]!]!;
    editParagraphText(store, paragraph.id, paragraph.version, `${paragraph.text} Indeed.`, editor);
    const edit = store.getHistoryPage(id, { limit: 1 })[0]!.id;
    revertRevision(store, id, edit, editor);
    expect(newest(store, id, "en").sentence).to.equal("Text of row 2 (English) reverted to an earlier version");
    expect(newest(store, id, "ar").sentence).to.equal("أُعيد نص الصف ٢ (الإنجليزية) إلى نسخة سابقة");
    const again = store.getParagraph(paragraph.id)!;
    splitParagraphAt(store, again.id, again.version, again.text.indexOf(" "), editor);
    expect(newest(store, id, "en").sentence).to.equal("A paragraph of row 2 (English) split in two");
    expect(newest(store, id, "ar").sentence).to.equal("قُسِّمت فقرة في الصف ٢ (الإنجليزية) إلى فقرتين");
    store.close();
  });

  it("an import: its paragraphs and rows counted with Arabic's forms", async () => {
    const store = openSqliteStore(tempDbPath());
    const en = "One.\nTwo.\nThree.\n";
    const ar = "واحد.\nاثنان.\nثلاثة.\n";
    const { id } = await importArticle(store, { en: { bytes: Buffer.from(en), name: "en.txt" }, ar: { bytes: Buffer.from(ar), name: "ar.txt" } }, { title: "Counts" }, "tester", { dictionary: false });
    expect(store.getBeads(id)).to.have.length(3);
    expect(newest(store, id, "en").sentence).to.equal("Imported: 3 paragraphs in English and 3 paragraphs in Arabic, in 3 rows");
    expect(newest(store, id, "ar").sentence).to.equal("استُورد المستند: ٣ فقرات بالإنجليزية و٣ فقرات بالعربية، في ٣ صفوف");
    store.close();
  });

  it("fixes: one fix names its check and row; a bulk replacement its words and how many paragraphs it changed", async () => {
    const store = openSqliteStore(tempDbPath());
    const AR = "قال المتحدث إن الهيئة العليا للمفاوضات ستجتمع مجددًا.\nوأضاف أن الوفدين سيلتقيان الأسبوع المقبل.\n";
    const EN = "The spokesman said the Negotiations Committee would meet again, and the Negotiations Committee agreed.\nHe added that the Negotiating Committee would meet next week.\n";
    const ids: number[] = [];
    for (let k = 0; k < 3; k++) {
      const { id } = await importArticle(store, { en: { bytes: Buffer.from(EN), name: "en.txt" }, ar: { bytes: Buffer.from(AR), name: "ar.txt" } }, { title: `Talks ${k}` }, "tester", { dictionary: false });
      refreshFindings(store, id);
      ids.push(id);
    }
    const bulk = previewReplaceEverywhere(store, "naming-consistency", "Negotiating Committee", "Negotiations Committee", editor);
    acceptBulkChange(store, bulk, true, editor);
    const en = newest(store, ids[0]!, "en");
    expect(en.sentence).to.equal("Replaced “Negotiating Committee” by “Negotiations Committee” in row 2 (English), part of a bulk change of 3 paragraphs");
    expect(newest(store, ids[0]!, "ar").sentence).to.equal("وُضع «Negotiations Committee» مكان «Negotiating Committee» في الصف ٢ (الإنجليزية)، ضمن تغيير جماعي شمل ٣ فقرات");

    const single = await importArticle(store, { en: { bytes: Buffer.from(EN), name: "en.txt" }, ar: { bytes: Buffer.from(AR), name: "ar.txt" } }, { title: "Talks single" }, "tester", { dictionary: false });
    refreshFindings(store, single.id);
    const finding = store.listFindings({ documentId: single.id }).find((f) => f.checkId === "naming-consistency")!;
    applyFix(store, finding.id, editor);
    const name = translatorFor("en")("checks.naming-consistency.name");
    expect(newest(store, single.id, "en").sentence).to.equal(`Fix “${name}” applied to row 2 (English)`);
    expect(newest(store, single.id, "ar").sentence).to.equal(`طُبِّق تصحيح «${translatorFor("ar")("checks.naming-consistency.name")}» على الصف ٢ (الإنجليزية)`);
    store.close();
  });

  it("a dismissal names the check in words", async () => {
    const store = openSqliteStore(tempDbPath());
    const EN = "The spokesman said the Negotiations Committee would meet again, and the Negotiations Committee agreed.\nHe added that the Negotiating Committee would meet next week.\n";
    const AR = "قال المتحدث إن الهيئة العليا للمفاوضات ستجتمع مجددًا.\nوأضاف أن الوفدين سيلتقيان الأسبوع المقبل.\n";
    const { id } = await importArticle(store, { en: { bytes: Buffer.from(EN), name: "en.txt" }, ar: { bytes: Buffer.from(AR), name: "ar.txt" } }, { title: "Talks" }, "tester", { dictionary: false });
    refreshFindings(store, id);
    const finding = store.listFindings({ documentId: id }).find((f) => f.checkId === "naming-consistency")!;
    dismiss(store, finding.id, editor);
    expect(newest(store, id, "en").sentence).to.equal(`Finding “${translatorFor("en")("checks.naming-consistency.name")}” dismissed (English)`);
    expect(newest(store, id, "ar").sentence).to.equal(`تُجوهلت ملاحظة «${translatorFor("ar")("checks.naming-consistency.name")}» (الإنجليزية)`);
    store.close();
  });

  it("confirm all above counts its rows in words, with Arabic's plural forms", async () => {
    const { store, id } = await sample();
    const before = store.getBeads(id);
    const target = before[before.length - 1]!;
    performAlignment(store, id, { op: "confirm-above", bead: target.id, version: target.version }, translator);
    const after = store.getBeads(id);
    const confirmed = after.map((b, k) => (b.status === "confirmed" && before[k]!.status !== "confirmed" ? k + 1 : 0)).filter((k) => k > 0);
    expect(confirmed.length).to.be.greaterThan(2);
    const [first, last] = [confirmed[0]!, confirmed[confirmed.length - 1]!];
    expect(newest(store, id, "en").sentence).to.equal(`${confirmed.length} rows confirmed (rows ${first} to ${last})`);
    const n = confirmed.length;
    const arabicDigits = (k: number) => String(k).replace(/\d/gu, (d) => "٠١٢٣٤٥٦٧٨٩"[Number(d)]!);
    const noun = n % 100 >= 3 && n % 100 <= 10 ? "صفوف" : n % 100 >= 11 ? "صفًا" : "صف";
    expect(newest(store, id, "ar").sentence).to.equal(`أُكِّد ${arabicDigits(n)} ${noun} (الصفوف من ${arabicDigits(first)} إلى ${arabicDigits(last)})`);
    store.close();
  });

  it("events outside documents: logins, accounts and the glossary in words", async () => {
    const store = openSqliteStore(tempDbPath());
    store.audit({ documentId: null, user: "chief", action: "user-add", target: "user:sara", details: { role: "translator" } });
    store.audit({ documentId: null, user: "chief", action: "user-update", target: "user:sara", details: { role: "viewer", disabled: true } });
    store.audit({ documentId: null, user: "sara", action: "login-failed" });
    store.audit({ documentId: null, user: "chief", action: "glossary-save", target: "glossary:دمشق", details: { ar: "دمشق", en: "Damascus" } });
    const entries = store.listAudit({});
    const say = (lang: Language) => [...describeEntries(store, entries, translatorFor(lang), lang).values()].map((w) => w.sentence);
    expect(say("en")).to.deep.equal(["Glossary entry “دمشق” = “Damascus” saved", "Failed login attempt", "User “sara” changed: role Viewer, disabled", "User “sara” added as Translator"]);
    expect(say("ar")).to.deep.equal(["حُفظ مدخل المسرد «دمشق» = «Damascus»", "محاولة دخول فاشلة", "عُدِّل المستخدم «sara»: الدور: مطّلع، عُطِّل", "أُضيف المستخدم «sara» بدور مترجم"]);
    store.close();
  });
});
