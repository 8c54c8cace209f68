/**
 * Who may do what: the whole table, role by action, written out here a second time on purpose,
 * so a change of permission is a change of two files.
 */
import { expect } from "chai";
import { abilities, can, DEFAULT_ROLE, documentAbilities, isRole, PERMISSIONS, readOnlyReason, ROLES, type Action } from "../../../server/domain/auth/permissions.js";

/** Per role, the actions it may take (every other action is refused). */
const EXPECTED: Record<string, Action[]> = {
  admin: ["read", "export", "import", "align", "edit-en", "edit-ar", "fix", "dismiss", "set-status", "rename-document", "delete-document", "edit-locked", "manage-users", "edit-glossary", "audit", "see-jobs", "cancel-any-job"],
  translator: ["read", "export", "import", "align", "edit-ar", "set-status", "rename-document", "edit-glossary", "see-jobs"],
  "copy-editor": ["read", "export", "import", "edit-en", "edit-ar", "fix", "dismiss", "set-status", "rename-document", "edit-glossary", "see-jobs"],
  viewer: ["read", "export"],
};

describe("permissions", () => {
  const actions = Object.keys(PERMISSIONS) as Action[];

  it("knows the four roles", () => {
    expect([...ROLES]).to.deep.equal(Object.keys(EXPECTED));
  });

  for (const [role, allowed] of Object.entries(EXPECTED)) {
    it(`lets ${role} do exactly ${allowed.length} of ${actions.length} actions`, () => {
      const r = role as (typeof ROLES)[number];
      expect(actions.filter((a) => can(r, a))).to.deep.equal(allowed);
      expect(abilities(r)).to.deep.equal(Object.fromEntries(actions.map((a) => [a, allowed.includes(a)])));
    });
  }

  it("lets nobody without a role do anything, reading included", () => {
    for (const a of actions) expect(can(undefined, a), a).to.equal(false);
    expect(Object.values(abilities(undefined)).every((v) => v === false)).to.equal(true);
  });

  it("tells a role from anything else", () => {
    for (const role of ROLES) expect(isRole(role)).to.equal(true);
    for (const value of ["Admin", "root", "", null, undefined, 3, ["admin"]]) expect(isRole(value), String(value)).to.equal(false);
  });

  it("takes every change of a locked document away from all but admins, and leaves reading, exporting and the rest", () => {
    const changes: Action[] = ["align", "edit-en", "edit-ar", "fix", "dismiss", "set-status", "rename-document"];
    for (const role of ROLES) {
      const open = documentAbilities(role, false);
      const locked = documentAbilities(role, true);
      expect(open, role).to.deep.equal(abilities(role));
      for (const a of actions) {
        const expected = role === "admin" || !changes.includes(a) ? can(role, a) : false;
        expect(locked[a], `${role} ${a}`).to.equal(expected);
      }
    }
    expect(documentAbilities("translator", true).import).to.equal(true);
    expect(documentAbilities("translator", true)["edit-glossary"]).to.equal(true);
  });

  it("says why a document is read-only: locked for translators and copy editors, the role for viewers, never for admins", () => {
    expect(readOnlyReason("admin", true)).to.equal(null);
    expect(readOnlyReason("translator", true)).to.equal("locked");
    expect(readOnlyReason("copy-editor", true)).to.equal("locked");
    expect(readOnlyReason("translator", false)).to.equal(null);
    expect(readOnlyReason("viewer", false)).to.equal("role");
    expect(readOnlyReason("viewer", true)).to.equal("role");
  });

  it("gives a new account the least privileged role", () => {
    const allowed = (role: (typeof ROLES)[number]) => actions.filter((a) => can(role, a)).length;
    expect(ROLES.every((r) => allowed(DEFAULT_ROLE) <= allowed(r))).to.equal(true);
    expect(DEFAULT_ROLE).to.equal("viewer");
  });
});
