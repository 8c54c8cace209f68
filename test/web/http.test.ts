/**
 * The route adapter (server/web/http.ts) through a real Express app on a loopback port: which
 * answer a controller gets (JSON for /api/ and Accept: application/json, else the redirect, else
 * the page), and how each coded refusal becomes a status, a JSON body or a page in the user's
 * language, while unknown errors go on to the app's error handler. The renderer is a stand-in
 * that shows which view was rendered with which context.
 */
import { expect } from "chai";
import { serveOnLoopback } from "../helpers/loopback.js";
import express, { type NextFunction, type Request, type Response } from "express";
import { http } from "../../server/web/http.js";
import type { AppContext } from "../../server/app-context.js";
import { translatorFor } from "../../server/i18n/translate.js";
import { ConflictError, NotFoundError } from "../../server/store/conflict-error.js";
import { BadRequestError, ForbiddenError } from "../../server/services/errors.js";
import { GlossaryInputError } from "../../server/services/glossary.js";
import type { UserRecord } from "../../server/store/types.js";

/** Renders "<view> <context as JSON>", so a test sees what a page was given. */
const render = (view: string, context: Record<string, unknown>) =>
  `${view} ${JSON.stringify({ status: context.status, message: context.message, title: context.title, shown: context.shown, forbidden: context.forbidden, who: (context.user as UserRecord | null)?.name })}`;

const ctx = { store: {}, render, background: {} } as unknown as AppContext;
const USER = { id: 7, name: "ed", role: "copy-editor" } as UserRecord;

type Outcome = { kind: "value" } | { kind: "throw"; error: unknown };
/** What the controller's run does, per request: answer a value or throw. */
function outcomeOf(req: Request): Outcome {
  switch (req.query.fail) {
    case "conflict": return { kind: "throw", error: new ConflictError("paragraph:3", { text: "now", version: 4 }) };
    case "missing": return { kind: "throw", error: new NotFoundError("paragraph:3") };
    case "role": return { kind: "throw", error: new ForbiddenError("role") };
    case "locked": return { kind: "throw", error: new ForbiddenError("locked") };
    case "glossary": return { kind: "throw", error: new GlossaryInputError("glossary.badTsv", { lines: "2, 5" }) };
    case "bug": return { kind: "throw", error: new Error("a bug") };
    default: return { kind: "value" };
  }
}

function buildApp(): express.Express {
  const app = express();
  app.use(express.json());
  app.use((req: Request, res: Response, next: NextFunction) => {
    res.locals.t = translatorFor(req.query.lang === "ar" ? "ar" : "en");
    res.locals.render = render;
    res.locals.user = req.headers["x-anonymous"] ? null : USER;
    next();
  });
  const run = async (_c: AppContext, input: { id: number; outcome: Outcome }, actor: { name: string }) => {
    await new Promise((resolve) => setImmediate(resolve));
    if (input.outcome.kind === "throw") throw input.outcome.error;
    return { id: input.id, by: actor.name };
  };
  const parse = (req: Request) => {
    if (req.params.id === "bad") throw new BadRequestError("bad-status");
    return { id: Number(req.params.id), outcome: outcomeOf(req) };
  };
  // Both answers: JSON for the API and the page script, a redirect for forms.
  const both = http(ctx, {
    parse, run,
    answer: { json: (r) => ({ ok: true, ...r }), redirect: (r) => `/things/${r.id}#done` },
    refused: (_c, input, refusal, error, t) => (error instanceof ConflictError ? { view: "things/conflict", context: { shown: input.id, message: refusal.message, title: t("edit.conflictTitle") } } : null),
  });
  app.post("/things/:id", both);
  app.post("/api/things/:id", both);
  app.post("/made/:id", http(ctx, { parse, run, answer: { json: (r) => r, status: 201 } }));
  app.get("/pages/:id", http(ctx, { parse, run, answer: { page: (r, input, t) => ({ view: "things/show", context: { shown: r.id + input.id, title: t("glossary.title") } }) } }));
  app.use((error: unknown, _req: Request, res: Response, _next: NextFunction) => {
    res.status(500).json({ handler: "app", message: error instanceof Error ? error.message : String(error) });
  });
  return app;
}

