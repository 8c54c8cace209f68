import { runTable, en } from "./table.js";

runTable("missing-noun", [
  { name: "a former of the coalition", doc: en("He spoke to Abdul Salam al-Najib, a former of the Syrian Coalition."), flags: ["a former of"] },
  { name: "an adjective with an -ly adverb", doc: en("He is an alleged of the group and a recent of the council."), flags: ["an alleged of", "a recent of"] },
  { name: "the noun in its place", doc: en("He spoke to a former member of the Syrian Coalition."), flags: [] },
  { name: "nouns with a plural after a", doc: en("A local of the town, a native of Homs and a resident of the camp spoke to a total of ten reporters."), flags: [] },
  { name: "mass nouns after a", doc: en("There was a wealth of detail and a dearth of evidence."), flags: [] },
  { name: "quantifiers", doc: en("A few of them left and a little of the aid arrived."), flags: [] },
  { name: "adjectives standing for people after the", doc: en("The poor of the city and the elderly of the camp suffered most."), flags: [] },
  { name: "superlatives and comparatives heading a partitive", doc: en("It was the latest of several attacks and the better of the two offers."), flags: [] },
  { name: "a name after the article", doc: en("He met a Syrian of the old school."), flags: [] },
]);
