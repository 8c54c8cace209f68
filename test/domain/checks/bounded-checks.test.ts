/**
 * No paragraph holds the checks for long: huge words, 100K characters of every pathological kind
 * (scripts/bench-check-scaling.ts builds them), the per-paragraph findings cap and the time budget.
 * The time bounds are generous guards against the old seconds-to-minutes blow-ups, not benchmarks.
 */
import { expect } from "chai";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { CORPUS_DIR } from "../../../server/paths.js";
import { parseGlossary } from "../../../server/domain/glossary/parse-glossary.js";
import { runChecks, runChecksReport } from "../../../server/domain/checks/run-checks.js";
import { dismissalOf } from "../../../server/domain/checks/dismissals.js";
import { maxWordLength, suggestionsFor } from "../../../server/domain/checks/english-words.js";
import { editDistance } from "../../../server/domain/checks/name-key.js";
import { MAX_PER_PARAGRAPH } from "../../../server/domain/checks/too-many-findings.js";
import type { Check, CheckDocument } from "../../../server/domain/checks/types.js";
import { pathologicalDocument, TEXT_KINDS } from "../../../scripts/bench-check-scaling.js";
import { sampleGold, sampleParagraphs } from "../../helpers/sample.js";

/** Milliseconds a function takes, and its result. */
function timed<T>(run: () => T): { ms: number; result: T } {
  const started = performance.now();
  const result = run();
  return { ms: performance.now() - started, result };
}

describe("bounded checks", function () {
  this.timeout(60000);

  before(() => {
    runChecks({ en: ["Warm the dictionaries up."], ar: ["تسخين"], beads: [{ en: [0], ar: [0] }] }); // loading is not what is timed
  });

  for (const length of [19970, 1000]) {
    it(`checks a paragraph with a ${length}-letter word in well under a second`, () => {
      const word = "abcdefghijklmnopqrstuvwxyz".repeat(Math.ceil(length / 26)).slice(0, length);
      const doc: CheckDocument = { en: [`The ${word} was found.`], ar: [`وجد ${"بتثجحخ".repeat(length / 5).slice(0, length)} هنا`], beads: [{ en: [0], ar: [0] }] };
      const { ms, result } = timed(() => runChecksReport(doc));
      expect(ms, "milliseconds").to.be.below(2000);
      expect(result.skipped).to.deep.equal([]);
      const spelling = result.findings.filter((f) => f.checkId === "spelling");
      expect(spelling.map((f) => [f.end - f.start, f.suggestion])).to.deep.equal([[length, null]]);
    });
  }

  it("bounds words by the dictionary's longest form", () => {
    const bound = maxWordLength();
    expect(bound).to.be.within("electroencephalographic".length, 40);
    expect(suggestionsFor("a".repeat(bound + 1))).to.deep.equal([]);
    expect(suggestionsFor("recieve")[0]).to.equal("receive");
    const { ms, result } = timed(() => suggestionsFor("Xqzvw")); // nspell alone: seconds (a search two edits away)
    expect(result).to.deep.equal([]);
    expect(ms).to.be.below(1000);
  });

  for (const kind of TEXT_KINDS) {
    it(`checks 100K characters of "${kind}" text on each edition in bounded time, with capped findings`, () => {
      const doc = pathologicalDocument(kind, 100000);
      const { ms, result } = timed(() => runChecksReport(doc, { budgetMs: Infinity }));
      expect(ms, "milliseconds").to.be.below(10000);
      for (const lang of ["en", "ar"] as const) {
        expect(result.findings.filter((f) => f.lang === lang).length, lang).to.be.at.most(MAX_PER_PARAGRAPH + 1);
      }
    });
  }

  it("caps a paragraph's findings with one too-many-findings note", () => {
    const text = "They met the the delegation. ".repeat(120).trim();
    const doc: CheckDocument = { en: [text], ar: [] };
    const findings = runChecks(doc, { enabled: ["repeated-word"] });
    expect(findings.filter((f) => f.checkId === "repeated-word")).to.have.length(MAX_PER_PARAGRAPH);
    const notes = findings.filter((f) => f.checkId === "too-many-findings");
    expect(notes).to.have.length(1);
    expect(notes[0]).to.include({ severity: "info", lang: "en", paragraph: 0, start: 0, end: text.length });
    expect(notes[0]?.params).to.deep.equal({ count: String(120 - MAX_PER_PARAGRAPH), total: "120", shown: String(MAX_PER_PARAGRAPH) });
    // The first findings by position are the ones kept.
    expect(findings.filter((f) => f.checkId === "repeated-word").at(-1)?.start).to.equal(text.indexOf("the the", 29 * (MAX_PER_PARAGRAPH - 1)));
    const small = runChecks(doc, { enabled: ["repeated-word"], maxPerParagraph: 200 });
    expect(small.map((f) => f.checkId)).to.deep.equal(new Array<string>(120).fill("repeated-word"));
    const dismissed = runChecks(doc, { enabled: ["repeated-word"], dismissed: [dismissalOf(notes[0]!, text)] });
    expect(dismissed.filter((f) => f.checkId === "too-many-findings")).to.deep.equal([]);
  });

  it("skips the checks that would start after the budget is spent, and says which", () => {
    const busy = (ms: number) => {
      const until = performance.now() + ms;
      while (performance.now() < until);
    };
    const finding = { lang: "en" as const, paragraph: 0, start: 0, end: 1, params: {}, suggestion: null };
    const slow: Check = { id: "slow", severity: "info", side: "en", run: () => (busy(60), [finding]) };
    const later: Check = { id: "later", severity: "info", side: "en", run: () => [finding] };
    const report = runChecksReport({ en: ["x"], ar: [] }, { checks: [slow, later, later], budgetMs: 20 });
    expect(report.findings.map((f) => f.checkId)).to.deep.equal(["slow"]);
    expect(report.skipped).to.deep.equal(["later", "later"]);
    expect(runChecksReport({ en: ["x"], ar: [] }, { checks: [slow, later], budgetMs: 10000 }).skipped).to.deep.equal([]);
  });

  it("runs every check on the sample article within the default budget", () => {
    const { en, ar } = sampleParagraphs();
    const glossary = parseGlossary(readFileSync(join(CORPUS_DIR, "glossary.tsv"), "utf8"));
    const report = runChecksReport({ en, ar, beads: sampleGold(), context: { glossary } });
    expect(report.skipped).to.deep.equal([]);
    expect(report.findings.some((f) => f.checkId === "too-many-findings")).to.equal(false);
  });
});

describe("editDistance (banded)", () => {
  const cases: [string, string, number, number][] = [
    ["qaeda", "qaida", 1, 1], ["abcd", "badc", 2, 2], ["abcd", "abdc", 1, 1], ["kitten", "sitting", 3, 3], ["kitten", "sitting", 2, 3],
    ["", "ab", 2, 2], ["ab", "", 1, 2], ["laden", "ladin", 2, 1], ["same", "same", 0, 0],
  ];
  for (const [a, b, limit, expected] of cases) {
    it(`${a} / ${b} within ${limit}: ${expected}`, () => expect(editDistance(a, b, limit)).to.equal(expected));
  }

  it("takes time linear in the length", () => {
    const long = "ab".repeat(50000);
    const { ms, result } = timed(() => editDistance(long, `${long}c`, 1));
    expect(result).to.equal(1);
    expect(ms).to.be.below(2000);
  });
});
