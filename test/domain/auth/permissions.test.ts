/**
 * Who may do what: the whole table, role by action, written out here a second time on purpose,
 * so a change of permission is a change of two files.
 */
import { expect } from "chai";
import { abilities, can, isRole, PERMISSIONS, ROLES, type Action } from "../../../server/domain/auth/permissions.js";

/** Per role, the actions it may take (every other action is refused). */
const EXPECTED: Record<string, Action[]> = {
  admin: ["read", "export", "import", "align", "edit-en", "edit-ar", "fix", "dismiss", "set-status", "edit-locked", "manage-users", "edit-glossary", "audit"],
  translator: ["read", "export", "import", "align", "edit-ar", "set-status", "edit-glossary"],
  "copy-editor": ["read", "export", "import", "edit-en", "edit-ar", "fix", "dismiss", "set-status", "edit-glossary"],
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
});
