#!/usr/bin/env node
/**
 * Throughput of the checks: runs every check over N English paragraphs (default 10,000), as
 * documents of the sample article pair (English, Arabic, gold beads and glossary) repeated with
 * varied slips so that caches do not make every document a repeat. Prints paragraphs, documents,
 * findings, wall time and time per paragraph. Usage: node dist/scripts/bench-checks.js [--paragraphs N]
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { CORPUS_DIR } from "../server/paths.js";
import { parseGlossary } from "../server/domain/glossary/parse-glossary.js";
import { splitParagraphs } from "../server/domain/segment/split-paragraphs.js";
import { runChecks } from "../server/domain/checks/run-checks.js";

const arg = process.argv.indexOf("--paragraphs");
const target = arg > 0 ? Number(process.argv[arg + 1]) : 10000;
const dir = join(CORPUS_DIR, "northern-homs-de-escalation");
const en = splitParagraphs(readFileSync(join(dir, "en.txt"), "utf8"));
const ar = splitParagraphs(readFileSync(join(dir, "ar.txt"), "utf8"));
const gold = (JSON.parse(readFileSync(join(dir, "gold.json"), "utf8")) as { beads: [number[], number[]][] }).beads.map(([e, a]) => ({ en: e, ar: a }));
const glossary = parseGlossary(readFileSync(join(CORPUS_DIR, "glossary.tsv"), "utf8"));

/** Document k: the sample with a deterministic slip varied per document (a doubled word, a swapped letter). */
function variant(k: number): string[] {
  return en.map((p, i) => {
    if ((i + k) % 7 !== 0) return p;
    const words = p.split(" ");
    const at = (k * 31 + i) % Math.max(1, words.length);
    const w = words[at] ?? "";
    words[at] = k % 2 === 0 ? `${w} ${w}` : w.length > 3 ? w.slice(0, 1) + (w[2] ?? "") + (w[1] ?? "") + w.slice(3) : w;
    return words.join(" ");
  });
}

const started = process.hrtime.bigint();
let paragraphs = 0;
let documents = 0;
let findings = 0;
while (paragraphs < target) {
  const doc = variant(documents);
  findings += runChecks({ en: doc, ar, beads: gold, context: { glossary } }).length;
  paragraphs += doc.length;
  documents++;
}
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
process.stdout.write(
  `${paragraphs} English paragraphs (+ ${documents * ar.length} Arabic) in ${documents} documents: ${findings} findings in ${seconds.toFixed(1)} s, ` +
    `${((seconds * 1000) / paragraphs).toFixed(2)} ms per English paragraph\n`,
);
