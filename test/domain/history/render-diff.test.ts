/**
 * Word-level diffs of two versions of a paragraph: whole words change, never letters inside them,
 * in English and Arabic, and joining the segments gives back both versions.
 */
import { expect } from "chai";
import { diffWords, type DiffSegment } from "../../../server/domain/history/render-diff.js";

const before = (s: DiffSegment[]) => s.filter((x) => x.op !== "insert").map((x) => x.text).join("");
const after = (s: DiffSegment[]) => s.filter((x) => x.op !== "delete").map((x) => x.text).join("");
const changes = (s: DiffSegment[]) => s.filter((x) => x.op !== "equal").map((x) => `${x.op === "insert" ? "+" : "-"}${x.text}`);

describe("diffWords", () => {
  const TABLE: [string, string, string, string[]][] = [
    ["no change", "The aid arrived.", "The aid arrived.", []],
    ["a misspelt word replaced whole", "They did not recieve the aid.", "They did not receive the aid.", ["-recieve", "+receive"]],
    ["a word added", "The convoy arrived.", "The aid convoy arrived.", ["+aid "]],
    ["a word removed", "The aid convoy arrived.", "The convoy arrived.", ["-aid "]],
    ["an Arabic word replaced whole", "وصلت القافلة إلى حمص", "وصلت القافلة إلى حماة", ["-حمص", "+حماة"]],
    ["punctuation as its own token", "It ended.", "It ended!", ["-.", "+!"]],
    ["from nothing", "", "New text.", ["+New text."]],
    ["to nothing", "Old text.", "", ["-Old text."]],
  ];
  for (const [what, a, b, expected] of TABLE) {
    it(what, () => {
      const segments = diffWords(a, b);
      expect(changes(segments)).to.deep.equal(expected);
      expect(before(segments)).to.equal(a);
      expect(after(segments)).to.equal(b);
    });
  }

  it("never gives two segments of the same kind in a row", () => {
    const segments = diffWords("one two three four five", "one 2 3 four 5");
    for (let k = 1; k < segments.length; k++) expect(segments[k]?.op).to.not.equal(segments[k - 1]?.op);
  });

  it("keeps a long paragraph's diff whole and quick (the time bound)", () => {
    const a = Array.from({ length: 3000 }, (_, k) => `word${k % 700}`).join(" ");
    const b = Array.from({ length: 3000 }, (_, k) => `word${(k * 7) % 701}`).join(" ");
    const started = performance.now();
    const segments = diffWords(a, b);
    expect(performance.now() - started).to.be.below(2000);
    expect(before(segments)).to.equal(a);
    expect(after(segments)).to.equal(b);
  });
});
