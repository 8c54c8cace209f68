/** Document frequencies for the corpus statistics: one count per document, lower-case uses only. */
import { expect } from "chai";
import { addDocumentWords } from "../../../server/domain/checks/corpus-words.js";

describe("corpus-words", () => {
  it("counts each lower-case word once per document, hyphenated parts too, names left out", () => {
    const counts = new Map<string, number>();
    addDocumentWords(counts, ["The colour of colour-blind maps.", "More colour."]);
    addDocumentWords(counts, ["The Center for Colour Studies chose a colour's shade."]);
    expect(counts.get("colour")).to.equal(2);
    expect(counts.get("blind")).to.equal(1);
    expect(counts.get("colour-blind")).to.equal(1);
    expect(counts.has("center")).to.equal(false);
    expect(counts.has("Center")).to.equal(false);
  });
});
