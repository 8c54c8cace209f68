/**
 * The route guards (server/web/guards.ts) through a real Express app on a loopback port: each
 * carries its rule as data, lets through exactly the roles the permission table names, and, for
 * a permission that depends on the data, checks the exact action when the data decides it at the
 * route and only the listed actions when the service decides.
 */
import { expect } from "chai";
import { serveOnLoopback } from "../helpers/loopback.js";
import express, { type NextFunction, type Request, type Response } from "express";
import { anyone, decidedByService, decidedFrom, requireLogin, requirePermission, type Guard } from "../../server/web/guards.js";
import { translatorFor } from "../../server/i18n/translate.js";
import type { Action } from "../../server/domain/auth/permissions.js";

const BOTH_SIDES: readonly Action[] = ["edit-en", "edit-ar"];
/** The stand-in data: paragraph 1 is English, 2 Arabic, others do not exist. */
const sideOf = (req: Request): Action | null => (req.params.id === "1" ? "edit-en" : req.params.id === "2" ? "edit-ar" : null);

const GUARDS: Record<string, Guard> = {
  anyone,
  login: requireLogin,
  fix: requirePermission("fix"),
  byRoute: requirePermission(BOTH_SIDES, decidedFrom("the side of paragraph :id", sideOf)),
  byService: requirePermission(["align", "edit-en"], decidedByService("the kind of change undone")),
};

function buildApp(): express.Express {
  const app = express();
  app.use((req: Request, res: Response, next: NextFunction) => {
    res.locals.t = translatorFor("en");
    const role = req.headers["x-role"];
    res.locals.user = typeof role === "string" ? { id: 1, name: role, role } : null;
    next();
  });
  for (const [name, guard] of Object.entries(GUARDS)) {
    app.get(`/${name}/:id`, guard, (_req, res) => void res.json({ passed: true }));
    app.get(`/api/${name}/:id`, guard, (_req, res) => void res.json({ passed: true }));
  }
  app.use((error: { status?: number }, _req: Request, res: Response, _next: NextFunction) => {
    res.status(error.status ?? 500).send("error page");
  });
  return app;
}

describe("web/guards: permissions declared beside the route (real Express app on loopback)", () => {
  const served = serveOnLoopback(buildApp);

  const status = async (path: string, role?: string) => (await fetch(served.base + path, { redirect: "manual", headers: role ? { "x-role": role } : {} })).status;

  it("carries each guard's rule as data", () => {
    expect(anyone.rule).to.deep.equal({ kind: "anyone" });
    expect(requireLogin.rule).to.deep.equal({ kind: "login" });
    expect(GUARDS.fix!.rule).to.deep.equal({ kind: "action", action: "fix" });
    expect(GUARDS.byRoute!.rule).to.deep.equal({ kind: "depends", actions: BOTH_SIDES, on: "the side of paragraph :id", decidedBy: "route" });
    expect(GUARDS.byService!.rule).to.deep.equal({ kind: "depends", actions: ["align", "edit-en"], on: "the kind of change undone", decidedBy: "service" });
  });

  it("refuses a list of actions without a decider when it is made", () => {
    expect(() => (requirePermission as unknown as (a: readonly Action[]) => Guard)(BOTH_SIDES)).to.throw(/requirePermission/u);
    expect(() => requirePermission([], decidedByService("nothing"))).to.throw(/requirePermission/u);
  });

  it("sends the anonymous to the login page (browsers) or answers 401 (JSON), except where anyone may come", async () => {
    expect(await status("/anyone/1")).to.equal(200);
    for (const name of ["login", "fix", "byRoute", "byService"]) {
      expect(await status(`/${name}/1`), name).to.equal(303);
      expect(await status(`/api/${name}/1`), name).to.equal(401);
    }
  });

  it("lets through exactly the roles the permission table names", async () => {
    const table: [path: string, role: string, expected: number][] = [
      ["/login/1", "viewer", 200],
      ["/fix/1", "copy-editor", 200], ["/fix/1", "translator", 403], ["/api/fix/1", "viewer", 403],
      // Decided at the route: the paragraph's side.
      ["/byRoute/1", "copy-editor", 200], ["/byRoute/1", "translator", 403], ["/api/byRoute/1", "translator", 403],
      ["/byRoute/2", "translator", 200], ["/byRoute/2", "viewer", 403],
      // No such paragraph: the handler (the service) answers, for anyone who may edit a side at all.
      ["/byRoute/3", "translator", 200], ["/byRoute/3", "viewer", 403],
      // Decided by the service: the guard admits anyone with one of the actions.
      ["/byService/1", "translator", 200], ["/byService/1", "copy-editor", 200], ["/byService/1", "viewer", 403],
    ];
    for (const [path, role, expected] of table) expect(await status(path, role), `${path} as ${role}`).to.equal(expected);
  });
});
