#!/usr/bin/env node
/**
 * Calibrates the bead scores on the development set's gold alignments: aligns every case, scores
 * each bead it produced (raw, before calibration), and compares it with gold. The documents are cut
 * in two halves by base document (sorted by name, alternately: all eight variants of an article
 * fall in the same half, so no article is both fitted and reported on): the monotone mapping is
 * fitted on the first half and the tables are reported on the other. Besides the aligner's beads,
 * every bead a single editor operation (merge, shift, gap) makes of its alignment is scored and
 * compared too: the editor shows those rows as well, and they are where wrong pairs come from; the
 * two populations weigh the same in the fit. `--write` records the
 * mapping fitted on the first half in server/domain/align/data/score-calibration-points.ts.
 *
 * Usage: node dist/scripts/calibrate-scores.js [--eval DIR] [--write]
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { alignUnits } from "../server/domain/align/align-units.js";
import { documentScorer } from "../server/domain/align/score-beads.js";
import { singleEditsOf } from "../server/domain/review/bead-operations.js";
import { correctBeads } from "../server/domain/align/score-alignment.js";
import { bandTable, calibrateWith, calibrationFigures, fitCalibration, type BandLine, type CalibrationPoint, type CalibrationSample } from "../server/domain/align/score-calibration.js";
import { SCORE_BANDS, CONFIRM_ABOVE_MIN_SCORE, EXPORT_MIN_SCORE } from "../server/domain/align/score-bands.js";
import { detectBoilerplate } from "../server/domain/segment/boilerplate.js";
import { splitParagraphs } from "../server/domain/segment/split-paragraphs.js";
import { Lexicon } from "../server/domain/align/lexicon.js";
import { loadFreedict } from "../server/services/freedict.js";
import { ROOT } from "../server/paths.js";
import type { Bead } from "../server/domain/align/types.js";

const DEFAULT_EVAL = "../shared/eval";

function resolveEvalDir(given: string | undefined): string {
  if (given) return resolve(given);
  const fromCwd = resolve(DEFAULT_EVAL);
  if (existsSync(fromCwd)) return fromCwd;
  return resolve(dirname(fileURLToPath(import.meta.url)), "..", "..", DEFAULT_EVAL);
}

/** A case's beads as the aligner made them, and the beads single editor operations made of them. */
type Scored = { base: string; kind: string; raw: number[]; correct: boolean[]; editRaw: number[]; editCorrect: boolean[] };

function scoreCase(dir: string, name: string, lexicon: Lexicon): Scored {
  const en = splitParagraphs(readFileSync(join(dir, name, "en.txt"), "utf8"));
  const ar = splitParagraphs(readFileSync(join(dir, name, "ar.txt"), "utf8"));
  const gold = (JSON.parse(readFileSync(join(dir, name, "gold.json"), "utf8")) as { beads: [number[], number[]][] }).beads.map(([e, a]) => ({ en: e, ar: a }));
  const enBoilerplate = detectBoilerplate(en, "en");
  const arBoilerplate = detectBoilerplate(ar, "ar");
  const { beads } = alignUnits(en, ar, { lexicon, enBoilerplate, arBoilerplate, explain: false });
  const plain: Bead[] = beads.map((b) => ({ en: b.en, ar: b.ar }));
  // As the server scores edits: the model estimated once, from the aligner's alignment.
  const score = documentScorer({ en, ar, enBoilerplate, arBoilerplate }, plain, { lexicon, raw: true });
  const scored = score(plain);
  const editRaw: number[] = [];
  const editCorrect: boolean[] = [];
  for (const edit of singleEditsOf(plain.map((b) => ({ ...b, status: "auto" as const })))) {
    const right = correctBeads(edit.beads, gold);
    score(edit.created.map((k) => edit.beads[k] ?? { en: [], ar: [] })).forEach((b, k) => {
      editRaw.push(b.score);
      editCorrect.push(right[edit.created[k] ?? -1] ?? false);
    });
  }
  return { base: name.split("__")[0] ?? name, kind: name.split("__")[1] ?? "", raw: scored.map((b) => b.score), correct: correctBeads(plain, gold), editRaw, editCorrect };
}

const percent = (x: number, of: number) => (of > 0 ? `${((100 * x) / of).toFixed(1)}%` : "–");

function printTable(title: string, lines: BandLine[]): void {
  console.log(`\n${title}\n`);
  console.log("| score | beads | right | share right |");
  console.log("| --- | ---: | ---: | ---: |");
  for (const l of lines) {
    const label = l.from === 0 ? `< ${l.to}` : l.to === Infinity ? `≥ ${l.from}` : `${l.from}–${l.to}`;
    console.log(`| ${label} | ${l.beads} | ${l.correct} | ${percent(l.correct, l.beads)} |`);
  }
}

function printFigures(label: string, scores: number[], correct: boolean[]): void {
  const f = calibrationFigures(scores, correct);
  console.log(`${label}: scored ≥ 0.9 and right ${f.highRight} of ${f.highBeads} (${percent(f.highRight, f.highBeads)}); wrong beads below 0.5 ${f.wrongBelowLow} of ${f.wrongBeads} (${percent(f.wrongBelowLow, f.wrongBeads)})`);
}

