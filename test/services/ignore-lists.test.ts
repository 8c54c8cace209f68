/**
 * The ignore lists' use cases on a real database file with the real checks: a dismissed finding is
 * listed (document, row, check, text, who) and comes back once restored and the document checked
 * again; "ignore all like this" hides the same finding in two documents and in a document imported
 * afterwards, and removing the rule brings them back; a viewer is refused every change; every
 * change is in the audit log.
 */
import { expect } from "chai";
import { openSqliteStore } from "../../server/store/sqlite-store.js";
import { importArticle } from "../../server/services/import-article.js";
import { dismiss, refreshFindings } from "../../server/services/document-checks.js";
import { ignoreAllLike, ignoreListsView, removeIgnoreRules, restoreDismissals } from "../../server/services/ignore-lists.js";
import { ForbiddenError } from "../../server/services/errors.js";
import type { Store } from "../../server/store/types.js";
import { tempDbPath } from "../helpers/temp.js";

const AR = "قال المتحدث إن الهيئة العليا للمفاوضات ستجتمع مجددًا.\nوأضاف أن الوفدين سيلتقيان الأسبوع المقبل.\n";
const EN = "The spokesman said the Negotiations Committee would meet again, and the Negotiations Committee agreed.\nHe added that the Negotiating Committee would meet next week.\n";
const editor = { name: "copy", role: "copy-editor" as const };
const viewer = { name: "view", role: "viewer" as const };

async function addDocument(store: Store, title: string): Promise<number> {
  const { id } = await importArticle(store, { en: { bytes: Buffer.from(EN), name: "en.txt" }, ar: { bytes: Buffer.from(AR), name: "ar.txt" } }, { title }, "tester", { dictionary: false });
  refreshFindings(store, id);
  return id;
}
const refreshAll = (store: Store) => { for (const d of store.listDocuments()) refreshFindings(store, d.id); };
const naming = (store: Store, documentId: number) => store.listFindings({ documentId, checkId: "naming-consistency" });

describe("ignore lists (real database file, real checks)", () => {
  it("lists a dismissal and brings its finding back when it is restored", async () => {
    const store = openSqliteStore(tempDbPath());
    const id = await addDocument(store, "Talks");
    const [finding] = naming(store, id);
    expect(finding?.excerpt).to.equal("Negotiating Committee");
    dismiss(store, finding!.id, editor);
    refreshFindings(store, id);
    expect(naming(store, id)).to.deep.equal([]);

    const view = ignoreListsView(store, 1);
    expect(view.total).to.equal(1);
    const [listed] = view.dismissals;
    expect(listed).to.include({ documentId: id, documentTitle: "Talks", checkId: "naming-consistency", excerpt: "Negotiating Committee", user: "copy", lang: "en" });
    expect(listed?.row).to.be.a("number");
    expect(ignoreListsView(store, 99).page, "a page past the end shows the last").to.equal(1);

    expect(() => restoreDismissals(store, [listed!.id], viewer)).to.throw(ForbiddenError);
    expect(restoreDismissals(store, [listed!.id], editor)).to.equal(1);
    expect(store.staleFindings(10).map((d) => d.id)).to.deep.equal([id]);
    refreshFindings(store, id);
    expect(naming(store, id).map((f) => f.excerpt)).to.deep.equal(["Negotiating Committee"]);
    expect(store.listAudit({}).map((e) => e.action)).to.include("dismissal-restore");
    store.close();
  });

  it("ignores all like this in every document, now and later, until the rule is removed", async () => {
    const store = openSqliteStore(tempDbPath());
    const first = await addDocument(store, "Talks 1");
    const second = await addDocument(store, "Talks 2");
    const [finding] = naming(store, first);
    expect(() => ignoreAllLike(store, finding!.id, viewer)).to.throw(ForbiddenError);
    expect(ignoreAllLike(store, finding!.id, editor)).to.include({ added: true, documentId: first, checkId: "naming-consistency", text: "Negotiating Committee" });
    // Gone at once from both, and still gone once the background has checked them again.
    expect(naming(store, first)).to.deep.equal([]);
    expect(naming(store, second)).to.deep.equal([]);
    refreshAll(store);
    expect(naming(store, first)).to.deep.equal([]);
    expect(naming(store, second)).to.deep.equal([]);
    const third = await addDocument(store, "Talks 3");
    expect(naming(store, third), "a document imported after the rule").to.deep.equal([]);
    // Other checks' findings are left alone.
    expect(store.listFindings({ documentId: first }).length).to.be.greaterThan(0);

    const [rule] = ignoreListsView(store, 1).rules;
    expect(rule).to.include({ checkId: "naming-consistency", text: "Negotiating Committee", user: "copy" });
    expect(() => removeIgnoreRules(store, [rule!.id], viewer)).to.throw(ForbiddenError);
    expect(removeIgnoreRules(store, [rule!.id], editor)).to.equal(1);
    refreshAll(store);
    for (const id of [first, second, third]) expect(naming(store, id).map((f) => f.excerpt)).to.deep.equal(["Negotiating Committee"]);
    expect(store.listAudit({}).map((e) => e.action)).to.include.members(["ignore-rule-add", "ignore-rule-remove"]);
    store.close();
  });
});
