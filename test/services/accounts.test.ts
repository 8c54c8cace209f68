import { expect } from "chai";
import { openSqliteStore } from "../../server/store/sqlite-store.js";
import type { Store } from "../../server/store/types.js";
import { addUser, ensureAdmin, logIn, removeAccount, updateAccount } from "../../server/services/accounts.js";
import { verifyPassword } from "../../server/domain/auth/passwords.js";
import { BadRequestError } from "../../server/services/errors.js";
import { tempDbPath } from "../helpers/temp.js";

const PASSWORD = "a long enough password";

function refusal(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof BadRequestError) return error.reason;
    throw error;
  }
  return "accepted";
}

describe("accounts service (real SQLite store)", () => {
  let store: Store & { close(): void };
  beforeEach(() => {
    store = openSqliteStore(tempDbPath());
  });
  afterEach(() => store.close());

  const userUpdates = () => store.listAudit({}).filter((e) => e.action === "user-update");

  it("checks a whole update before writing: a short password leaves the role alone and audits nothing", () => {
    addUser(store, "admin", PASSWORD, "admin");
    addUser(store, "nadia", PASSWORD, "viewer");
    expect(refusal(() => updateAccount(store, "admin", "nadia", { role: "translator", password: "short" }))).to.equal("password-too-short");
    expect(refusal(() => updateAccount(store, "admin", "nadia", { role: "boss", disabled: true }))).to.equal("bad-role");
    expect(store.findUser("nadia")).to.include({ role: "viewer", disabled: false });
    expect(userUpdates()).to.have.length(0);
  });

  it("applies role, password and state together with one audit entry", () => {
    addUser(store, "admin", PASSWORD, "admin");
    addUser(store, "nadia", PASSWORD, "viewer");
    expect(updateAccount(store, "admin", "nadia", { role: "translator", password: "another long password", disabled: true })).to.equal(true);
    const nadia = store.findUser("nadia")!;
    expect(nadia).to.include({ role: "translator", disabled: true });
    expect(verifyPassword("another long password", nadia.passwordHash)).to.equal(true);
    const entries = userUpdates();
    expect(entries).to.have.length(1);
    expect(entries[0]).to.include({ user: "admin", target: "user:nadia" });
    expect(updateAccount(store, "admin", "nobody", { role: "viewer" })).to.equal(false);
    expect(userUpdates()).to.have.length(1);
  });

  it("never removes, demotes or disables the last active admin", () => {
    addUser(store, "admin", PASSWORD, "admin");
    addUser(store, "nadia", PASSWORD, "viewer");
    expect(refusal(() => removeAccount(store, "cli", "admin"))).to.equal("last-admin");
    expect(refusal(() => updateAccount(store, "cli", "admin", { role: "viewer" }))).to.equal("last-admin");
    expect(refusal(() => updateAccount(store, "cli", "admin", { disabled: true }))).to.equal("last-admin");
    expect(store.findUser("admin")).to.include({ role: "admin", disabled: false });
    // A disabled admin does not count as a second one.
    updateAccount(store, "cli", "nadia", { role: "admin", disabled: true });
    expect(refusal(() => removeAccount(store, "cli", "admin"))).to.equal("last-admin");
    // With a second active admin, the first may go.
    updateAccount(store, "cli", "nadia", { disabled: false });
    expect(updateAccount(store, "cli", "admin", { role: "viewer" })).to.equal(true);
    expect(refusal(() => removeAccount(store, "cli", "nadia"))).to.equal("last-admin");
    expect(removeAccount(store, "cli", "admin")).to.equal(true);
    expect(store.listUsers().map((u) => u.name)).to.deep.equal(["nadia"]);
  });

  it("stores names in NFKC and refuses one that looks like an existing name", async () => {
    addUser(store, "admin", PASSWORD, "admin");
    expect(addUser(store, "ｎａｄｉａ", PASSWORD, "viewer").name).to.equal("nadia");
    for (const lookalike of ["аdmin", "ADMIN", "adrnin", "nаdiа", "ΝADIA"]) {
      expect(refusal(() => addUser(store, lookalike, PASSWORD, "viewer")), lookalike).to.be.oneOf(["user-name-confusable", "user-exists"]);
    }
    expect(refusal(() => addUser(store, "аdmin", PASSWORD, "viewer"))).to.equal("user-name-confusable");
    expect(refusal(() => addUser(store, "admin", PASSWORD, "viewer"))).to.equal("user-exists");
    expect(store.listUsers().map((u) => u.name)).to.deep.equal(["admin", "nadia"]);
    expect((await logIn(store, "ｎａｄｉａ", PASSWORD))?.user.name).to.equal("nadia");
  });

  it("a login ends the session the browser had before", async () => {
    addUser(store, "admin", PASSWORD, "admin");
    addUser(store, "nadia", PASSWORD, "viewer");
    const first = (await logIn(store, "nadia", PASSWORD))!;
    const second = (await logIn(store, "admin", PASSWORD, first.sessionId))!;
    expect(store.sessionUser(first.sessionId)).to.equal(null);
    expect(store.sessionUser(second.sessionId)?.name).to.equal("admin");
    expect(await logIn(store, "admin", "wrong password", second.sessionId)).to.equal(null);
    expect(store.sessionUser(second.sessionId)?.name).to.equal("admin");
  });

  it("refuses a first-admin password shorter than any other password, and creates nothing", () => {
    expect(refusal(() => ensureAdmin(store, "x"))).to.equal("admin-password-too-short");
    expect(refusal(() => ensureAdmin(store, "123456789"))).to.equal("admin-password-too-short");
    expect(store.countUsers()).to.equal(0);
    expect(ensureAdmin(store, "1234567890")).to.deep.equal({ created: true });
    expect(verifyPassword("1234567890", store.findUser("admin")!.passwordHash)).to.equal(true);
  });

  it("an empty MIZAN_ADMIN_PASSWORD means a random one, never an empty password", () => {
    const made = ensureAdmin(store, "");
    expect(made.password).to.be.a("string").with.length(20);
    expect(verifyPassword("", store.findUser("admin")!.passwordHash)).to.equal(false);
  });
});
