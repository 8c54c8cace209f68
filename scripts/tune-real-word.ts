#!/usr/bin/env node
/**
 * Chooses the real-word check's language-model margins on data: scores every alternative of every
 * judged word (real-word-model.ts) in a labelled set (eval-checks' eval.jsonl format), then, for
 * each pair of margins on a grid (confusion-set and edit-distance alternatives), counts the
 * real_word errors the model's flags find and the flags that overlap no labelled error. Prints the
 * table and the pair with the best F1 of the model's flags, on the documents chosen by --docs
 * (odd: d01, d03 …; even; all). Tune on odd, report even.
 * Usage: node dist/scripts/tune-real-word.js --data path/to/eval.jsonl[,other.jsonl …] [--docs odd|even|all]
 * (--docs picks from the first file; every further file, a held-out set of other documents, counts whole)
 */
import { readFileSync } from "node:fs";
import { tokeniseEnglish } from "../server/domain/segment/tokenise.js";
import { hasEvidence, scoreCandidates, type Candidate, type Method } from "../server/domain/checks/real-word-model.js";
import { languageModel, languageModelStatus } from "../server/services/language-model.js";

type ErrorSpan = { start: number; end: number; kind: string };
type Record = { id: string; doc: string; text: string; errors: ErrorSpan[] };

const arg = (name: string) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
};
const data = arg("--data");
const docs = arg("--docs") ?? "odd";
if (!data) throw new Error("--data path/to/eval.jsonl is required");
const model = languageModel();
if (!model) throw new Error(`no language model: ${languageModelStatus().problem}`);

const keep = (doc: string) => {
  const n = Number(doc.replace(/\D/gu, ""));
  return docs === "all" || (docs === "odd" ? n % 2 === 1 : n % 2 === 0);
};
const records = data.split(",").flatMap((path, n) =>
  readFileSync(path, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as Record).filter((r) => n > 0 || keep(r.doc)));
// Offsets in eval.jsonl are code points; the set has no character outside the BMP, so they equal UTF-16 offsets.
type Scored = { best: Map<Method, number>; realWord: number | null; labelled: boolean };
const scored: Scored[] = [];
let realWordErrors = 0;
for (const r of records) {
  const tokens = tokeniseEnglish(r.text);
  realWordErrors += r.errors.filter((e) => e.kind === "real_word").length;
  const byToken = new Map<number, Candidate[]>();
  for (const c of scoreCandidates(tokens, r.text, model)) byToken.set(c.k, [...(byToken.get(c.k) ?? []), c]);
  for (const [k, cands] of byToken) {
    const t = tokens[k];
    if (!t) continue;
    const overlapping = r.errors.filter((e) => e.start < t.end && t.start < e.end);
    const best = new Map<Method, number>();
    for (const c of cands) if (hasEvidence(c)) best.set(c.method, Math.max(best.get(c.method) ?? -Infinity, c.margin));
    const rw = overlapping.findIndex((e) => e.kind === "real_word");
    scored.push({ best, realWord: rw >= 0 ? rw : null, labelled: overlapping.length > 0 });
  }
}

const grid = [0.5, 1, 1.5, 2, 2.5, 3, 3.5, 4, 4.5, 5, 6, Infinity];
let bestPair = { confusion: Infinity, edit: Infinity, f1: -1, found: 0, false: 0 };
console.log(`documents: ${docs}, paragraphs ${records.length}, real_word errors ${realWordErrors}, judged words with alternatives ${scored.length}`);
console.log("confusion\tedit\tfound\tfalse\tf1");
for (const confusion of grid) {
  for (const edit of grid) {
    let found = 0;
    let falseFlags = 0;
    for (const s of scored) {
      const flagged = (s.best.get("confusion") ?? -Infinity) >= confusion || (s.best.get("edit") ?? -Infinity) >= edit;
      if (!flagged) continue;
      if (s.realWord !== null) found++;
      else if (!s.labelled) falseFlags++;
    }
    const f1 = found === 0 ? 0 : (2 * found) / (2 * found + falseFlags + (realWordErrors - found));
    console.log(`${confusion}\t${edit}\t${found}\t${falseFlags}\t${f1.toFixed(3)}`);
    if (f1 > bestPair.f1) bestPair = { confusion, edit, f1, found, false: falseFlags };
  }
}
console.log(`best: confusion ${bestPair.confusion}, edit ${bestPair.edit}: found ${bestPair.found}/${realWordErrors}, false ${bestPair.false}, F1 ${bestPair.f1.toFixed(3)}`);
