/**
 * Two app instances on one database behave as one service (issue 15): two real servers from
 * createApp, each with its own store connection, worker threads and findings refresher, on one
 * database (a SQLite file, or PostgreSQL under MIZAN_TEST_ENGINE=postgres), and one browser whose
 * requests land on either. A session opened on A is the user's on B and ends on both; the CSRF
 * token of A's form is accepted by B (and a wrong one refused); failed logins alternating between
 * the two are refused at the same total as on one; an edit, a fix and a glossary entry made on A
 * are on B's pages at once, B's cached alignment view included.
 */
import { expect } from "chai";
import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import { createApp } from "../../server/app.js";
import { openStore } from "../../server/store/open-store.js";
import type { Store } from "../../server/store/types.js";
import { startBackground, type Background } from "../../server/jobs/background.js";
import { loadSampleCorpus } from "../../server/services/load-sample.js";
import { FAILURES_PER_ACCOUNT } from "../../server/routes/auth.js";
import { Client, createRoleUsers } from "../helpers/client.js";
import { testStoreLocation } from "../helpers/test-store.js";

/** A page's text without its markup (a finding's <mark> sits inside a sentence). */
const textOf = (html: string) => html.replace(/<[^>]*>/gu, "");

type Instance = { url: string; store: Store; background: Background; stop(): Promise<void> };

/** One app instance on the database at `location`: its own connection, background and port. */
async function startInstance(location: string): Promise<Instance> {
  const store = openStore(location);
  const background = startBackground(store, () => undefined);
  const app = createApp({ store, background, trustProxy: false });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, "127.0.0.1", () => resolve(s));
  });
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    store,
    background,
    stop: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => void background.close().then(() => {
        store.close();
        resolve();
      }));
    }),
  };
}

describe("two app instances on one database (routes)", function () {
  this.timeout(120000);
  const started: Instance[] = [];
  let a: Instance;
  let b: Instance;

  before(async () => {
    const location = testStoreLocation();
    const setup = openStore(location);
    await loadSampleCorpus(setup);
    createRoleUsers(setup);
    setup.close();
    [a, b] = await Promise.all([startInstance(location), startInstance(location)]);
    started.push(a, b);
  });

  after(async () => {
    await Promise.all(started.map((instance) => instance.stop()));
  });

  it("opens a session on A that is the user's on B, and a logout on B ends it on A", async () => {
    const onA = new Client(a.url);
    await onA.logIn("copy-editor");
    const onB = onA.at(b.url);
    const page = await onB.get("/");
    expect(page.status).to.equal(200);
    expect(page.body_).to.include("copy-editor");
    expect((await onB.postForm("/logout", {})).status).to.equal(303);
    const after = await onA.get("/");
    expect(after.status, "the session is gone for A too").to.equal(303);
    expect(after.headers.get("location")).to.match(/^\/login/u);
  });

  it("accepts on B the CSRF token of A's form, and refuses a wrong one", async () => {
    const onA = new Client(a.url);
    await onA.logIn("admin");
    await onA.get("/glossary");
    const onB = onA.at(b.url);
    const refused = await onB.postForm("/glossary", { _csrf: `${onA.csrf.slice(0, -2)}xx`, ar: "مرفوض", en: "Marfud", kind: "term", note: "" });
    expect(refused.status).to.equal(403);
    const saved = await onB.postForm("/glossary", { ar: "القصير", en: "Qusayr", kind: "place", note: "" });
    expect(saved.status, "A's token is valid on B").to.equal(303);
    expect(a.store.listGlossary().some((e) => e.en === "Qusayr")).to.equal(true);
  });

  it("refuses failed logins at the same total whichever instance each one reaches", async () => {
    const browser = new Client(a.url);
    const statuses: number[] = [];
    for (let k = 0; k <= FAILURES_PER_ACCOUNT; k++) {
      const at = k % 2 === 0 ? browser : browser.at(b.url);
      await at.get("/login");
      const res = await at.postForm("/login", { name: "translator", password: "not the password" });
      statuses.push(res.status);
    }
    expect(statuses.slice(0, FAILURES_PER_ACCOUNT).every((s) => s === 401), statuses.join(",")).to.equal(true);
    expect(statuses[FAILURES_PER_ACCOUNT], "the limit trips at the total of both").to.equal(429);
    const onA = browser.at(a.url);
    await onA.get("/login");
    expect((await onA.postForm("/login", { name: "translator", password: "not the password" })).status, "and holds on A too").to.equal(429);
  });

  it("shows on B at once an edit made on A: B's cached alignment view, the findings after the fix, the glossary", async () => {
    const editorOnA = new Client(a.url);
    await editorOnA.logIn("admin");
    const editorOnB = editorOnA.at(b.url);
    await Promise.all([a.background.findings.settled(), b.background.findings.settled()]);
    const paragraph = a.store.getParagraphs(1, "en").find((p) => p.text.includes("The tow side agreed"))!;
    const before = await editorOnB.get("/documents/1");
    expect(textOf(before.body_)).to.include("The tow side agreed");
    expect((await editorOnB.get("/findings?check=real-word")).body_).to.include("tow side");
    const edited = await editorOnA.json("PUT", `/api/paragraphs/${paragraph.id}`, { text: paragraph.text.replace("The tow side", "The two sides"), version: paragraph.version });
    expect(edited.status).to.equal(200);
    const after = await editorOnB.get("/documents/1");
    expect(textOf(after.body_), "B's page cache is keyed by the document's version in the database").to.include("The two sides agreed");
    expect(textOf(after.body_)).to.not.include("The tow side agreed");
    await Promise.all([a.background.findings.settled(), b.background.findings.settled()]);
    expect((await editorOnB.get("/findings?check=real-word")).body_).to.not.include("tow side");
    // A glossary entry added on A: B lists it, and the checks (whichever instance runs them) spell by it.
    expect((await editorOnB.get("/findings?check=glossary-spelling")).body_).to.not.include("Civil Adminstration");
    await editorOnA.get("/glossary");
    expect((await editorOnA.postForm("/glossary", { ar: "الإدارة المدنية", en: "Civil Adminstration", kind: "term", note: "" })).status).to.equal(303);
    expect((await editorOnB.get("/glossary")).body_).to.include("Civil Adminstration");
    await Promise.all([a.background.findings.settled(), b.background.findings.settled()]);
    expect((await editorOnB.get("/findings?check=glossary-spelling")).body_).to.include("Civil Adminstration");
  });
});
