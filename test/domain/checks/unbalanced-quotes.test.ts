import { runTable } from "./table.js";

const doc = (...en: string[]) => ({ en, ar: [] });

/** Quotations split over several paragraphs, as copy with one sentence a line has them. */
runTable("unbalanced-quotes", [
  { name: "a quotation running over one mark-free paragraph", doc: doc("\"We spoke about the plan.", "That is what happened.", "We were lucky,\" the coach said."), flags: [] },
  { name: "a quotation running over two mark-free paragraphs", doc: doc("She wrote: \"The talks went on.", "They will resume.", "I know this is hard.", "Stay with us.\""), flags: [] },
  { name: "a stray mark does not reach a closing mark three paragraphs on", doc: doc("On April 11, \"they moved into a flat.", "He left.", "She stayed.", "They met.", "They said \"no.\""), flags: ["\""] },
  { name: "a reporting clause in between ends the quotation", doc: doc("\"We spoke about the plan.", "That is what happened, he said.", "We were lucky.\""), flags: ["\"", "\""] },
  { name: "a quotation opening after a closed one runs on", doc: doc("He called it \"fake news.\" \"No, no.", "What they said is false,\" he says."), flags: [] },
  { name: "a mark that looks closing does not run on", doc: doc("She wrote \"Hard Truths About the Boys\" Club,\" a memoir.", "She left.", "\"Yes,\" she said."), flags: ["\""] },
]);
