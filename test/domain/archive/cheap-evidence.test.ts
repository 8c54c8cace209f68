import { expect } from "chai";
import { cheapCandidates, dayWindow, describeArchive, indexArchive, lengthAgreement, sharedEvidence } from "../../../server/domain/archive/cheap-evidence.js";
import { AR, EN, madeUpLexicon } from "../../helpers/made-up-archive.js";

describe("archive pairing: cheap evidence through posting lists", () => {
  const lexicon = madeUpLexicon();
  const index = indexArchive(describeArchive(EN, AR, lexicon));
  const ids = (e: number, window = 7) => cheapCandidates(index, e, dayWindow(index, EN[e]!, window)).map((c) => AR[c.ar]?.id);

  it("ranks the true edition first, with its numbers in Arabic-Indic digits", () => {
    expect(ids(0)[0]).to.equal("ar-budget");
    const best = cheapCandidates(index, 0, dayWindow(index, EN[0]!, 7))[0]!;
    expect(best.anchors).to.be.greaterThan(0.5);
    expect(best.names).to.be.greaterThan(0.5);
    expect(best.words).to.be.greaterThan(0.5);
  });

  it("ranks the true edition first with Western digits too, above an article of the same day", () => {
    expect(ids(1)[0]).to.equal("ar-floods");
  });

  it("sees only the Arabic articles inside the date window", () => {
    expect(ids(1, 0)).to.not.include("ar-budget"); // two days earlier
    expect(ids(1, 0)).to.include("ar-floods");
  });

  it("names what the pair shares: numbers by value, names by skeleton, translated words", () => {
    const shared = sharedEvidence(index.described, 0, 2);
    expect(shared.numbers).to.include.members(["12", "120", "87"]);
    expect(shared.names).to.include("Khalid");
    expect(shared.words).to.be.at.least(4);
    expect(sharedEvidence(index.described, 0, 1).names).to.deep.equal([]);
  });

  it("agrees most on length at the archive's own ratio", () => {
    expect(lengthAgreement(100, 90, 0.9)).to.equal(1);
    expect(lengthAgreement(100, 300, 0.9)).to.be.below(0.01);
    expect(lengthAgreement(0, 90, 0.9)).to.equal(0);
  });
});
