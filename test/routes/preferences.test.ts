/**
 * POST /preferences/density and its API twin against a real server: the choice is stored for the
 * user who made it and the alignment view is rendered in it from the first byte (the page cache
 * knows the density); the form goes back only to an alignment view of this site; a value that is
 * not a density is refused in the reader's language; no CSRF token, no change.
 */
import { expect } from "chai";
import { startServer, type TestServer } from "../helpers/server.js";
import { backToView } from "../../server/routes/preferences.js";

describe("routes/preferences", function () {
  this.timeout(60000);
  let server: TestServer;
  before(async () => {
    server = await startServer();
  });
  after(async () => {
    await server.stop();
  });
  const densityOf = (name: string) => server.store.userPreferences(server.store.findUser(name)!.id).density;

  it("stores the viewer's choice, goes back to the view, and renders the view in it from then on", async () => {
    const viewer = await server.as("viewer");
    const before = (await viewer.get("/documents/1")).body_;
    expect(before).to.match(/<html lang="en" dir="ltr">/u);
    expect(before).to.include('aria-pressed="false"');
    const res = await viewer.postForm("/preferences/density", { density: "compact", back: "/documents/1?show=flagged" });
    expect(res.status).to.equal(303);
    expect(res.headers.get("location")).to.equal("/documents/1?show=flagged");
    expect(densityOf("viewer")).to.equal("compact");
    const after = (await viewer.get("/documents/1")).body_;
    expect(after).to.include('<html lang="en" dir="ltr" data-density="compact">');
    expect(after).to.include('aria-pressed="true"');
    expect(after).to.match(/name="density" value="normal"/u);
    expect(densityOf("translator"), "another user's density is untouched").to.equal("normal");
    expect((await (await server.as("translator")).get("/documents/1")).body_).to.not.include("data-density");
  });

  it("answers the page script in JSON and switches back", async () => {
    const viewer = await server.as("viewer");
    await viewer.get("/documents/1");
    const answer = await viewer.json("POST", "/api/preferences/density", { density: "normal" });
    expect(answer).to.deep.equal({ status: 200, data: { ok: true, density: "normal" } });
    expect(densityOf("viewer")).to.equal("normal");
    expect((await viewer.get("/documents/1")).body_).to.not.include("data-density");
  });

  it("refuses a value that is not a density, in the reader's language, and changes nothing", async () => {
    const editor = await server.as("copy-editor");
    await editor.get("/documents/1?lang=ar");
    const answer = await editor.json("POST", "/api/preferences/density", { density: "<b>tiny</b>" });
    expect(answer.status).to.equal(400);
    expect(answer.data.error).to.equal("bad-density");
    expect(answer.data.message).to.equal("اختر العرض العادي أو العرض المضغوط.");
    expect(densityOf("copy-editor")).to.equal("normal");
  });

  it("refuses the change without the session's CSRF token", async () => {
    const viewer = await server.as("viewer");
    await viewer.get("/documents/1");
    const res = await viewer.postForm("/preferences/density", { density: "compact" }, { csrf: false });
    expect(res.status).to.equal(403);
    expect(densityOf("viewer")).to.equal("normal");
  });

  it("goes back only to an alignment view of this site", () => {
    expect(backToView("/documents/12")).to.equal("/documents/12");
    expect(backToView("/documents/12?show=low&q=Homs&page=2")).to.equal("/documents/12?show=low&q=Homs&page=2");
    for (const hostile of ["//evil.example/documents/1", "https://evil.example/", "/documents/1/../../x", "/\\evil.example", "/documents/1?q=a b", "/documents/x", "", 7, undefined]) {
      expect(backToView(hostile), String(hostile)).to.equal("/");
    }
  });
});
