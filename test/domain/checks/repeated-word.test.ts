import { runTable } from "./table.js";
import { en } from "./table.js";

/** Repeats that differ in capitals: an abbreviation or code beside the word is no slip; the case of a sentence opener still is. */
runTable("repeated-word", [
  { name: "a word beside a code in capitals", doc: en("A crew would fly the mission known as AS-207 in March."), flags: [] },
  { name: "an abbreviation after the word", doc: en("The index rose in IN and OH."), flags: [] },
  { name: "a doubled sentence opener", doc: en("The the talks resumed."), flags: ["The the"] },
  { name: "a doubled word in capitals", doc: en("NATO NATO forces arrived."), flags: ["NATO NATO"] },
]);
