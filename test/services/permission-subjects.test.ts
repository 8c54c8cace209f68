/**
 * What a data-dependent permission is decided from, on the sample corpus in a real database
 * file: a paragraph's side, the side of the paragraph a text revision changed, whether a status
 * change locks or touches a locked document, a finding's side; null when there is nothing to
 * decide from.
 */
import { expect } from "chai";
import { openSqliteStore } from "../../server/store/sqlite-store.js";
import { loadSampleCorpus } from "../../server/services/load-sample.js";
import { findingEditAction, paragraphEditAction, revisionEditAction, statusAction } from "../../server/services/permission-subjects.js";
import { refreshFindings } from "../../server/services/document-checks.js";
import { tempDbPath } from "../helpers/temp.js";

describe("permission subjects (sample corpus, real database file)", () => {
  it("decides from the paragraph, the revision, the status and the finding", async () => {
    const store = openSqliteStore(tempDbPath());
    const [id] = await loadSampleCorpus(store);
    const en = store.getParagraphs(id!, "en")[2]!;
    const ar = store.getParagraphs(id!, "ar")[2]!;
    expect(paragraphEditAction(store, en.id)).to.equal("edit-en");
    expect(paragraphEditAction(store, ar.id)).to.equal("edit-ar");
    expect(paragraphEditAction(store, 999_999)).to.equal(null);
    expect(paragraphEditAction(store, Number.NaN)).to.equal(null);

    store.editParagraph(ar.id, ar.version, `${ar.text} نعم`, "ed");
    const revision = store.getHistoryPage(id!, { limit: 1 })[0]!;
    expect(revision.kind).to.equal("text");
    expect(revisionEditAction(store, id!, revision.id)).to.equal("edit-ar");
    expect(revisionEditAction(store, id!, 999_999)).to.equal(null);
    const imported = store.getHistory(id!).find((e) => e.kind !== "text")!;
    expect(revisionEditAction(store, id!, imported.id), "not a text revision").to.equal(null);

    expect(statusAction(store, id!, "finished")).to.equal("set-status");
    expect(statusAction(store, id!, "locked")).to.equal("edit-locked");
    expect(statusAction(store, id!, "nonsense")).to.equal(null);
    expect(statusAction(store, 999_999, "open")).to.equal(null);
    store.setDocumentStatus(id!, "locked", "admin");
    expect(statusAction(store, id!, "open"), "unlocking").to.equal("edit-locked");

    expect(findingEditAction(store, 999_999)).to.equal(null);
    refreshFindings(store, id!);
    const finding = store.listFindings({ documentId: id!, limit: 500 }).find((f) => f.side === "ar") ?? store.listFindings({ documentId: id!, limit: 1 })[0];
    expect(finding, "the sample has findings").to.not.equal(undefined);
    expect(findingEditAction(store, finding!.id)).to.equal(finding!.side === "ar" ? "edit-ar" : "edit-en");
    store.close();
  });
});
