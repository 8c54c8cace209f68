import { expect } from "chai";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { startServer, type TestServer } from "../helpers/server.js";
import { Client } from "../helpers/client.js";
import { SCREENSHOTS } from "../helpers/browser.js";

type Role = "anonymous" | "viewer" | "copy-editor" | "translator" | "admin";
const ROLES: Role[] = ["anonymous", "viewer", "copy-editor", "translator", "admin"];
const LOGGED_IN: Role[] = ["viewer", "copy-editor", "translator", "admin"];
const EDITORS: Role[] = ["copy-editor", "translator", "admin"];

type Call = { name: string; method: "GET" | "POST" | "PUT"; path: (ids: Ids) => string; body?: (ids: Ids) => Record<string, unknown>; json?: boolean; allowed: Role[] };
type Ids = { en: number; enVersion: number; ar: number; arVersion: number; bead: number };

/** Every route and API call of the app (server/routes/index.ts), with the roles allowed to use it. */
const CALLS: Call[] = [
  { name: "health", method: "GET", path: () => "/healthz", allowed: ROLES },
  { name: "login page", method: "GET", path: () => "/login", allowed: ROLES },
  { name: "corpus page", method: "GET", path: () => "/", allowed: LOGGED_IN },
  { name: "alignment view", method: "GET", path: () => "/documents/1", allowed: LOGGED_IN },
  { name: "history page", method: "GET", path: () => "/documents/1/history", allowed: LOGGED_IN },
  { name: "edit English page", method: "GET", path: (i) => `/paragraphs/${i.en}/edit`, allowed: ["copy-editor", "admin"] },
  { name: "edit Arabic page", method: "GET", path: (i) => `/paragraphs/${i.ar}/edit`, allowed: EDITORS },
  { name: "alignment operation (form)", method: "POST", path: () => "/documents/1/align", body: (i) => ({ op: "confirm", target: `${i.bead}:999` }), allowed: ["translator", "admin"] },
  { name: "sentence panel page", method: "GET", path: (i) => `/rows/${i.bead}/sentences`, allowed: LOGGED_IN },
  { name: "sentence links operation (form)", method: "POST", path: (i) => `/rows/${i.bead}/sentences`, body: () => ({ op: "confirm", version: 999, fingerprint: "x" }), allowed: ["translator", "admin"] },
  { name: "undo (form)", method: "POST", path: () => "/documents/1/undo", allowed: EDITORS },
  { name: "redo (form)", method: "POST", path: () => "/documents/1/redo", allowed: EDITORS },
  { name: "status (form)", method: "POST", path: () => "/documents/1/status", body: () => ({ status: "open" }), allowed: EDITORS },
  { name: "revert revision (form)", method: "POST", path: () => "/documents/1/history/999999/revert", allowed: EDITORS },
  { name: "edit English text (form)", method: "POST", path: (i) => `/paragraphs/${i.en}`, body: () => ({ version: 999, text: "x" }), allowed: ["copy-editor", "admin"] },
  { name: "edit Arabic text (form)", method: "POST", path: (i) => `/paragraphs/${i.ar}`, body: () => ({ version: 999, text: "س" }), allowed: EDITORS },
  { name: "split English paragraph (form)", method: "POST", path: (i) => `/paragraphs/${i.en}/split`, body: () => ({ version: 999, offset: 3 }), allowed: ["copy-editor", "admin"] },
  { name: "join Arabic paragraphs (form)", method: "POST", path: (i) => `/paragraphs/${i.ar}/join`, body: () => ({ version: 999 }), allowed: EDITORS },
  { name: "rename page", method: "GET", path: () => "/documents/1/rename", allowed: EDITORS },
  { name: "rename (form)", method: "POST", path: () => "/documents/999999/rename", body: () => ({ title: "x", titleAr: "", version: 1 }), allowed: EDITORS },
  { name: "delete page", method: "GET", path: () => "/documents/1/delete", allowed: ["admin"] },
  { name: "delete (form)", method: "POST", path: () => "/documents/999999/delete", body: () => ({ confirmed: "yes" }), allowed: ["admin"] },
  { name: "recently deleted page", method: "GET", path: () => "/deleted", allowed: ["admin"] },
  { name: "restore (form)", method: "POST", path: () => "/deleted/999999/restore", allowed: ["admin"] },
  { name: "import page", method: "GET", path: () => "/import", allowed: EDITORS },
  { name: "TMX/XLIFF import page", method: "GET", path: () => "/import/exchange", allowed: EDITORS },
  { name: "TMX/XLIFF import (form)", method: "POST", path: () => "/import/exchange", body: () => ({ title: "" }), allowed: EDITORS },
  { name: "import (form)", method: "POST", path: () => "/import", body: () => ({ enText: "", arText: "" }), allowed: EDITORS },
  { name: "import preview", method: "GET", path: () => "/import/preview/no-such-preview-anywhere", allowed: EDITORS },
  { name: "import save (form)", method: "POST", path: () => "/import/save", body: () => ({ pending: "no-such-preview-anywhere" }), allowed: EDITORS },
  { name: "export page", method: "GET", path: () => "/exports", allowed: LOGGED_IN },
  { name: "export download", method: "GET", path: () => "/exports/download?format=tmx&status=all", allowed: LOGGED_IN },
  { name: "findings page", method: "GET", path: () => "/findings", allowed: LOGGED_IN },
  { name: "apply a fix (form)", method: "POST", path: () => "/findings/999999/apply", allowed: ["copy-editor", "admin"] },
  { name: "dismiss a finding (form)", method: "POST", path: () => "/findings/999999/dismiss", allowed: ["copy-editor", "admin"] },
  { name: "apply a fix everywhere (form)", method: "POST", path: () => "/findings/apply-all", body: () => ({ check: "spelling", original: "x", suggestion: "y" }), allowed: ["copy-editor", "admin"] },
  { name: "API: apply a fix everywhere (its preview)", method: "POST", path: () => "/api/findings/apply-all", body: () => ({ check: "spelling", original: "x", suggestion: "y" }), json: true, allowed: ["copy-editor", "admin"] },
  { name: "bulk change page", method: "GET", path: () => "/bulk/999999", allowed: LOGGED_IN },
  { name: "decide a bulk change (form)", method: "POST", path: () => "/bulk/999999", body: () => ({ do: "cancel" }), allowed: EDITORS },
  { name: "undo a bulk change (form)", method: "POST", path: () => "/bulk/999999/undo", allowed: EDITORS },
  { name: "API: decide a bulk change", method: "POST", path: () => "/api/bulk/999999", body: () => ({ do: "cancel" }), json: true, allowed: EDITORS },
  { name: "API: undo a bulk change", method: "POST", path: () => "/api/bulk/999999/undo", json: true, allowed: EDITORS },
  { name: "API: apply a fix", method: "POST", path: () => "/api/findings/999999/apply", json: true, allowed: ["copy-editor", "admin"] },
  { name: "API: dismiss a finding", method: "POST", path: () => "/api/findings/999999/dismiss", json: true, allowed: ["copy-editor", "admin"] },
  { name: "glossary page", method: "GET", path: () => "/glossary", allowed: LOGGED_IN },
  { name: "glossary export", method: "GET", path: () => "/glossary/export", allowed: LOGGED_IN },
  { name: "glossary entry (form)", method: "POST", path: () => "/glossary", body: () => ({ ar: "", en: "" }), allowed: EDITORS },
  { name: "glossary edit (form)", method: "POST", path: () => "/glossary/edit", body: () => ({ originalAr: "none", originalEn: "none", ar: "", en: "" }), allowed: EDITORS },
  { name: "glossary removal page", method: "GET", path: () => "/glossary/remove?ar=none&en=none", allowed: EDITORS },
  { name: "glossary remove (form)", method: "POST", path: () => "/glossary/remove", body: () => ({ ar: "none", en: "none" }), allowed: EDITORS },
  { name: "glossary import (form)", method: "POST", path: () => "/glossary/import", body: () => ({ tsv: "" }), allowed: EDITORS },
  { name: "users page", method: "GET", path: () => "/users", allowed: ["admin"] },
  { name: "add user (form)", method: "POST", path: () => "/users", body: () => ({ name: "", password: "", role: "viewer" }), allowed: ["admin"] },
  { name: "change user (form)", method: "POST", path: () => "/users/nobody", body: () => ({ role: "viewer" }), allowed: ["admin"] },
  { name: "user removal page", method: "GET", path: () => "/users/nobody/remove", allowed: ["admin"] },
  { name: "remove user (form)", method: "POST", path: () => "/users/nobody/remove", allowed: ["admin"] },
  { name: "audit log", method: "GET", path: () => "/audit", allowed: ["admin"] },
  { name: "jobs page", method: "GET", path: () => "/jobs", allowed: EDITORS },
  { name: "job page", method: "GET", path: () => "/jobs/999999", allowed: EDITORS },
  { name: "job progress", method: "GET", path: () => "/jobs/999999/progress.json", json: true, allowed: EDITORS },
  { name: "cancel a job (form)", method: "POST", path: () => "/jobs/999999/cancel", allowed: EDITORS },
  { name: "API: documents", method: "GET", path: () => "/api/documents", json: true, allowed: LOGGED_IN },
  { name: "API: document", method: "GET", path: () => "/api/documents/1", json: true, allowed: LOGGED_IN },
  { name: "API: paragraph", method: "GET", path: (i) => `/api/paragraphs/${i.ar}`, json: true, allowed: LOGGED_IN },
  { name: "API: alignment operation", method: "POST", path: () => "/api/documents/1/align", body: (i) => ({ op: "confirm", bead: i.bead, version: 999 }), json: true, allowed: ["translator", "admin"] },
  { name: "API: sentence panel", method: "GET", path: (i) => `/api/rows/${i.bead}/sentences`, json: true, allowed: LOGGED_IN },
  { name: "API: sentence links operation", method: "POST", path: (i) => `/api/rows/${i.bead}/sentences`, body: () => ({ op: "confirm", version: 999, fingerprint: "x" }), json: true, allowed: ["translator", "admin"] },
  { name: "API: undo", method: "POST", path: () => "/api/documents/1/undo", json: true, allowed: EDITORS },
  { name: "API: redo", method: "POST", path: () => "/api/documents/1/redo", json: true, allowed: EDITORS },
  { name: "API: status", method: "POST", path: () => "/api/documents/1/status", body: () => ({ status: "open" }), json: true, allowed: EDITORS },
  { name: "API: edit English text", method: "PUT", path: (i) => `/api/paragraphs/${i.en}`, body: () => ({ version: 999, text: "x" }), json: true, allowed: ["copy-editor", "admin"] },
  { name: "API: edit Arabic text", method: "PUT", path: (i) => `/api/paragraphs/${i.ar}`, body: () => ({ version: 999, text: "س" }), json: true, allowed: EDITORS },
  { name: "API: split Arabic paragraph", method: "POST", path: (i) => `/api/paragraphs/${i.ar}/split`, body: () => ({ version: 999, offset: 3 }), json: true, allowed: EDITORS },
  { name: "API: join English paragraphs", method: "POST", path: (i) => `/api/paragraphs/${i.en}/join`, body: () => ({ version: 999 }), json: true, allowed: ["copy-editor", "admin"] },
  { name: "API: import", method: "POST", path: () => "/api/import", body: () => ({ enText: "", arText: "" }), json: true, allowed: EDITORS },
  { name: "choose the density (form)", method: "POST", path: () => "/preferences/density", body: () => ({ density: "compact", back: "/documents/1" }), allowed: LOGGED_IN },
  { name: "API: choose the density", method: "POST", path: () => "/api/preferences/density", body: () => ({ density: "normal" }), json: true, allowed: LOGGED_IN },
  { name: "log out", method: "POST", path: () => "/logout", allowed: LOGGED_IN },
];