describe("web/http: the route adapter (real Express app on loopback)", () => {
  const served = serveOnLoopback(buildApp);

  const post = (path: string, headers: Record<string, string> = {}) => fetch(served.base + path, { method: "POST", redirect: "manual", headers: { "content-type": "application/json", ...headers }, body: "{}" });

  describe("answers", () => {
    it("redirects a form (303, POST-redirect-GET) and answers JSON under /api/ and to Accept: application/json", async () => {
      const form = await post("/things/3");
      expect(form.status).to.equal(303);
      expect(form.headers.get("location")).to.equal("/things/3#done");
      const api = await post("/api/things/3");
      expect(api.status).to.equal(200);
      expect(await api.json()).to.deep.equal({ ok: true, id: 3, by: "ed" });
      const accepting = await post("/things/3", { accept: "application/json" });
      expect(await accepting.json()).to.deep.equal({ ok: true, id: 3, by: "ed" });
    });

    it("answers JSON to a browser too when JSON is the only answer, with the controller's status", async () => {
      const res = await post("/made/9");
      expect(res.status).to.equal(201);
      expect(await res.json()).to.deep.equal({ id: 9, by: "ed" });
    });

    it("renders a page with the request's locals and the page's context, in the reader's language", async () => {
      const res = await fetch(`${served.base}/pages/4?lang=ar`);
      expect(res.status).to.equal(200);
      const body = await res.text();
      expect(body.startsWith("things/show ")).to.equal(true);
      expect(JSON.parse(body.slice("things/show ".length))).to.deep.equal({ shown: 8, title: translatorFor("ar")("glossary.title"), who: "ed" });
    });

    it("acts for somebody only: without a session, 401 for JSON and the login page for a browser", async () => {
      const api = await post("/api/things/3", { "x-anonymous": "1" });
      expect(api.status).to.equal(401);
      expect((await api.json() as { error: string }).error).to.equal("login-required");
      const form = await post("/things/3", { "x-anonymous": "1" });
      expect(form.status).to.equal(303);
      expect(form.headers.get("location")).to.equal(`/login?next=${encodeURIComponent("/things/3")}`);
    });

    it("refuses a controller without an answer when it is made", () => {
      expect(() => http(ctx, { parse: () => ({}), run: () => null, answer: {} })).to.throw(/web\/http: a controller needs an answer/u);
    });
  });

  describe("errors, mapped in one place", () => {
    const en = translatorFor("en");
    const table: { fail: string; status: number; error: string; message: string; extra?: Record<string, unknown> }[] = [
      { fail: "conflict", status: 409, error: "conflict", message: en("errors.conflict"), extra: { target: "paragraph:3", current: { text: "now", version: 4 } } },
      { fail: "missing", status: 404, error: "not-found", message: en("errors.page.notFound") },
      { fail: "role", status: 403, error: "forbidden", message: en("errors.auth.forbidden") },
      { fail: "locked", status: 403, error: "forbidden", message: en("errors.auth.locked") },
      { fail: "glossary", status: 400, error: "glossary", message: en("glossary.badTsv", { lines: "2, 5" }) },
    ];

    it("answers each coded refusal of a service as JSON: status, code, message in the user's language", async () => {
      for (const row of table) {
        const res = await post(`/api/things/3?fail=${row.fail}`);
        expect(res.status, row.fail).to.equal(row.status);
        expect(await res.json(), row.fail).to.deep.equal({ error: row.error, message: row.message, ...row.extra });
      }
      expect(table.every((row) => !row.message.startsWith("errors.") && !row.message.startsWith("glossary.")), "messages are translated").to.equal(true);
    });

    it("shows a browser the plain error page, or the controller's page for the refusals it names", async () => {
      for (const row of table.filter((r) => r.fail !== "conflict")) {
        const res = await post(`/things/3?fail=${row.fail}`);
        expect(res.status, row.fail).to.equal(row.status);
        const body = await res.text();
        expect(body.startsWith("errors/error "), row.fail).to.equal(true);
        // A refused action (403) is the page that says so, with why: the role or the lock.
        const refused = row.status === 403 ? { title: en("forbidden.title"), forbidden: row.fail } : {};
        expect(JSON.parse(body.slice("errors/error ".length)), row.fail).to.deep.equal({ status: row.status, message: row.message, ...refused, who: "ed" });
      }
      const conflict = await post("/things/3?fail=conflict");
      expect(conflict.status).to.equal(409);
      expect(JSON.parse((await conflict.text()).slice("things/conflict ".length))).to.deep.equal({ shown: 3, message: en("errors.conflict"), title: en("edit.conflictTitle"), who: "ed" });
    });

    it("maps a refusal raised while parsing the same way (the controller's page needs parsed input, so the plain page)", async () => {
      const api = await post("/api/things/bad");
      expect(api.status).to.equal(400);
      expect(await api.json()).to.deep.equal({ error: "bad-status", message: en("errors.operation.bad-status") });
      const form = await post("/things/bad");
      expect(form.status).to.equal(400);
      expect((await form.text()).startsWith("errors/error ")).to.equal(true);
    });

    it("passes an error that is not a refusal on to the app's error handler, for pages and JSON alike", async () => {
      for (const path of ["/api/things/3?fail=bug", "/things/3?fail=bug", "/pages/3?fail=bug"]) {
        const res = path.startsWith("/pages") ? await fetch(served.base + path) : await post(path);
        expect(res.status, path).to.equal(500);
        expect(await res.json(), path).to.deep.equal({ handler: "app", message: "a bug" });
      }
    });
  });
});
