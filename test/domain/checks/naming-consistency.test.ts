import { runTable } from "./table.js";

const doc = (...en: string[]) => ({ en, ar: [] });

/** A phrase inside a longer name has that name's capitals: it is no recased form of the phrase. */
runTable("naming-consistency", [
  { name: "the tail of a longer name joined by of", doc: doc("He founded the Office of Western Medicine in 1263.", "Chinese physicians opposed Western medicine for its theory."), flags: [] },
  { name: "the tail of a name joined by for", doc: doc("She ran the Institute for Social Care in the city for a decade.", "Spending on Social care rose sharply in the years that followed."), flags: [] },
  { name: "a recased phrase outside any longer name", doc: doc("On Monday the Syrian Regime said that the talks were over.", "By the evening the Syrian regime had denied it.", "The office of the Syrian regime was closed."), flags: ["Syrian Regime"] },
]);
