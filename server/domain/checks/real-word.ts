/**
 * Real-word errors in context: a correctly spelt word that is the wrong word where it stands ("The
 * tow side agreed", "they inventor of", "was lead by", "he dose not know"). Two judges, in order:
 * the named grammar rules (real-word-rules.ts), then the trigram language model
 * (real-word-model.ts: every word with confusable alternatives, scored against each in its
 * sentence) when the check context carries one; without a model the rules alone judge, so the
 * check degrades (fewer slips found), never fails.
 */
import { numberPhraseFix } from "./number-agreement.js";
import { modelFlags } from "./real-word-model.js";
import { RULES } from "./real-word-rules.js";
import { matchCase, type Slot, type Verdict } from "./real-word-slot.js";
import type { Token } from "../segment/tokenise.js";
import type { Check, RawFinding } from "./types.js";

/** Lower-cased words the document writes capitalised inside sentences and never in lower case: names. */
function documentNames(paragraphs: readonly (readonly Token[])[]): Set<string> {
  const capitalised = new Set<string>();
  const lower = new Set<string>();
  for (const tokens of paragraphs) {
    for (const t of tokens) {
      if (!t.capitalised) lower.add(t.norm);
      else if (!t.sentenceInitial) capitalised.add(t.norm);
    }
  }
  return new Set([...capitalised].filter((w) => !lower.has(w)));
}

export const realWord: Check = {
  id: "real-word", severity: "warning", side: "en",
  run: (doc) => {
    const out: RawFinding[] = [];
    const model = doc.languageModel;
    const context = { names: documentNames(doc.en.tokens), variants: doc.words?.variants };
    doc.en.tokens.forEach((tokens, paragraph) => {
      const text = doc.en.texts[paragraph] ?? "";
      const flags = model ? modelFlags(tokens, text, model, context) : null;
      const modelVerdict = (s: Slot): Verdict => {
        const c = flags?.get(s.k);
        return c ? { suggestion: c.alternative, reason: c.method } : null;
      };
      // A rule reads the word's neighbours; when the model finds a neighbour is itself the slip, that reading is void.
      const ruleVerdict = (s: Slot, w: Token): Verdict => {
        if (flags?.has(s.k - 1) || flags?.has(s.k + 1)) return null;
        for (const rule of RULES) {
          const verdict = rule.judge(s, w);
          if (verdict) return verdict;
        }
        return null;
      };
      const judges: ((s: Slot, w: Token) => Verdict)[] = [ruleVerdict, ...(flags ? [modelVerdict] : [])];
      tokens.forEach((w, k) => {
        for (const judge of judges) {
          const verdict = judge({ tokens, text, k }, w);
          if (!verdict) continue;
          const suggestion = verdict.suggestion === null ? null : matchCase(verdict.suggestion, w.text);
          // A number word before a singular noun: the fix is the phrase ("tow side" -> "two sides").
          const phrase = suggestion === null ? null : numberPhraseFix(tokens, text, k, suggestion);
          const end = phrase?.end ?? w.end;
          const fix = phrase?.suggestion ?? suggestion;
          out.push({ lang: "en", paragraph, start: w.start, end, params: { word: text.slice(w.start, end), suggestion: fix ?? "" }, suggestion: fix });
          break;
        }
      });
    });
    return out;
  },
};
