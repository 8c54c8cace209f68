/**
 * Archive pairing in pieces (pair-archive.ts), as the archive job runs it: the first pass's
 * candidates scored range by range over one index of the whole archive, the first assignment, the
 * second pass's scope and its candidates range by range, then both assignments, give exactly
 * pairArchive's pairs, scores and evidence, on made-up articles in both scripts where the second
 * pass finds editions weeks apart.
 */
import { expect } from "chai";
import {
  assignFirstPass, assignSecondPass, pairArchive, preparePairing, proposedPairs, scoreCandidates, scoreFirstPass, scoreSecondPass, secondPassScope,
  type PairingOptions,
} from "../../../server/domain/archive/pair-archive.js";
import type { Article } from "../../../server/domain/archive/articles.js";
import { madeUpLexicon, repeatedArchive } from "../../helpers/made-up-archive.js";

/** [0, n) cut at the given points: [[0, a], [a, b], …, [z, n]]. */
function ranges(n: number, cuts: readonly number[]): [number, number][] {
  const points = [0, ...cuts.filter((c) => c > 0 && c < n), n];
  return points.slice(1).map((to, k) => [points[k] as number, to]);
}

function pairInPieces(en: Article[], ar: Article[], options: PairingOptions, cuts: readonly number[]) {
  const prepared = preparePairing(en, ar, options);
  const firstCandidates = ranges(en.length, cuts).flatMap(([from, to]) => scoreFirstPass(prepared, from, to, options));
  const first = assignFirstPass(firstCandidates, options);
  const scope = secondPassScope(prepared, first, options);
  const secondCandidates = scope ? ranges(scope.english.length, [1]).flatMap(([from, to]) => scoreSecondPass(prepared, scope, from, to, options)) : [];
  return { firstCandidates, scope, pairs: proposedPairs(en, ar, first, assignSecondPass(secondCandidates, options)) };
}

describe("archive pairing in steps: ranges of English articles over one index", () => {
  const options: PairingOptions = { lexicon: madeUpLexicon() };

  it("scores a range of English articles as scoring them all does, and assigns the same pairs as pairArchive (second pass included)", () => {
    const { en, ar } = repeatedArchive(4, [1, 3]);
    const whole = pairArchive(en, ar, options);
    expect(whole.map((p) => p.en).sort(), "both late floods stories are paired by the second pass").to.include.members(["en-floods-1", "en-floods-3"]);
    const pieces = pairInPieces(en, ar, options, [1, 4, 5]);
    expect(pieces.firstCandidates).to.deep.equal(scoreCandidates(en, ar, options));
    expect(pieces.scope?.english.map((e) => en[e]?.id)).to.deep.equal(["en-floods-1", "en-floods-3"]);
    expect(pieces.pairs).to.deep.equal(whole);
  });

  it("is the same cut anywhere, one article at a time included, and with no second pass to do", () => {
    const { en, ar } = repeatedArchive(3);
    const whole = pairArchive(en, ar, options);
    expect(whole).to.have.length(6);
    for (const cuts of [[], [1, 2, 3, 4, 5], [3]]) {
      const pieces = pairInPieces(en, ar, options, cuts);
      expect(pieces.scope, "every English article is paired: nothing left for the second pass").to.equal(null);
      expect(pieces.pairs).to.deep.equal(whole);
    }
  });

  it("clamps a range outside the archive and has no second pass when its window is no wider", () => {
    const { en, ar } = repeatedArchive(2, [0]);
    const prepared = preparePairing(en, ar, options);
    expect(scoreFirstPass(prepared, en.length, en.length + 5, options)).to.deep.equal([]);
    expect(scoreFirstPass(prepared, -3, 1, options)).to.deep.equal(scoreFirstPass(prepared, 0, 1, options));
    const narrow = { ...options, secondWindowDays: 7 };
    expect(secondPassScope(prepared, assignFirstPass(scoreFirstPass(prepared, 0, en.length, narrow), narrow), narrow)).to.equal(null);
  });
});
