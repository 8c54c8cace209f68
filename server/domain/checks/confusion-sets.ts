/**
 * Real-word confusion sets: for each word, the words it is commonly written for. Built once from
 * data/confusion-pairs.ts (LanguageTool's pairs, LGPL) plus a few textbook pairs that list lacks
 * (two/tow, its/it's, of/off, their/they're, your/you're, whose/who's).
 */
import { CONFUSION_PAIRS } from "./data/confusion-pairs.js";

const TEXTBOOK = ["two; tow", "its; it's", "of; off", "they're; their", "you're; your", "who's; whose", "the; they"];

let table: Map<string, Set<string>> | null = null;

function add(from: string, to: string): void {
  const set = table?.get(from) ?? new Set<string>();
  set.add(to);
  table?.set(from, set);
}

/** Words that `word` (lower case) may have been written for. */
export function confusablesOf(word: string): ReadonlySet<string> {
  if (!table) {
    table = new Map();
    for (const line of [...CONFUSION_PAIRS, ...TEXTBOOK]) {
      if (line.startsWith("#") || !line.trim()) continue;
      const both = line.split(";").map((s) => s.trim().toLowerCase());
      const oneWay = line.split("->").map((s) => s.trim().toLowerCase());
      if (both.length === 2 && both[0] && both[1]) {
        add(both[0], both[1]);
        add(both[1], both[0]);
      } else if (oneWay.length === 2 && oneWay[0] && oneWay[1]) add(oneWay[0], oneWay[1]);
    }
  }
  return table.get(word) ?? new Set();
}
