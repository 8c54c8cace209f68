import { expect } from "chai";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { CORPUS_DIR } from "../../../server/paths.js";
import { parseGlossary } from "../../../server/domain/glossary/parse-glossary.js";
import { runChecks } from "../../../server/domain/checks/run-checks.js";
import { CHECKS } from "../../../server/domain/checks/registry.js";
import { dismissalOf } from "../../../server/domain/checks/dismissals.js";
import { loadLocale } from "../../../server/i18n/translate.js";
import { sampleGold, sampleParagraphs } from "../../helpers/sample.js";
import type { Finding } from "../../../server/domain/checks/types.js";

describe("checks on the sample article", () => {
  const { en, ar } = sampleParagraphs();
  const glossary = parseGlossary(readFileSync(join(CORPUS_DIR, "glossary.tsv"), "utf8"));
  const findings = runChecks({ en, ar, beads: sampleGold(), context: { glossary } });
  const flagged = (check: string) => findings.filter((f) => f.checkId === check).map((f) => (f.lang === "en" ? en : ar)[f.paragraph]?.slice(f.start, f.end));

  it("flags every slip named in the issue", () => {
    expect(flagged("real-word")).to.include("tow side");
    expect(findings.find((f) => f.checkId === "real-word" && en[f.paragraph]?.startsWith("The tow side"))?.suggestion).to.equal("two sides");
    expect(flagged("determiner-clash")).to.deep.equal(["the past a few"]);
    expect(flagged("missing-noun")).to.deep.equal(["a former of"]);
    expect(flagged("possessive-consistency")).to.deep.equal(["detainee’s"]);
    expect(flagged("number-agreement")).to.deep.equal([]); // "The tow side" is the real-word finding's, with the phrase as its fix
    expect(flagged("repeated-word")).to.include("of the of");
    expect(flagged("odd-whitespace").filter((t) => t === "\u00a0 ")).to.have.length(4);
    const closing = findings.find((f) => f.checkId === "unbalanced-quotes" && en[f.paragraph]?.startsWith("Activist Wael Abu Rayyan"));
    expect(closing && en[closing.paragraph]?.slice(closing.start, closing.end)).to.equal("”");
    expect(flagged("glossary-spelling")).to.include("Ahrar al-Cham");
    expect(flagged("transliteration-consistency")).to.include("al-Kabirah");
    expect(flagged("naming-consistency")).to.include.members(["Negotiation Committee", "Negotiating Committee", "Syrian Regime"]);
    expect(flagged("number-mismatch")).to.deep.equal([]); // 12174 = ١٢١٧٤
    expect(flagged("duplicated-paragraph")).to.have.length(1);
  });

  it("flags no glossary name as a misspelling", () => {
    const glossaryWords = new Set(glossary.flatMap((e) => e.en.split(/[\s’'-]+/u)));
    const misspelt = flagged("spelling");
    expect(misspelt.filter((w) => w !== undefined && glossaryWords.has(w))).to.deep.equal([]);
    expect(misspelt).to.deep.equal([]);
  });

  it("gives spans inside the paragraph and a locale message for every check", () => {
    const strings = loadLocale("en") as { checks: Record<string, Record<string, string>> };
    const arabic = loadLocale("ar") as { checks: Record<string, Record<string, string>> };
    for (const check of CHECKS) {
      expect(check.id, "kebab-case id").to.match(/^[a-z]+(?:-[a-z]+)*$/u);
      for (const key of ["name", "description", "message"]) {
        // A message with a count has plural forms instead (message_one, …, message_other).
        const of = (lang: Record<string, string> | undefined) => lang?.[key] ?? lang?.[`${key}_other`];
        expect(of(strings.checks[check.id]), `${check.id}.${key}`).to.be.a("string");
        expect(of(arabic.checks[check.id]), `${check.id}.${key} (ar)`).to.be.a("string");
      }
    }
    for (const f of findings) {
      const text = (f.lang === "en" ? en : ar)[f.paragraph] ?? "";
      expect(f.start, f.checkId).to.be.at.least(0);
      expect(f.end, f.checkId).to.be.within(f.start, text.length);
    }
  });

  it("forgets a dismissed finding until the paragraph's text changes", () => {
    const target = findings.find((f) => f.checkId === "real-word") as Finding;
    const dismissal = dismissalOf(target, en[target.paragraph] ?? "");
    const again = runChecks({ en, ar, beads: sampleGold(), context: { glossary } }, { dismissed: [dismissal] });
    expect(again.some((f) => f.checkId === "real-word" && f.start === target.start && f.paragraph === target.paragraph)).to.equal(false);
    const edited = [...en];
    edited[target.paragraph] = (edited[target.paragraph] ?? "") + " ";
    const afterEdit = runChecks({ en: edited, ar, beads: sampleGold(), context: { glossary } }, { dismissed: [dismissal] });
    expect(afterEdit.some((f) => f.checkId === "real-word" && f.start === target.start && f.paragraph === target.paragraph)).to.equal(true);
  });
});
