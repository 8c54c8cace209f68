/**
 * Many findings applied or dismissed at once, on a real database file: each through the one-finding
 * service, the refusals (a stale one, a gone one, a locked document, a role) reported beside what
 * was done, and what was done kept as the finding's outcome (fixed, dismissed); "ignore all like
 * these" as one rule per check and text, which clears those findings from every document.
 */
import { expect } from "chai";
import { openSqliteStore } from "../../server/store/sqlite-store.js";
import { importArticle } from "../../server/services/import-article.js";
import { refreshFindings } from "../../server/services/document-checks.js";
import { actOnFindings, BULK_LIMIT } from "../../server/services/finding-actions.js";
import { BadRequestError } from "../../server/services/errors.js";
import { tempDbPath } from "../helpers/temp.js";

const AR = "قال المتحدث إن الهيئة العليا للمفاوضات ستجتمع مجددًا.\nوأضاف أن الوفدين سيلتقيان الأسبوع المقبل.\n";
const EN = "The spokesman said the Negotiations Committee would meet again, and the Negotiations Committee agreed.\nHe added that the Negotiating Committee would meet next week. They they met.\n";
const editor = { name: "copy", role: "copy-editor" as const };

async function corpus(count: number) {
  const store = openSqliteStore(tempDbPath());
  const ids: number[] = [];
  for (let k = 0; k < count; k++) {
    const { id } = await importArticle(store, { en: { bytes: Buffer.from(EN), name: "en.txt" }, ar: { bytes: Buffer.from(AR), name: "ar.txt" } }, { title: `Talks ${k}` }, "tester", { dictionary: false });
    refreshFindings(store, id);
    ids.push(id);
  }
  return { store, ids };
}

describe("finding actions (real database file)", () => {
  it("dismisses many at once, each kept as dismissed, and reports one already gone", async () => {
    const { store, ids } = await corpus(2);
    const picked = ids.map((id) => store.listFindings({ documentId: id })[0]!);
    const outcome = actOnFindings(store, "dismiss", [picked[0]!.id, picked[1]!.id, 987654], editor);
    expect(outcome.done).to.deep.equal([picked[0]!.id, picked[1]!.id]);
    expect(outcome.refused).to.deep.equal([{ id: 987654, reason: "gone" }]);
    expect(store.countGridFindings({ status: "dismissed" })).to.equal(2);
    expect(store.listDismissals(ids[0]!)).to.have.length(1);
    store.close();
  });

  it("ignores all like the ticked ones: one rule per check and text, the same finding gone from every document", async () => {
    const { store, ids } = await corpus(2);
    const first = store.listFindings({ documentId: ids[0]! });
    const picked = first[0]!;
    const twin = store.listFindings({ documentId: ids[1]! }).find((f) => f.checkId === picked.checkId && f.excerpt === picked.excerpt)!;
    const other = first.find((f) => f.checkId !== picked.checkId || f.excerpt !== picked.excerpt)!;
    expect(twin, "the same finding in the second document").to.not.equal(undefined);
    const viewer = actOnFindings(store, "ignore", [picked.id], { name: "v", role: "viewer" });
    expect(viewer.refused).to.deep.equal([{ id: picked.id, reason: "role" }]);
    expect(store.listIgnoreRules()).to.have.length(0);
    const outcome = actOnFindings(store, "ignore", [picked.id, twin.id, other.id, 987654], editor);
    expect([...outcome.done].sort((a, b) => a - b)).to.deep.equal([picked.id, twin.id, other.id].sort((a, b) => a - b));
    expect(outcome.refused).to.deep.equal([{ id: 987654, reason: "gone" }]);
    expect(store.listIgnoreRules().map((r) => r.checkId).sort()).to.deep.equal([picked.checkId, other.checkId].sort());
    for (const id of ids) {
      refreshFindings(store, id);
      const left = store.listFindings({ documentId: id });
      expect(left.some((f) => f.checkId === picked.checkId && f.excerpt === picked.excerpt), `document ${id}`).to.equal(false);
    }
    store.close();
  });

  it("applies many fixes; a second fix in a paragraph the first changed is refused as stale", async () => {
    const { store, ids } = await corpus(1);
    const fixable = store.listFindings({ documentId: ids[0]! }).filter((f) => f.suggestion !== null && f.side === "en");
    const byParagraph = fixable.filter((f) => f.paragraphId === fixable[0]!.paragraphId);
    expect(byParagraph.length, "two fixable findings in one paragraph").to.be.at.least(2);
    const outcome = actOnFindings(store, "apply", byParagraph.slice(0, 2).map((f) => f.id), editor);
    expect(outcome.done).to.deep.equal([byParagraph[0]!.id]);
    expect(outcome.refused).to.deep.equal([{ id: byParagraph[1]!.id, reason: "stale" }]);
    expect(store.listGridFindings({ status: "fixed", sort: "recent", limit: 5, offset: 0 }).map((r) => r.id)).to.have.length(1);
    expect(store.getHistory(ids[0]!).some((h) => h.action.startsWith("fix:"))).to.equal(true);
    store.close();
  });

  it("refuses by role and by lock, one by one, and refuses too many at once", async () => {
    const { store, ids } = await corpus(1);
    const [finding] = store.listFindings({ documentId: ids[0]! });
    expect(actOnFindings(store, "dismiss", [finding!.id], { name: "t", role: "translator" }).refused).to.deep.equal([{ id: finding!.id, reason: "role" }]);
    store.setDocumentStatus(ids[0]!, "locked", "admin");
    expect(actOnFindings(store, "dismiss", [finding!.id], editor).refused).to.deep.equal([{ id: finding!.id, reason: "locked" }]);
    expect(actOnFindings(store, "dismiss", [finding!.id], { name: "boss", role: "admin" }).done).to.deep.equal([finding!.id]);
    expect(() => actOnFindings(store, "dismiss", Array.from({ length: BULK_LIMIT + 1 }, (_, k) => k), editor)).to.throw(BadRequestError);
    store.close();
  });
});