function writePoints(points: CalibrationPoint[], fitted: string): void {
  const file = join(ROOT, "server", "domain", "align", "data", "score-calibration-points.ts");
  const body = points.map((p) => `  { raw: ${p.raw}, calibrated: ${p.calibrated} },`).join("\n");
  writeFileSync(file, `/**
 * The calibration of bead scores (score-calibration.ts): raw score -> share of beads right.
 * Written by \`node dist/scripts/calibrate-scores.js --write\`; do not edit by hand.
 * Fitted on ${fitted}.
 */
export type CalibrationPoint = { raw: number; calibrated: number };

export const SCORE_CALIBRATION_POINTS: readonly CalibrationPoint[] = [
${body}
];
`);
  console.log(`\nwrote ${points.length} points to ${file} (rebuild to use them)`);
}

const { values } = parseArgs({ args: process.argv.slice(2), options: { eval: { type: "string" }, write: { type: "boolean" } }, strict: true });
const casesDir = join(resolveEvalDir(values.eval), "cases");
if (!existsSync(casesDir)) {
  console.error(`no development set at ${casesDir} (give --eval DIR)`);
  process.exit(2);
}
const lexicon = loadFreedict() ?? new Lexicon();
const names = readdirSync(casesDir).filter((n) => existsSync(join(casesDir, n, "gold.json"))).sort();
const cases = names.map((n) => scoreCase(casesDir, n, lexicon));
const bases = [...new Set(cases.map((c) => c.base))].sort();
const fitBases = new Set(bases.filter((_, k) => k % 2 === 0));
const fit = cases.filter((c) => fitBases.has(c.base));
const report = cases.filter((c) => !fitBases.has(c.base));
const alignerSamples = (list: Scored[]): CalibrationSample[] => list.flatMap((c) => c.raw.map((raw, k) => ({ raw, correct: c.correct[k] ?? false })));
const editSamples = (list: Scored[]): CalibrationSample[] => list.flatMap((c) => c.editRaw.map((raw, k) => ({ raw, correct: c.editCorrect[k] ?? false })));
// The rows an editor sees are the aligner's and those their operations made: both populations
// weigh the same in the fit (each edit bead counts aligner beads / edit beads).
const fitAligner = alignerSamples(fit);
const fitEdits = editSamples(fit);
const editWeight = fitEdits.length > 0 ? fitAligner.length / fitEdits.length : 0;
const points = fitCalibration([...fitAligner, ...fitEdits.map((s) => ({ ...s, weight: editWeight }))]);
const reportRaw = report.flatMap((c) => c.raw);
const reportCorrect = report.flatMap((c) => c.correct);
const reportCalibrated = reportRaw.map((r) => calibrateWith(points, r));
const editRaw = report.flatMap((c) => c.editRaw);
const editCorrect = report.flatMap((c) => c.editCorrect);
const editCalibrated = editRaw.map((r) => calibrateWith(points, r));
const fitDesc = `${fitBases.size} of ${bases.length} base documents (even places in name order), ${fit.length} cases`;
console.log(`development set: ${cases.length} cases of ${bases.length} base documents, ${alignerSamples(cases).length} beads aligned, ${editSamples(cases).length} beads made by single editor operations on them`);
console.log(`fitted on ${fitDesc}: ${fitAligner.length} aligned beads and ${fitEdits.length} edit beads (weight ${editWeight.toFixed(4)} each); reported on the other ${bases.length - fitBases.size} documents, ${report.length} cases`);
console.log(`mapping: ${points.length} points, raw ${points[0]?.raw ?? "–"} → ${points[0]?.calibrated ?? "–"} … raw ${points[points.length - 1]?.raw ?? "–"} → ${points[points.length - 1]?.calibrated ?? "–"}`);
printTable(`Aligned beads, raw scores (before calibration), report half (${reportRaw.length} beads):`, bandTable(reportRaw, reportCorrect));
printTable(`Aligned beads, calibrated scores, report half (${reportRaw.length} beads):`, bandTable(reportCalibrated, reportCorrect));
printTable(`Beads made by one editor operation (merge, shift, gap), calibrated, report half (${editRaw.length} beads):`, bandTable(editCalibrated, editCorrect));
console.log("");
printFigures("aligned, raw, report half", reportRaw, reportCorrect);
printFigures("aligned, calibrated, report half", reportCalibrated, reportCorrect);
printFigures("edited, calibrated, report half", editCalibrated, editCorrect);
const byBand = (from: number) => {
  const picked = reportCalibrated.map((s, k) => ({ s, ok: reportCorrect[k] ?? false })).filter((x) => x.s >= from);
  return `${picked.filter((x) => x.ok).length} of ${picked.length} right (${percent(picked.filter((x) => x.ok).length, picked.length)})`;
};
console.log(`\nbands in use: high ≥ ${SCORE_BANDS.high}: ${byBand(SCORE_BANDS.high)}; medium ≥ ${SCORE_BANDS.medium}; low below`);
console.log(`confirm all above confirms rows scoring ≥ ${CONFIRM_ABOVE_MIN_SCORE}: ${byBand(CONFIRM_ABOVE_MIN_SCORE)}`);
console.log(`export --status all default --min-score ${EXPORT_MIN_SCORE}: ${byBand(EXPORT_MIN_SCORE)}`);
if (values.write) writePoints(points, fitDesc);
