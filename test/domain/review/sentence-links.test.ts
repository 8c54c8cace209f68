/**
 * The sentence links of a row as pure data: the fingerprint that says whether the reviewer's links
 * still hold, which links are in effect, and the operations (merge, split, shift, confirm,
 * unconfirm) with the scores new links get and the refusals of operations that do not fit.
 */
import { expect } from "chai";
import { linksInEffect, operateOnLinks, pairFingerprint, type SentenceLink } from "../../../server/domain/review/sentence-links.js";
import { InvalidOperation } from "../../../server/domain/review/bead-operations.js";

const computed: SentenceLink[] = [
  { en: [0], ar: [0], score: 0.9 },
  { en: [1], ar: [1], score: 0.8 },
  { en: [2], ar: [2, 3], score: 0.7 },
];
const shown = { links: computed, source: "computed" as const };
const shape = (links: SentenceLink[]) => links.map((l) => `${l.en.join(",")}|${l.ar.join(",")}`);

describe("sentence links inside a row (pure)", () => {
  it("fingerprints the row's texts per side and per paragraph", () => {
    const base = pairFingerprint(["One. Two."], ["واحد. اثنان."]);
    expect(pairFingerprint(["One. Two."], ["واحد. اثنان."])).to.equal(base);
    expect(pairFingerprint(["One. Two!"], ["واحد. اثنان."])).to.not.equal(base, "a text changed");
    expect(pairFingerprint(["One.", "Two."], ["واحد. اثنان."])).to.not.equal(pairFingerprint(["One. Two."], ["واحد. اثنان."]), "a paragraph split");
    expect(pairFingerprint(["One. Two.", "واحد. اثنان."], [])).to.not.equal(base, "a paragraph moved to the other side");
    expect(base).to.match(/^[0-9a-f]{16}$/u);
  });

  it("keeps the reviewer's links while the fingerprint matches, and the aligner's otherwise", () => {
    const stored = { links: [{ en: [0, 1, 2], ar: [0, 1, 2, 3], score: 0.7 }], status: "confirmed" as const, fingerprint: "abc" };
    expect(linksInEffect(stored, "abc", computed)).to.deep.equal({ links: stored.links, source: "confirmed" });
    expect(linksInEffect({ ...stored, status: "auto" }, "abc", computed).source).to.equal("edited");
    expect(linksInEffect(stored, "changed", computed)).to.deep.equal({ links: computed, source: "computed" });
    expect(linksInEffect(null, "abc", computed)).to.deep.equal({ links: computed, source: "computed" });
  });

  it("merges a link with the next, the new link scored by the lowest of its sources", () => {
    const next = operateOnLinks(shown, { op: "merge", link: 0 }, computed);
    expect(shape(next.links)).to.deep.equal(["0,1|0,1", "2|2,3"]);
    expect(next.links.map((l) => l.score)).to.deep.equal([0.8, 0.7]);
    expect(next.status).to.equal("auto");
  });

  it("splits a link, and a split back into the aligner's links takes their scores again", () => {
    const merged = operateOnLinks(shown, { op: "merge", link: 1 }, computed);
    expect(shape(merged.links)).to.deep.equal(["0|0", "1,2|1,2,3"]);
    const split = operateOnLinks({ links: merged.links, source: "edited" }, { op: "split", link: 1, enCount: 1, arCount: 1 }, computed);
    expect(split.links).to.deep.equal(computed);
  });

  it("shifts a sentence of one side to the neighbouring link, up or down", () => {
    const down = operateOnLinks(shown, { op: "shift", link: 1, side: "ar", direction: "down" }, computed);
    expect(shape(down.links)).to.deep.equal(["0|0", "1|", "2|1,2,3"]);
    const up = operateOnLinks(shown, { op: "shift", link: 2, side: "ar", direction: "up" }, computed);
    expect(shape(up.links)).to.deep.equal(["0|0", "1|1,2", "2|3"]);
    // A link left empty disappears.
    const gone = operateOnLinks({ links: [{ en: [0], ar: [0], score: 1 }, { en: [], ar: [1], score: 1 }], source: "edited" }, { op: "shift", link: 1, side: "ar", direction: "up" }, computed);
    expect(shape(gone.links)).to.deep.equal(["0|0,1"]);
  });

  it("confirms the links shown and unconfirms confirmed ones, keeping them", () => {
    const confirmed = operateOnLinks(shown, { op: "confirm" }, computed);
    expect(confirmed).to.deep.equal({ links: computed, status: "confirmed" });
    const after = operateOnLinks({ links: confirmed.links, source: "confirmed" }, { op: "merge", link: 0 }, computed);
    expect(after.status).to.equal("auto", "a change of confirmed links asks for confirming again");
    expect(operateOnLinks({ links: computed, source: "confirmed" }, { op: "unconfirm" }, computed).status).to.equal("auto");
  });

  it("refuses operations that do not fit the links", () => {
    const refusal = (fn: () => unknown) => {
      try {
        fn();
      } catch (error) {
        expect(error).to.be.instanceOf(InvalidOperation);
        return (error as InvalidOperation).reason;
      }
      return "accepted";
    };
    expect(refusal(() => operateOnLinks(shown, { op: "merge", link: 2 }, computed))).to.equal("no-next-row");
    expect(refusal(() => operateOnLinks(shown, { op: "merge", link: 7 }, computed))).to.equal("no-such-row");
    expect(refusal(() => operateOnLinks(shown, { op: "split", link: 0, enCount: 1, arCount: 1 }, computed))).to.equal("bad-split");
    expect(refusal(() => operateOnLinks(shown, { op: "shift", link: 0, side: "en", direction: "up" }, computed))).to.equal("no-previous-row");
    expect(refusal(() => operateOnLinks(shown, { op: "unconfirm" }, computed))).to.equal("not-confirmed");
    expect(refusal(() => operateOnLinks({ links: [], source: "computed" }, { op: "confirm" }, []))).to.equal("no-such-row");
  });
});
