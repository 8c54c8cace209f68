import { expect } from "chai";
import { startServer, type TestServer } from "../helpers/server.js";
import { Client, TEST_PASSWORD } from "../helpers/client.js";
import { FAILURES_PER_ACCOUNT, FAILURES_PER_ADDRESS } from "../../server/routes/auth.js";

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

  it("slows password guessing: after 20 failures on one account, 429 in the user's language", async () => {
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
    expect(body).to.include("محاولات دخول فاشلة كثيرة لهذا الحساب");
  });

  it("a new login ends the session the browser had before", async () => {
    const client = new Client(server.url);
    await client.logIn("viewer");
    const before = client.cookie("mizan_session") ?? "";
    await client.logIn("translator");
    expect(client.cookie("mizan_session")).to.not.equal(before);
    const old = await fetch(`${server.url}/`, { headers: { cookie: `mizan_session=${before}` }, redirect: "manual" });
    expect(old.status).to.equal(303);
    expect(old.headers.get("location")).to.match(/^\/login/u);
    expect(server.store.sessionUser(before)).to.equal(null);
    expect((await client.get("/")).status).to.equal(200);
  });

  it("logs in with the NFKC form of a name (full-width letters)", async () => {
    const client = new Client(server.url);
    await client.get("/login");
    expect((await client.postForm("/login", { name: "ｖｉｅｗｅｒ", password: TEST_PASSWORD })).status).to.equal(303);
  });
});

/** Failed logins for `name` from `address` (sent as X-Forwarded-For); the last answer. */
async function failLogins(client: Client, names: string[], address: string): Promise<{ status: number; body: string }> {
  let last = { status: 0, body: "" };
  for (const name of names) {
    const res = await client.postForm("/login", { name, password: "not the password" }, { headers: { "x-forwarded-for": address } });
    last = { status: res.status, body: res.body_ };
  }
  return last;
}

async function logInFrom(server: TestServer, name: string, address: string): Promise<number> {
  const client = new Client(server.url);
  await client.get("/login");
  return (await client.postForm("/login", { name, password: TEST_PASSWORD }, { headers: { "x-forwarded-for": address } })).status;
}

describe("login limits per account and per client address (behind a trusted proxy)", () => {
  let server: TestServer;
  beforeEach(async () => {
    server = await startServer({ sample: false, trustProxy: "loopback" });
  });
  afterEach(async () => {
    await server.stop();
  });

  it("a flood of failures on one account locks that account only", async () => {
    const attacker = new Client(server.url);
    await attacker.get("/login");
    // From many addresses, as through a proxy: the account limit holds whatever the address.
    let last = { status: 0, body: "" };
    for (let k = 0; k < FAILURES_PER_ACCOUNT + 2; k++) last = await failLogins(attacker, [k % 2 ? "ADMIN" : "аdmin"], `198.51.100.${k}`);
    expect(last.status).to.equal(429);
    expect(last.body).to.include("Too many failed logins for this account");
    expect(await logInFrom(server, "admin", "203.0.113.9")).to.equal(429);
    // Everyone else logs in, from the attacker's addresses too.
    expect(await logInFrom(server, "viewer", "198.51.100.1")).to.equal(303);
    expect(await logInFrom(server, "translator", "203.0.113.9")).to.equal(303);
  });

  it("one client address trying many accounts is limited, and only that address", async () => {
    const attacker = new Client(server.url);
    await attacker.get("/login?lang=ar");
    const names = Array.from({ length: FAILURES_PER_ADDRESS + 1 }, (_, k) => `guess-${k}`);
    const last = await failLogins(attacker, names, "198.51.100.7");
    expect(last.status).to.equal(429);
    expect(last.body).to.include("محاولات دخول فاشلة كثيرة من هذا العنوان");
    expect(await logInFrom(server, "viewer", "198.51.100.7")).to.equal(429);
    expect(await logInFrom(server, "viewer", "198.51.100.8")).to.equal(303);
  });
});

describe("login limit without MIZAN_TRUST_PROXY", () => {
  it("ignores X-Forwarded-For: changing it does not escape the per-address limit", async () => {
    const server = await startServer({ sample: false });
    try {
      const attacker = new Client(server.url);
      await attacker.get("/login");
      let last = { status: 0, body: "" };
      for (let k = 0; k <= FAILURES_PER_ADDRESS; k++) last = await failLogins(attacker, [`guess-${k}`], `198.51.100.${k}`);
      expect(last.status).to.equal(429);
      expect(last.body).to.include("from this address");
    } finally {
      await server.stop();
    }
  });
});
