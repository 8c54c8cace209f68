import { expect } from "chai";
import { startServer, type TestServer } from "../helpers/server.js";
import { Client, TEST_PASSWORD } from "../helpers/client.js";

describe("login (real server)", () => {
  let server: TestServer;
  before(async () => {
    server = await startServer({ sample: false });
  });
  after(async () => {
    await server.stop();
  });

  it("logs in with the right password, sets a protected session cookie, and logs out", async () => {
    const client = new Client(server.url);
    await client.get("/login");
    const res = await client.postForm("/login", { name: "viewer", password: TEST_PASSWORD, next: "/" });
    expect(res.status).to.equal(303);
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith("mizan_session="));
    expect(cookie).to.match(/HttpOnly/iu).and.match(/SameSite=Lax/iu);
    expect((await client.get("/")).status).to.equal(200);
    expect((await client.postForm("/logout", {})).status).to.equal(303);
    expect((await client.get("/")).status).to.equal(303);
  });

  it("refuses a wrong password with one message for both unknown users and wrong passwords, and audits it", async () => {
    const client = new Client(server.url);
    await client.get("/login");
    const wrong = await client.postForm("/login", { name: "viewer", password: "not the password" });
    const unknown = await client.postForm("/login", { name: "nobody", password: "not the password" });
    expect(wrong.status).to.equal(401);
    expect(unknown.status).to.equal(401);
    expect(wrong.body_).to.include("Wrong user name or password.");
    expect(unknown.body_).to.include("Wrong user name or password.");
    expect(server.store.listAudit({ user: "viewer" }).some((e) => e.action === "login-failed")).to.equal(true);
  });

  it("never follows a next= address to another site", async () => {
    const client = new Client(server.url);
    await client.get("/login");
    const res = await client.postForm("/login", { name: "viewer", password: TEST_PASSWORD, next: "//evil.example/" });
    expect(res.headers.get("location")).to.equal("/");
  });

  it("slows password guessing: after 20 failures from one address, 429 in the user's language", async () => {
    const client = new Client(server.url);
    await client.get("/login?lang=ar");
    let last = 0;
    let body = "";
    for (let k = 0; k < 22; k++) {
      const res = await client.postForm("/login", { name: "admin", password: `guess ${k}` });
      last = res.status;
      body = res.body_;
    }
    expect(last).to.equal(429);
    expect(body).to.include("محاولات دخول فاشلة كثيرة");
  });
});
