import { expect } from "chai";
import { areConfusable, findConfusable, normaliseUserName, userNameSkeleton } from "../../../server/domain/auth/user-names.js";

describe("user names: NFKC form and confusable skeleton", () => {
  it("stores the NFKC form without surrounding spaces", () => {
    expect(normaliseUserName("  ｖｉｅｗｅｒ ")).to.equal("viewer");
    expect(normaliseUserName("cafe\u0301")).to.equal("café");
    expect(normaliseUserName("ﬁona")).to.equal("fiona");
  });

  it("gives names that differ only in case or width one rate-limit key", () => {
    expect(userNameSkeleton("ADMIN")).to.equal(userNameSkeleton("admin"));
    expect(userNameSkeleton("ａｄｍｉｎ")).to.equal(userNameSkeleton("аdmin"));
  });

  const confusable: [string, string, string][] = [
    ["admin", "аdmin", "Cyrillic а"],
    ["admin", "ΑDMIN", "Greek capital alpha, other case"],
    ["nadia", "ΝADIA", "Greek capital nu"],
    ["Ivan", "lvan", "capital I and small L"],
    ["admin", "Admin", "case only"],
    ["admin", "adrnin", "rn for m"],
    ["admin", "ａｄｍｉｎ", "full-width letters"],
    ["paypal", "раураl", "Cyrillic р, а, у"],
    ["ocean", "οcеаn", "Greek ο, Cyrillic е and а"],
    ["sara", "ѕага", "Cyrillic ѕ and г"],
    ["user1", "userl", "digit one and small L"],
    ["علي", "علی", "Arabic yeh and Farsi yeh"],
  ];
  for (const [a, b, why] of confusable) {
    it(`takes "${b}" for "${a}" (${why})`, () => {
      expect(areConfusable(b, a)).to.equal(true);
      expect(findConfusable(b, ["someone", a])).to.equal(a);
    });
  }

  const distinct: [string, string][] = [
    ["admin", "admins"],
    ["translator", "copy-editor"],
    ["viewer", "reviewer"],
    ["maria", "marta"],
    ["علي", "عمر"],
    ["anna.b", "anna_b"],
  ];
  for (const [a, b] of distinct) {
    it(`tells "${a}" from "${b}"`, () => {
      expect(areConfusable(b, a)).to.equal(false);
      expect(findConfusable(b, [a])).to.equal(null);
    });
  }
});
