import { expect } from "chai";
import { tokeniseEnglish } from "../../../server/domain/segment/tokenise.js";
import { RULES } from "../../../server/domain/checks/real-word-rules.js";

/** Words of `text` that the named rule alone flags, with its suggestions. */
function fired(name: string, text: string): string[] {
  const rule = RULES.find((r) => r.name === name);
  if (!rule) throw new Error(`no rule ${name}`);
  const tokens = tokeniseEnglish(text);
  return tokens.flatMap((w, k) => {
    const verdict = rule.judge({ tokens, text, k }, w);
    return verdict ? [`${w.text}->${verdict.suggestion ?? ""}`] : [];
  });
}

/** Each rule: a sentence it must flag (with the fix) and one where it must stay silent. */
const TABLE: { rule: string; flags: [string, string[]]; passes: string }[] = [
  { rule: "pronoun-for-article", flags: ["Tim Berners-Lee, they inventor of the web, spoke.", ["they->the"]], passes: "They invented the web." },
  { rule: "article-before-verb", flags: ["When it ended the said, it was over.", ["the->he"]], passes: "When it ended the man said, it was over." },
  { rule: "determiner-slot", flags: ["To ill-fated frigate made port.", ["To->the"]], passes: "To the port it sailed." },
  { rule: "its-contraction", flags: ["The city was celebrating it's 40th anniversary.", ["it's->its"]], passes: "It's late and its walls are old." },
  { rule: "than-then", flags: ["Prosecutors filed an indictment than included eight charges.", ["than->that"]], passes: "It was bigger than the last one." },
  { rule: "no-before-possessive", flags: ["He failed to carry through no his promise.", ["no->on"]], passes: "He had no money." },
  { rule: "as-before-time", flags: ["The match starts as 12:55 p.m. on Tuesday.", ["as->at"]], passes: "As the match started, it rained." },
  { rule: "of-off", flags: ["The team got of to a good start.", ["of->off"]], passes: "The start of the race." },
  { rule: "lead-led", flags: ["It was lead by a former officer.", ["lead->led"]], passes: "She will lead the team." },
  { rule: "perfect-adverb", flags: ["Seven people had bean taken to hospital.", ["bean->been"]], passes: "Seven people had been taken to hospital." },
  { rule: "quiet-quite", flags: ["The result was quiet different.", ["quiet->quite"]], passes: "The street was quiet." },
  { rule: "loose-lose", flags: ["They are going to loose the match.", ["loose->lose"]], passes: "The screw came loose." },
  { rule: "their-there", flags: ["Their is no way out.", ["Their->there"]], passes: "Their house is old." },
  { rule: "affect-effect", flags: ["The affect was huge.", ["affect->effect"]], passes: "It will affect us all." },
  { rule: "form-from", flags: ["Apart form the rain, it was fine.", ["form->from"]], passes: "Fill in the form today." },
  { rule: "tow-two", flags: ["The tow side agreed to a truce.", ["tow->two"]], passes: "The tow truck arrived late." },
  { rule: "your-you", flags: ["If your go now, you will see it.", ["your->you"]], passes: "Your car is here." },
  { rule: "sum-some", flags: ["There was sum degree of doubt.", ["sum->some"]], passes: "The sum of the parts." },
  { rule: "verb-after-modal", flags: ["They will advice the team.", ["advice->advise"]], passes: "They will advise the team." },
];

describe("real-word rules", () => {
  it("has a table row for every rule", () => {
    expect(TABLE.map((r) => r.rule)).to.have.members(RULES.map((r) => r.name));
  });
  for (const row of TABLE) {
    it(`${row.rule} flags: ${row.flags[0]}`, () => expect(fired(row.rule, row.flags[0])).to.deep.equal(row.flags[1]));
    it(`${row.rule} passes: ${row.passes}`, () => expect(fired(row.rule, row.passes)).to.deep.equal([]));
  }
});
