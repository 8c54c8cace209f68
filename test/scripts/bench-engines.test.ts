/**
 * The engines' benchmark (scripts/bench-engines.ts) at a tiny size on SQLite: one configuration
 * (a 20-row document, a real server behind the round-robin proxy, 4 connections for 1 s) measures
 * the view, the edits and confirm/unconfirm, every answer a 2xx (a stale version would be a 409). The full run, on
 * both engines, is `node dist/scripts/bench-engines.js --pg postgresql://…`.
 */
import { expect } from "chai";
import { benchConfiguration, tableLines } from "../../scripts/bench-engines.js";
import { testPostgresAdminUrl } from "../helpers/test-store.js";

describe("engines benchmark (scripts/bench-engines.ts)", () => {
  it("measures the view and edits on SQLite with every answer a success", async function () {
    this.timeout(120000);
    const row = await benchConfiguration("SQLite, 1 instance", undefined, 1, { connections: 4, seconds: 1, rows: 20 });
    const summary = tableLines([row]).join("\n");
    expect(row.view.requests, summary).to.be.greaterThan(0);
    expect(row.edit.requests, summary).to.be.greaterThan(0);
    expect(row.view.non2xx + row.view.errors, summary).to.equal(0);
    expect(row.edit.non2xx + row.edit.errors, summary).to.equal(0);
    expect(row.operation.requests, summary).to.be.greaterThan(0);
    expect(row.operation.non2xx + row.operation.errors, summary).to.equal(0);
    expect(row.view.p99, summary).to.be.at.least(row.view.p50);
  });

  it("measures two PostgreSQL instances on one database with every answer a success (when the run has PostgreSQL)", async function () {
    const adminUrl = testPostgresAdminUrl();
    if (!adminUrl) this.skip();
    this.timeout(120000);
    const row = await benchConfiguration("PostgreSQL, 2 instances", adminUrl ?? "", 2, { connections: 4, seconds: 1, rows: 20 });
    const summary = tableLines([row]).join("\n");
    expect(row.edit.requests, summary).to.be.greaterThan(0);
    expect(row.view.non2xx + row.view.errors + row.edit.non2xx + row.edit.errors + row.operation.non2xx + row.operation.errors, summary).to.equal(0);
  });
});
