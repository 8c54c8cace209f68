import { expect } from "chai";
import { runChecks } from "../../../server/domain/checks/run-checks.js";
import { runTable, en } from "./table.js";
import type { CheckDocument } from "../../../server/domain/checks/types.js";

const paragraphs = (...en: string[]): CheckDocument => ({ en, ar: [] });

runTable("possessive-consistency", [
  {
    name: "a singular possessive where the document writes the plural",
    doc: paragraphs("They handed over the detainees’ file.", "Russia reached the detainees’ file.", "Russia does not own the detainee’s file."),
    flags: ["detainee’s"],
  },
  {
    name: "a plural possessive where the document writes the singular",
    doc: paragraphs("The minister's office said so.", "A letter from the minister's office came.", "The ministers' office denied it."),
    flags: ["ministers'"],
  },
  { name: "one use of each form", doc: paragraphs("The prisoners’ families waited.", "The prisoner’s families left."), flags: [] },
  {
    name: "different words after the possessive: different people",
    doc: paragraphs("The victim’s mother spoke.", "The victims’ families met.", "The victims’ families left."),
    flags: [],
  },
  { name: "names with a final s", doc: paragraphs("Homs’ countryside is calm.", "Homs’ countryside was shelled.", "Assad’s forces left."), flags: [] },
  {
    name: "a closing single quotation mark is no possessive",
    doc: paragraphs("He met the rebel’s leaders.", "He met the rebel’s leaders again.", "They called them ‘the rebels’ leaders say’ in jest."),
    flags: [],
  },
]);

describe("possessive-consistency fixes", () => {
  it("proposes the majority form with the minority's own apostrophe", () => {
    const doc = paragraphs("The detainees’ file.", "The detainees’ file again.", "The detainee's file.");
    const [finding] = runChecks(doc, { enabled: ["possessive-consistency"] });
    expect(finding?.suggestion).to.equal("detainees'");
    expect(finding?.params).to.include({ canonical: "detainees’", count: "2" });
  });
});
