import { expect } from "chai";
import { runChecks } from "../../../server/domain/checks/run-checks.js";
import { runTable, en } from "./table.js";

runTable("number-agreement", [
  { name: "a number word before a singular and a verb", doc: en("The two side agreed to a truce."), flags: ["two side"] },
  { name: "digits before a singular and an auxiliary", doc: en("At least 45 soldier were killed."), flags: ["45 soldier"] },
  { name: "a noun before a preposition", doc: en("There were three person in the car."), flags: ["three person"] },
  { name: "after a preposition, before punctuation", doc: en("They spoke for three hour."), flags: ["three hour"] },
  { name: "a multiplied count", doc: en("More than 2 million refugee were registered."), flags: ["2 million refugee"] },
  { name: "a time noun before later", doc: en("About 20 minute later, the shelling began."), flags: ["20 minute"] },
  { name: "plural nouns", doc: en("The two sides agreed; 45 soldiers were killed and three people were hurt."), flags: [] },
  { name: "hyphenated and open compound modifiers", doc: en("A two-day visit, a two day visit and a 5 year old boy."), flags: [] },
  { name: "a count that modifies a noun", doc: en("The 2 million mark was passed, and the two state solution was discussed."), flags: [] },
  { name: "identifiers and years", doc: en("Flight 17 crashed. The 911 system was overwhelmed in the 2017 election. He filed for Chapter 7 bankruptcy."), flags: [] },
  { name: "money and the number one", doc: en("He paid $5 fee and one soldier was hurt."), flags: [] },
  { name: "a count standing alone before a verb", doc: en("The two agree that the truce holds, and the two drove to Homs. Of the judges, 12 remain in office."), flags: [] },
  { name: "zero and collective plurals", doc: en("Two people and three crew were hurt; he is six foot tall and it rose ten percent."), flags: [] },
  { name: "a gradable adjective that stands for its noun", doc: en("Three large and two small, the rest were lost."), flags: [] },
  { name: "comparatives after a number", doc: en("Four points ahead with twelve more in play."), flags: [] },
  { name: "a participle after a count", doc: en("Of the households, 68,511 had children under the age of 18 living in them, and 12 remaining at home."), flags: [] },
  { name: "an -ing noun before a finite verb is still a head noun", doc: en("The two building were destroyed."), flags: ["two building"] },
  { name: "a capitalised number in a name", doc: en("The Group of Eight summit ended."), flags: [] },
]);

describe("number-agreement fixes", () => {
  it("proposes the whole phrase with the plural", () => {
    const [finding] = runChecks(en("At least 45 soldier were killed."), { enabled: ["number-agreement"] });
    expect(finding?.suggestion).to.equal("45 soldiers");
  });

  it("makes the real-word fix for a number word the whole phrase", () => {
    const text = "The tow side agreed to a truce.";
    const [finding] = runChecks(en(text), { enabled: ["real-word"] });
    expect(finding && text.slice(finding.start, finding.end)).to.equal("tow side");
    expect(finding?.suggestion).to.equal("two sides");
  });

  it("leaves a real-word fix alone when the noun is plural already", () => {
    const text = "The tow sides agreed to a truce.";
    const [finding] = runChecks(en(text), { enabled: ["real-word"] });
    expect(finding && text.slice(finding.start, finding.end)).to.equal("tow");
    expect(finding?.suggestion).to.equal("two");
  });
});
