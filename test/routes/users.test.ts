import { expect } from "chai";
import { startServer, type TestServer } from "../helpers/server.js";
import { Client, TEST_PASSWORD } from "../helpers/client.js";

describe("users page (real server)", () => {
  let server: TestServer;
  let admin: Client;
  beforeEach(async () => {
    server = await startServer({ sample: false });
    admin = await server.as("admin");
    await admin.get("/users");
  });
  afterEach(async () => {
    await server.stop();
  });

  const updatesOf = (name: string) => server.store.listAudit({}).filter((e) => e.action === "user-update" && e.target === `user:${name}`);

  it("offers the least privileged role, viewer, as the new user's role", async () => {
    const page = (await admin.get("/users")).body_;
    const addForm = page.slice(page.indexOf('<form method="post" action="/users" class="stack narrow">'));
    const selected = [...addForm.matchAll(/<option value="([^"]+)" selected>/gu)].map((m) => m[1]);
    expect(selected).to.deep.equal(["viewer"]);
    expect(addForm).to.include('<option value="admin">');
  });

  it("refuses an update with a short password whole: the role stays, nothing is audited", async () => {
    const res = await admin.postForm("/users/translator", { role: "admin", password: "short", disabled: "0" });
    expect(res.status).to.equal(400);
    expect(res.body_).to.include("A password has at least 10 characters.");
    expect(server.store.findUser("translator")?.role).to.equal("translator");
    expect(updatesOf("translator")).to.have.length(0);
    await new Client(server.url).logIn("translator"); // the old password still works
  });

  it("applies role and password together, with one audit entry", async () => {
    const res = await admin.postForm("/users/translator", { role: "copy-editor", password: "a brand new password", disabled: "0" });
    expect(res.status).to.equal(303);
    expect(server.store.findUser("translator")?.role).to.equal("copy-editor");
    expect(updatesOf("translator")).to.have.length(1);
    await new Client(server.url).logIn("translator", "a brand new password");
    expect((await admin.postForm("/users/nobody", { role: "viewer" })).status).to.equal(404);
  });

  it("refuses to demote or disable the last admin, in the user's language", async () => {
    const demote = await admin.postForm("/users/admin", { role: "viewer", disabled: "0" });
    expect(demote.status).to.equal(400);
    expect(demote.body_).to.include("This is the only active admin");
    const disable = await admin.postForm("/users/admin", { role: "admin", disabled: "1" });
    expect(disable.status).to.equal(400);
    expect(server.store.findUser("admin")).to.include({ role: "admin", disabled: false });
    await admin.get("/users?lang=ar");
    const arabic = await admin.postForm("/users/admin", { role: "viewer" });
    expect(arabic.body_).to.include("هذا هو المدير النشط الوحيد");
    expect(updatesOf("admin")).to.have.length(0);
  });

  it("lets an admin hand over: with a second admin, the first may be demoted, then not the second", async () => {
    expect((await admin.postForm("/users/viewer", { role: "admin" })).status).to.equal(303);
    const chief = new Client(server.url);
    await chief.logIn("viewer");
    await chief.get("/users");
    expect((await chief.postForm("/users/admin", { role: "translator" })).status).to.equal(303);
    expect(server.store.findUser("admin")?.role).to.equal("translator");
    expect((await chief.postForm("/users/viewer", { role: "translator" })).status).to.equal(400);
    expect(server.store.findUser("viewer")?.role).to.equal("admin");
    // Removing asks first: without confirmation the form leads to the page that asks, and nobody is removed.
    const unconfirmed = await chief.postForm("/users/admin/remove", {});
    expect(unconfirmed.status).to.equal(303);
    expect(unconfirmed.headers.get("location")).to.equal("/users/admin/remove");
    expect(server.store.findUser("admin")).to.not.equal(null);
    const asking = await chief.get("/users/admin/remove");
    expect(asking.status).to.equal(200);
    expect(asking.body_).to.include("Remove the user admin?");
    expect(asking.body_).to.include('name="confirmed" value="yes"');
    expect(asking.body_).to.match(/name="_csrf" value="[^"]+"/u);
    expect((await chief.postForm("/users/admin/remove", { confirmed: "yes" })).status).to.equal(303);
    expect(server.store.findUser("admin")).to.equal(null);
    expect((await chief.get("/users/admin/remove")).status).to.equal(404);
  });

  it("stores new names in NFKC and refuses names that look like existing ones", async () => {
    for (const lookalike of ["аdmin", "ΑDMIN", "vіewer", "trans1ator", "adrnin"]) {
      const res = await admin.postForm("/users", { name: lookalike, password: TEST_PASSWORD, role: "viewer" });
      expect(res.status, lookalike).to.equal(400);
      expect(res.body_, lookalike).to.match(/looks like the name of an existing user|A user with this name exists/u);
    }
    expect((await admin.postForm("/users", { name: "ｎａｄｉａ", password: TEST_PASSWORD, role: "viewer" })).status).to.equal(303);
    expect(server.store.listUsers().map((u) => u.name)).to.deep.equal(["admin", "copy-editor", "nadia", "translator", "viewer"]);
  });
});
