/** The audit page's read: newest first, by document or by user, at most AUDIT_PAGE entries. */
import { expect } from "chai";
import { openSqliteStore } from "../../server/store/sqlite-store.js";
import { AUDIT_PAGE, listAuditEntries } from "../../server/services/audit-view.js";
import { tempDbPath } from "../helpers/temp.js";

describe("audit view (real database file)", () => {
  it("lists the newest entries first, filtered by user, and no more than a page", () => {
    const store = openSqliteStore(tempDbPath());
    for (let k = 0; k < AUDIT_PAGE + 5; k++) store.audit({ documentId: null, user: k % 2 ? "odd" : "even", action: `a${k}` });
    const all = listAuditEntries(store, {});
    expect(all).to.have.length(AUDIT_PAGE);
    expect(all[0]?.action).to.equal(`a${AUDIT_PAGE + 4}`);
    const odd = listAuditEntries(store, { user: "odd" });
    expect(odd.every((e) => e.user === "odd")).to.equal(true);
    expect(listAuditEntries(store, { documentId: 42 })).to.deep.equal([]);
    store.close();
  });
});