/** Denied: 401/403, or a redirect to the login page. */
function denied(status: number, location: string | null): boolean {
  return status === 401 || status === 403 || (status === 303 && (location ?? "").startsWith("/login?next="));
}

async function call(client: Client, c: Call, ids: Ids, csrf = true): Promise<{ status: number; location: string | null }> {
  const path = c.path(ids);
  if (c.method === "GET") {
    const res = await client.get(path, c.json ? { accept: "application/json" } : {});
    return { status: res.status, location: res.headers.get("location") };
  }
  if (c.json || c.method === "PUT") {
    const res = await client.json(c.method, path, c.body?.(ids) ?? {}, { csrf });
    return { status: res.status, location: null };
  }
  const fields = Object.fromEntries(Object.entries(c.body?.(ids) ?? {}).map(([k, v]) => [k, String(v)]));
  const res = await client.postForm(path, fields, { csrf });
  return { status: res.status, location: res.headers.get("location") };
}

describe("authorisation: every route and API call for every role", function () {
  this.timeout(120000);
  let server: TestServer;
  let ids: Ids;
  const table: string[] = [];

  before(async () => {
    server = await startServer();
    const en = server.store.getParagraphs(1, "en")[3]!;
    const ar = server.store.getParagraphs(1, "ar")[3]!;
    ids = { en: en.id, enVersion: en.version, ar: ar.id, arVersion: ar.version, bead: server.store.getBeads(1)[0]!.id };
  });
  after(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    writeFileSync(join(SCREENSHOTS, "authorisation.md"), [`| call | ${ROLES.join(" | ")} |`, `|---|${ROLES.map(() => "---").join("|")}|`, ...table].join("\n") + "\n");
    await server.stop();
  });

  it("allows exactly the roles the permission table names, and nobody without a session", async () => {
    const clients = new Map<Role, Client>();
    for (const role of ROLES) {
      const client = new Client(server.url);
      if (role === "anonymous") await client.get("/login");
      else await client.logIn(role);
      clients.set(role, client);
    }
    const mismatches: string[] = [];
    for (const c of CALLS) {
      const cells: string[] = [];
      for (const role of ROLES) {
        const client = clients.get(role)!;
        if (c.name === "log out") await client.get("/");
        const { status, location } = await call(client, c, ids);
        const allowed = !denied(status, location);
        cells.push(`${allowed ? "allow" : "deny"} ${status}`);
        if (allowed !== c.allowed.includes(role)) mismatches.push(`${c.name} as ${role}: ${status}`);
      }
      table.push(`| ${c.method} ${c.name} | ${cells.join(" | ")} |`);
    }
    expect(mismatches).to.deep.equal([]);
  });

  it("refuses every state-changing route without a valid CSRF token, for every role", async () => {
    const failures: string[] = [];
    for (const role of LOGGED_IN) {
      const client = new Client(server.url);
      await client.logIn(role);
      for (const c of CALLS.filter((x) => x.method !== "GET")) {
        const before = server.store.listAudit({ limit: 1 })[0]?.id;
        const { status } = await call(client, c, ids, false);
        if (status !== 403) failures.push(`${c.name} as ${role}: ${status}`);
        const after = server.store.listAudit({ limit: 1 })[0]?.id;
        if (after !== before) failures.push(`${c.name} as ${role} changed the history`);
      }
      client.csrf = "forged-token";
      const forged = await call(client, CALLS.find((x) => x.name === "API: status")!, ids);
      if (forged.status !== 403) failures.push(`forged token as ${role}: ${forged.status}`);
    }
    expect(failures).to.deep.equal([]);
  });
});
