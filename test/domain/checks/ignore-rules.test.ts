/**
 * Ignore rules ("ignore all like this") in the engine: a rule hides every finding of its check
 * about the same text, whatever the case, spacing, compatibility forms or Arabic diacritics,
 * in any paragraph and any document; findings of other checks, and of the same check about other
 * texts, stay. The matching key is for matching only.
 */
import { expect } from "chai";
import { filterIgnored, findingText, matchingKey, ruleFor } from "../../../server/domain/checks/ignore-rules.js";
import { runChecks } from "../../../server/domain/checks/run-checks.js";
import type { CheckDocument, Finding } from "../../../server/domain/checks/types.js";

const texts = (doc: CheckDocument, findings: Finding[]) => findings.map((f) => `${f.checkId}:${(doc[f.lang][f.paragraph] ?? "").slice(f.start, f.end)}`);

describe("ignore rules", () => {
  it("keys texts by what an editor would call the same text", () => {
    expect(matchingKey("  Negotiating   Committee ")).to.equal(matchingKey("negotiating committee"));
    expect(matchingKey("ＮＡＴＯ")).to.equal(matchingKey("nato"));
    expect(matchingKey("مُحَمَّد")).to.equal(matchingKey("محـمد"));
    // Hamza seats and ta marbuta are what Arabic slips are made of: kept apart.
    expect(matchingKey("أعلنت")).to.not.equal(matchingKey("اعلنت"));
    expect(matchingKey("الحكومة")).to.not.equal(matchingKey("الحكومه"));
    expect(matchingKey("Homs")).to.not.equal(matchingKey("Hama"));
    expect(matchingKey("x".repeat(500))).to.have.length(200);
    expect(findingText({ start: 2, end: 5 }, "a tow b")).to.equal("tow");
  });

  it("hides every finding of the rule's check about the same text in every paragraph, and nothing else", () => {
    const doc: CheckDocument = { en: ["The the report came.", "Then the The list, and and more."], ar: [] };
    const all = runChecks(doc, { enabled: ["repeated-word"] });
    expect(texts(doc, all)).to.deep.equal(["repeated-word:The the", "repeated-word:the The", "repeated-word:and and"]);
    const ruled = runChecks({ ...doc, context: { ignoreRules: [ruleFor("repeated-word", "THE  the")] } }, { enabled: ["repeated-word"] });
    expect(texts(doc, ruled)).to.deep.equal(["repeated-word:and and"]);
    // A rule of another check hides nothing of this one.
    const other = runChecks({ ...doc, context: { ignoreRules: [ruleFor("spelling", "The the")] } }, { enabled: ["repeated-word"] });
    expect(texts(doc, other)).to.have.length(3);
  });

  it("hides the Arabic finding whatever the diacritics of the rule's text, and not one with another hamza", () => {
    const doc: CheckDocument = { en: [], ar: ["قال إن إن الوزارة", "وقال إنَّ إنَّ الحكومة", "وقال ان ان الوزير"] };
    const all = runChecks(doc, { enabled: ["arabic-repeated-word"] });
    expect(all).to.have.length(3);
    const ruled = runChecks({ ...doc, context: { ignoreRules: [ruleFor("arabic-repeated-word", "إن إن")] } }, { enabled: ["arabic-repeated-word"] });
    expect(ruled.map((f) => f.paragraph)).to.deep.equal([2]);
  });

  it("filters a list directly, leaving the list as it was when there is no rule", () => {
    const finding: Finding = { checkId: "spelling", severity: "error", side: "en", lang: "en", paragraph: 0, start: 0, end: 5, params: {}, suggestion: null };
    const textOf = () => "Sence it was";
    expect(filterIgnored([finding], [], textOf)).to.deep.equal([finding]);
    expect(filterIgnored([finding], [ruleFor("spelling", "sence")], textOf)).to.deep.equal([]);
    expect(filterIgnored([finding], [ruleFor("spelling", "since")], textOf)).to.deep.equal([finding]);
  });
});
