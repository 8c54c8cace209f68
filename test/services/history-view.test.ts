/**
 * The history page reads a document's history a page at a time: a document edited many times
 * never loads (or diffs) its whole history in one request.
 */
import { expect } from "chai";
import { openSqliteStore } from "../../server/store/sqlite-store.js";
import { loadSampleCorpus } from "../../server/services/load-sample.js";
import { buildHistoryView, HISTORY_PAGE } from "../../server/services/history-view.js";
import { translatorFor } from "../../server/i18n/translate.js";
import { tempDbPath } from "../helpers/temp.js";

const t = translatorFor("en");

describe("history view (real database file)", () => {
  it("shows the newest changes first, a page at a time, with a link to the older ones", async () => {
    const store = openSqliteStore(tempDbPath());
    const [id] = await loadSampleCorpus(store);
    const paragraph = store.getParagraphs(id!, "en")[4]!;
    let version = paragraph.version;
    for (let k = 0; k < 150; k++) version = store.editParagraph(paragraph.id, version, `${paragraph.text} (${k})`, "editor").version;
    const first = buildHistoryView(store, id!, undefined, t, "en");
    expect(first.items).to.have.length(HISTORY_PAGE);
    expect(first.items[0]?.diff?.some((s) => s.op === "insert" && s.text.includes("149"))).to.equal(true);
    expect(first.olderHref).to.match(/^\?before=\d+$/u);
    const row = store.getBeads(id!).findIndex((b) => b.paragraphIds?.en.includes(paragraph.id) ?? false) + 1;
    expect(first.items[0]?.words.sentence).to.equal(`Text of row ${row} (English) edited`);
    const second = buildHistoryView(store, id!, Number(first.olderHref!.split("=")[1]), t, "en");
    expect(second.items).to.have.length(151 - HISTORY_PAGE);
    expect(second.items[second.items.length - 1]?.action).to.equal("import");
    expect(second.items[second.items.length - 1]?.words.sentence).to.match(/^Imported: \d+ paragraphs in English and \d+ paragraphs in Arabic, in \d+ rows$/u);
    expect(second.olderHref).to.equal(null);
    store.close();
  });
});
