/**
 * The checks' use cases on a real database file: findings computed for a document version and
 * kept stale-proof (a glossary change marks every document stale), and dismissals and fixes
 * refused on a locked document for all but admins ("replace everywhere": bulk-changes.test.ts).
 */
import { expect } from "chai";
import { openSqliteStore } from "../../server/store/sqlite-store.js";
import { importArticle } from "../../server/services/import-article.js";
import { applyFix, dismiss, refreshFindings } from "../../server/services/document-checks.js";
import { ForbiddenError } from "../../server/services/errors.js";
import { tempDbPath } from "../helpers/temp.js";

const AR = "قال المتحدث إن الهيئة العليا للمفاوضات ستجتمع مجددًا.\nوأضاف أن الوفدين سيلتقيان الأسبوع المقبل.\n";
const EN = "The spokesman said the Negotiations Committee would meet again, and the Negotiations Committee agreed.\nHe added that the Negotiating Committee would meet next week.\n";
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

const naming = (store: Awaited<ReturnType<typeof corpus>>["store"], documentId: number) =>
  store.listFindings({ documentId, checkId: "naming-consistency" });

describe("document checks (real database file)", () => {
  it("stores findings for the document's version, with their excerpt and never the paragraph text", async () => {
    const { store, ids } = await corpus(1);
    const [finding] = naming(store, ids[0]!);
    expect(finding?.excerpt).to.equal("Negotiating Committee");
    expect(finding?.suggestion).to.equal("Negotiations Committee");
    expect(Object.keys(finding ?? {})).to.not.include("paragraphText");
    expect(store.findingsVersion(ids[0]!)).to.equal(store.getDocument(ids[0]!)!.version);
    expect(store.staleFindings(10)).to.deep.equal([]);
    store.close();
  });

  it("marks every document's findings stale when the glossary changes, so the background recomputes them", async () => {
    const { store, ids } = await corpus(2);
    store.upsertGlossary([{ ar: "الهيئة العليا للمفاوضات", en: "High Negotiations Committee", kind: "organisation", note: "" }]);
    expect(store.staleFindings(10).map((d) => d.id).sort()).to.deep.equal(ids);
    for (const id of ids) refreshFindings(store, id);
    expect(store.staleFindings(10)).to.deep.equal([]);
    store.removeGlossaryEntry("الهيئة العليا للمفاوضات", "High Negotiations Committee");
    expect(store.staleFindings(10)).to.have.length(2);
    store.close();
  });

  it("checks with the ignore rules another app instance added since this one last read them", async () => {
    const { store: a } = await corpus(0);
    const b = openSqliteStore(a.location); // a second instance on the same database
    const importOnA = async (title: string) =>
      (await importArticle(a, { en: { bytes: Buffer.from(EN), name: "en.txt" }, ar: { bytes: Buffer.from(AR), name: "ar.txt" } }, { title }, "tester", { dictionary: false })).id;
    const first = await importOnA("before the rule");
    refreshFindings(b, first); // B reads (and keeps) the ignore lists
    expect(naming(b, first).map((f) => f.excerpt)).to.deep.equal(["Negotiating Committee"]);
    a.addIgnoreRule({ checkId: "naming-consistency", text: "Negotiating Committee" }, "copy");
    const second = await importOnA("after the rule");
    refreshFindings(b, second);
    expect(naming(b, second), "B's kept lists are stamped by the database, not by B's own writes").to.deep.equal([]);
    a.close();
    b.close();
  });

  it("refuses dismissals and fixes on a locked document to all but admins", async () => {
    const { store, ids } = await corpus(1);
    store.setDocumentStatus(ids[0]!, "locked", "admin");
    const [finding] = naming(store, ids[0]!);
    expect(() => dismiss(store, finding!.id, editor)).to.throw(ForbiddenError);
    expect(() => applyFix(store, finding!.id, editor)).to.throw(ForbiddenError);
    expect(naming(store, ids[0]!)).to.have.length(1);
    dismiss(store, finding!.id, { name: "boss", role: "admin" });
    expect(naming(store, ids[0]!), "a dismissed finding leaves the list at once").to.have.length(0);
    store.close();
  });
});
