/**
 * US/UK spelling pairs computed from the word lists, not listed by hand: a British-only word is
 * paired with the word that the known systematic rewrites make of it (-our/-or, -ise/-ize,
 * -isation/-ization, -yse/-yze, -re/-er, -ogue/-og, ae/oe -> e, a doubled l single and a single l
 * doubled, -mme/-m, -ence/-ense, ageing/aging) when that word is in the American-only list; or,
 * failing that, in the common list (programme/program), except through -ise/-ize, where the common
 * word is usually another word (prise/prize). Rewrites are tried one at a time and in pairs
 * (manoeuvre: oe and re), each applied at every place it matches.
 */
import type { WordLists } from "./word-lists.js";

/** British -> American rewrites, each applied everywhere in the word. */
const REWRITES: { id: string; from: RegExp; to: string }[] = [
  { id: "our", from: /our/gu, to: "or" },
  { id: "ise", from: /is(?=e|es|ed|ing|ation|ations|er|ers|able)/gu, to: "iz" },
  { id: "yse", from: /ys(?=e|es|ed|ing|er|ers)/gu, to: "yz" },
  { id: "re", from: /([^aeiou])re(?=$|s$|d$)/gu, to: "$1er" },
  { id: "ogue", from: /ogue(?=$|s$)/gu, to: "og" },
  { id: "ae", from: /ae/gu, to: "e" },
  { id: "oe", from: /oe/gu, to: "e" },
  { id: "ll", from: /([aeiou])ll(?=ed|ing|er|ers|ation|ations)/gu, to: "$1l" },
  { id: "l", from: /([aeiou])l(?=$|s$|ment|ments|ful|fully|ness)/gu, to: "$1ll" },
  { id: "mme", from: /mme(?=$|s$)/gu, to: "m" },
  { id: "ence", from: /ence(?=$|s$)/gu, to: "ense" },
  { id: "eing", from: /eing(?=$|s$)/gu, to: "ing" },
];

function rewrite(word: string, ids: readonly number[]): string {
  let out = word;
  for (const k of ids) {
    const r = REWRITES[k];
    if (r) out = out.replace(r.from, r.to);
  }
  return out;
}

export function deriveSpellingVariants(lists: WordLists): Map<string, string> {
  const american = new Set(lists.american);
  const common = new Set(lists.common);
  const british = new Set(lists.british);
  const combos: number[][] = [];
  for (let a = 0; a < REWRITES.length; a++) {
    combos.push([a]);
    for (let b = a + 1; b < REWRITES.length; b++) combos.push([a, b]);
  }
  const variants = new Map<string, string>();
  for (const uk of british) {
    let found: string | null = null;
    let fallback: string | null = null;
    for (const combo of combos) {
      const us = rewrite(uk, combo);
      if (us === uk || british.has(us)) continue;
      if (american.has(us)) {
        found = us;
        break;
      }
      if (fallback === null && common.has(us) && !combo.some((k) => REWRITES[k]?.id === "ise")) fallback = us;
    }
    const us = found ?? fallback;
    if (us === null) continue;
    variants.set(uk, us);
    if (!variants.has(us)) variants.set(us, uk);
  }
  return variants;
}
