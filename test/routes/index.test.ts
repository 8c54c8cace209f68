/**
 * Every URL of server/routes/index.ts declares its permissions there: this reads the guards off
 * the router itself (each guard carries its rule, web/guards.ts) and holds the table to the
 * house rules. Open to anyone: only the login page and the health check. Logged in and nothing
 * more: only logging out. Every other route names the action it needs, or the actions it may need
 * and what decides between them (the route, from the data, or the service, inside its
 * transaction). Prints the table. test/routes/authorisation.test.ts then calls every route as
 * every role against a real server.
 */
import { expect } from "chai";
import type { RequestHandler } from "express";
import { buildRoutes } from "../../server/routes/index.js";
import type { AppContext } from "../../server/app-context.js";
import type { PermissionRule } from "../../server/web/guards.js";
import { PERMISSIONS, type Action } from "../../server/domain/auth/permissions.js";

type Layer = { route?: { path: string; methods: Record<string, boolean>; stack: { handle: RequestHandler & { rule?: PermissionRule } }[] } };
type Row = { method: string; path: string; rules: PermissionRule[] };

function routeTable(): Row[] {
  const noop: RequestHandler = (_req, _res, next) => next();
  // Building the routes reads nothing: the store and the background are only used by requests.
  const router = buildRoutes({ store: {}, render: () => "", background: {} } as unknown as AppContext, { csrf: noop, loginLimit: noop });
  return ((router as unknown as { stack: Layer[] }).stack).flatMap((layer) => {
    const route = layer.route;
    if (!route) return [];
    const rules = route.stack.map((l) => l.handle.rule).filter((r): r is PermissionRule => r !== undefined);
    return Object.keys(route.methods).filter((m) => route.methods[m]).map((m) => ({ method: m.toUpperCase(), path: route.path, rules }));
  });
}

const describeRule = (rule: PermissionRule): string => {
  switch (rule.kind) {
    case "anyone": return "anyone";
    case "login": return "logged in";
    case "action": return rule.action;
    case "depends": return `${rule.actions.join(" | ")} (decided by the ${rule.decidedBy}: ${rule.on})`;
  }
};

describe("routes/index.ts: every URL with its permissions", () => {
  const table = routeTable();

  it("reads the routes off the router", () => {
    expect(table.length).to.be.greaterThan(40);
    console.log(table.map((r) => `      ${r.method.padEnd(4)} ${r.path.padEnd(40)} ${r.rules.map(describeRule).join(" + ")}`).join("\n"));
  });

  it("declares at least one permission guard on every route", () => {
    expect(table.filter((r) => r.rules.length === 0).map((r) => `${r.method} ${r.path}`)).to.deep.equal([]);
  });

  it("opens only the login page and the health check to anyone, and asks only logging out for a login alone", () => {
    const only = (kind: PermissionRule["kind"]) => table.filter((r) => r.rules.some((rule) => rule.kind === kind)).map((r) => `${r.method} ${r.path}`).sort();
    expect(only("anyone")).to.deep.equal(["GET /healthz", "GET /login", "POST /login"]);
    expect(only("login")).to.deep.equal(["POST /logout"]);
  });

  it("names an action on every other route, and says what decides a data-dependent one", () => {
    const actions = Object.keys(PERMISSIONS) as Action[];
    const wrong: string[] = [];
    for (const row of table) {
      for (const rule of row.rules) {
        if (rule.kind === "action" && !actions.includes(rule.action)) wrong.push(`${row.method} ${row.path}: unknown action ${rule.action}`);
        if (rule.kind !== "depends") continue;
        if (rule.actions.length < 2 || rule.actions.some((a) => !actions.includes(a))) wrong.push(`${row.method} ${row.path}: ${rule.actions.join(", ")}`);
        if (rule.on.trim().length < 10) wrong.push(`${row.method} ${row.path}: no reason given for what decides`);
      }
    }
    expect(wrong).to.deep.equal([]);
  });

  it("declares the data-dependent permissions of the editor's write routes", () => {
    const rulesOf = (method: string, path: string) => table.find((r) => r.method === method && r.path === path)?.rules.map(describeRule) ?? [];
    for (const path of ["/paragraphs/:id", "/paragraphs/:id/split", "/paragraphs/:id/join", "/api/paragraphs/:id/split", "/api/paragraphs/:id/join"]) {
      expect(rulesOf("POST", path), path).to.deep.equal(["edit-en | edit-ar (decided by the route: the side of paragraph :id)"]);
    }
    expect(rulesOf("PUT", "/api/paragraphs/:id")).to.deep.equal(["edit-en | edit-ar (decided by the route: the side of paragraph :id)"]);
    for (const path of ["/documents/:id/undo", "/documents/:id/redo", "/api/documents/:id/undo", "/api/documents/:id/redo"]) {
      expect(rulesOf("POST", path)[0], path).to.match(/^align \| edit-en \| edit-ar \(decided by the service: /u);
    }
    expect(rulesOf("POST", "/documents/:id/history/:revision/revert")[0]).to.match(/^edit-en \| edit-ar \(decided by the route: /u);
    expect(rulesOf("POST", "/documents/:id/status")[0]).to.match(/^set-status \| edit-locked \(decided by the route: /u);
    expect(rulesOf("POST", "/findings/:id/apply")).to.have.length(2).and.to.include("fix");
  });
});
