import { runTable, en } from "./table.js";

runTable("determiner-clash", [
  { name: "an article before an article", doc: en("Officials said a the convoy was stopped at the crossing."), flags: ["a the"] },
  { name: "an article after an article", doc: en("It was the a decision nobody expected."), flags: ["the a"] },
  { name: "an article before a possessive", doc: en("They met the their leaders in Moscow."), flags: ["the their"] },
  { name: "a possessive before an article", doc: en("He handed over his the file on Monday."), flags: ["his the"] },
  { name: "an, then the", doc: en("It was an the offer they refused."), flags: ["an the"] },
  { name: "a sequencing word and a quantifier with its own article", doc: en("In the past a few days, the region was shelled."), flags: ["the past a few"] },
  { name: "the same with last and a couple", doc: en("Over the last a couple of weeks the talks stalled."), flags: ["the last a couple"] },
  { name: "predeterminers", doc: en("All the factions and both the sides agreed; such a truce is rare, and half the town left."), flags: [] },
  { name: "her as an object pronoun", doc: en("They gave her a week and told her the news."), flags: [] },
  { name: "a demonstrative before an article", doc: en("The blast made this the deadliest attack of the year. Is this a truce?"), flags: [] },
  { name: "its and your before an article are the real-word check's", doc: en("Its the truth, and your a witness."), flags: [] },
  { name: "a capital letter after the article", doc: en("He played for the A team."), flags: [] },
  { name: "a relative clause without that", doc: en("It was the last a reporter saw of him."), flags: [] },
  { name: "the past few days", doc: en("In the past few days, the region was calm; a few of them left."), flags: [] },
  { name: "punctuation between the words", doc: en("He took the ring, a token of the pact."), flags: [] },
  { name: "a doubled article is the repeated-word check's", doc: en("They crossed the the border."), flags: [] },
]);
