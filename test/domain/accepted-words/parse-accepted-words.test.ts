/**
 * Accepted words as TSV: columns found by the header, each refused line reported with its number
 * and reason (repeats included), formulas defused on export and restored on import, so an export
 * reads back as the same list.
 */
import { expect } from "chai";
import { AcceptedWordsFormatError, formatAcceptedWords, readAcceptedWordLines } from "../../../server/domain/accepted-words/parse-accepted-words.js";

describe("accepted words TSV", () => {
  it("reads the good lines and reports each refused one by number and reason", () => {
    const tsv = ["note\tword\tlang\tkind", "publisher\tEnab\ten\tname", "", "\tحمص\ten\tname", "\tHoms\tfr\t", "\tENAB\ten\tword", "مدينة\tالقامشلي\tar\tname"].join("\r\n");
    const read = readAcceptedWordLines(tsv);
    expect(read.entries).to.deep.equal([
      { line: 2, entry: { word: "Enab", lang: "en", kind: "name", note: "publisher" } },
      { line: 7, entry: { word: "القامشلي", lang: "ar", kind: "name", note: "مدينة" } },
    ]);
    expect(read.refused.map((r) => [r.line, r.key])).to.deep.equal([
      [4, "acceptedWords.refused.wrongScript"], [5, "acceptedWords.refused.badLang"], [6, "acceptedWords.refused.repeated"],
    ]);
  });

  it("refuses a file without the word and lang columns", () => {
    expect(() => readAcceptedWordLines("ar\ten\nحمص\tHoms")).to.throw(AcceptedWordsFormatError);
  });

  it("defuses formulas and removes controls on export, and reads the export back the same", () => {
    const words = [
      { word: "=HYPERLINK(\"x\",\"Homs\")", lang: "en" as const, kind: "word" as const, note: "+1 source" },
      { word: "-Idlib", lang: "en" as const, kind: "name" as const, note: "tab\there\u0007" },
    ];
    const tsv = formatAcceptedWords(words);
    const lines = tsv.split("\n");
    expect(lines[0]).to.equal("word\tlang\tkind\tnote");
    for (const line of lines.slice(1)) for (const cell of line.split("\t")) expect(cell).to.not.match(/^[=+\-@]/u);
    expect(tsv).to.not.include("\u0007");
    expect(readAcceptedWordLines(tsv).entries.map((e) => e.entry)).to.deep.equal([words[0], { ...words[1], note: "tab here" }]);
  });
});
