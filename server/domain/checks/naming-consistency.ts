/**
 * One body or title named in different ways within a document: the same capitalised name with a
 * different word form (Negotiations / Negotiation / Negotiating Committee) or in different case
 * (Syrian Regime / Syrian regime). Phrases are two capitalised-led words; the most used form is
 * canonical (the first used, on a tie) and the others are flagged with it as the fix. Title-case
 * lines (headings), sentence-initial words and, for case, a phrase inside a longer name (Energy
 * Minister after it, "Office of" before it) do not count as forms.
 */
import type { Token } from "../segment/tokenise.js";
import type { Check, RawFinding } from "./types.js";

type Use = { paragraph: number; start: number; end: number; text: string; order: number };

/** A crude stem for word forms of one name: Negotiations, Negotiation, Negotiating -> negotiat. */
function stem(word: string): string {
  return word.toLowerCase().replace(/(?:ions|ion|ing|ings|ed|ers|er|s)$/u, "").replace(/e$/u, "");
}

function isHeading(tokens: readonly Token[]): boolean {
  const long = tokens.filter((t) => t.text.length > 3);
  return long.length > 0 && long.filter((t) => t.capitalised).length / long.length > 0.6;
}

function mostUsed(groups: Map<string, Use[]>): string {
  let best = "";
  let bestCount = -1;
  let bestOrder = Infinity;
  for (const [form, uses] of groups) {
    const order = uses[0]?.order ?? Infinity;
    if (uses.length > bestCount || (uses.length === bestCount && order < bestOrder)) {
      best = form;
      bestCount = uses.length;
      bestOrder = order;
    }
  }
  return best;
}

export const namingConsistency: Check = {
  id: "naming-consistency", severity: "warning", side: "document",
  run: (doc) => {
    // Key: the phrase with its varying part folded (case, or the first word's stem).
    const byCase = new Map<string, Map<string, Use[]>>();
    const byForm = new Map<string, Map<string, Use[]>>();
    let order = 0;
    doc.en.tokens.forEach((tokens, paragraph) => {
      if (isHeading(tokens) || doc.en.boilerplate[paragraph]) return;
      const text = doc.en.texts[paragraph] ?? "";
      for (let k = 0; k + 1 < tokens.length; k++) {
        const a = tokens[k];
        const b = tokens[k + 1];
        const next = tokens[k + 2];
        if (!a || !b || !a.capitalised || a.sentenceInitial || text.slice(a.end, b.start) !== " " || b.text.length < 3) continue;
        const use: Use = { paragraph, start: a.start, end: b.end, text: `${a.text} ${b.text}`, order: order++ };
        const add = (table: Map<string, Map<string, Use[]>>, key: string, form: string) => {
          const forms = table.get(key) ?? new Map<string, Use[]>();
          const uses = forms.get(form);
          if (uses) uses.push(use);
          else forms.set(form, [use]);
          table.set(key, forms);
        };
        // "Russian Energy Minister" is a title, not a recased "Russian energy"; nor is the tail of a
        // longer name joined by of, for or and ("the Office of Western Medicine", "Western medicine").
        const before = tokens[k - 1];
        const head = tokens[k - 2];
        const tailOfName = !!before && !!head && /^(?:of|for|and)$/u.test(before.text) && head.capitalised && text.slice(head.end, a.start) === ` ${before.text} `;
        if ((!next?.capitalised || text.slice(b.end, next.start) !== " ") && !tailOfName) add(byCase, use.text.toLowerCase(), use.text);
        if (b.capitalised && a.text.length >= 5) add(byForm, `${stem(a.text)} ${b.text}`, a.text);
      }
    });
    const out: RawFinding[] = [];
    const flagged = new Set<string>();
    const report = (table: Map<string, Map<string, Use[]>>, canonicalOf: (form: string, use: Use) => string) => {
      for (const forms of table.values()) {
        if (forms.size < 2) continue;
        const canonical = mostUsed(forms);
        for (const [form, uses] of forms) {
          if (form === canonical) continue;
          for (const use of uses) {
            const key = `${use.paragraph}:${use.start}`;
            if (flagged.has(key)) continue;
            flagged.add(key);
            const fix = canonicalOf(canonical, use);
            out.push({ lang: "en", paragraph: use.paragraph, start: use.start, end: use.end, params: { name: use.text, canonical: fix }, suggestion: fix });
          }
        }
      }
    };
    report(byCase, (canonical) => canonical);
    report(byForm, (canonical, use) => `${canonical}${use.text.slice(use.text.indexOf(" "))}`);
    return out;
  },
};
