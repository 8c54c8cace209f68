/**
 * The export use case: the store's pairs, filtered by the user's choices, become export units that
 * one exporter writes. Here live the choices every format shares: which documents and pairs, the
 * sentence links for sentence granularity (the reviewer's where they hold, else the aligner's:
 * services/sentence-links.ts), and one-sided pairs, which are either left out or
 * exported with an empty side (when the format allows it) and are counted in the report either way,
 * never dropped silently; pairs with open findings left out on request are counted too, and so are
 * boilerplate pairs (every paragraph tagged by the importer: appeals, "read also", bylines), left
 * out unless asked for. Unit ids are what the reviewer sees: `<document>-<row>` (the row number of
 * the alignment view, computed by the store's statement) and `<document>-<row>.<sentence>`.
 *
 * Pairs are read one document at a time and the statement is finished before anything is
 * written, so a slow reader (a download) never keeps a query open while the server writes, and
 * memory holds one document, not the corpus.
 */
import type { Writable } from "node:stream";
import type { Lexicon } from "../domain/align/lexicon.js";
import type { ExportChoices } from "../domain/export/choices.js";
import type { ExportMeta, ExportUnit } from "../domain/export/types.js";
import type { CorpusPair, Store } from "../store/types.js";
import { lexiconFor } from "./align-resources.js";
import { sentencePairsOf } from "./sentence-links.js";

export type ExportReport = {
  format: string;
  documents: number;
  /** Pairs (beads) read from the store that matched the filters, one-sided ones included. */
  pairs: number;
  /** Units written (pairs, or sentence pairs at sentence granularity). */
  units: number;
  oneSidedSkipped: number;
  oneSidedExported: number;
  /** One-sided pairs left out because the format cannot hold an empty side (a part of oneSidedSkipped). */
  oneSidedNotAllowed: number;
  findingsSkipped: number;
  /** Boilerplate pairs left out (the default; `boilerplate: keep` exports them). */
  boilerplateSkipped: number;
};

export type ExportTarget = Writable | { en: Writable; ar: Writable };

export type ExportRun = {
  meta: ExportMeta;
  progress?: { start(total: number): void; tick(): void; stop(): void };
  /** The lexicon for the sentence pass (default: the corpus glossary and the dictionary). */
  lexicon?: Lexicon;
};

/** Sorted ids of the documents the choices select, and how many pairs they hold at most. */
function selectDocuments(store: Store, choices: ExportChoices): { ids: number[]; total: number } {
  const wanted = choices.documentIds ? new Set(choices.documentIds) : null;
  const docs = store.listDocuments().filter((d) => !wanted || wanted.has(d.id)).sort((a, b) => a.id - b.id);
  const rejected = (d: (typeof docs)[number]) => (choices.includeRejected ? 0 : d.rejected);
  const total = docs.reduce((sum, d) => sum + (choices.status === "confirmed" ? d.confirmed + (choices.includeRejected ? d.rejected : 0) : d.beads - rejected(d)), 0);
  return { ids: docs.map((d) => d.id), total };
}

function unitOf(pair: CorpusPair, sentence: number | null, en: string[], ar: string[], score: number): ExportUnit {
  return {
    id: sentence === null ? `${pair.documentId}-${pair.row}` : `${pair.documentId}-${pair.row}.${sentence + 1}`,
    documentId: pair.documentId, documentTitle: pair.documentTitle, published: pair.published, beadId: pair.beadId, row: pair.row,
    sentence, status: pair.status, score, signals: pair.signals, en, ar, openFindings: pair.openFindings, boilerplate: pair.boilerplate,
  };
}

export async function exportCorpus(store: Store, choices: ExportChoices, target: ExportTarget, run: ExportRun): Promise<ExportReport> {
  const { exporter } = choices;
  const report: ExportReport = {
    format: exporter.id, documents: 0, pairs: 0, units: 0, oneSidedSkipped: 0, oneSidedExported: 0, oneSidedNotAllowed: 0, findingsSkipped: 0, boilerplateSkipped: 0,
  };
  const keepOneSided = choices.oneSided === "empty" && exporter.allowsEmptySide;
  const lexicon = choices.granularity === "sentence" ? run.lexicon ?? lexiconFor(store.listGlossary()) : undefined;
  const { ids, total } = selectDocuments(store, choices);

  /** Applies the one-sided policy to one unit; true when it is to be written. */
  const admit = (unit: ExportUnit): boolean => {
    if (unit.en.length > 0 && unit.ar.length > 0) return true;
    if (keepOneSided) {
      report.oneSidedExported++;
      return true;
    }
    report.oneSidedSkipped++;
    if (choices.oneSided === "empty") report.oneSidedNotAllowed++;
    return false;
  };

  async function* units(): AsyncGenerator<ExportUnit> {
    run.progress?.start(total);
    for (const documentId of ids) {
      // The whole document is read (and the statement finished) before any unit is written.
      const pairs = [...store.iteratePairs({
        documentIds: [documentId], since: choices.since, until: choices.until, status: choices.status, includeRejected: choices.includeRejected, minScore: choices.minScore, oneSided: true,
      })];
      // The reviewer's sentence links, used where the pair's texts are those they were made on.
      const storedLinks = lexicon ? store.getStoredSentenceLinksByBead(documentId) : new Map<number, never>();
      let written = 0;
      for (const pair of pairs) {
        report.pairs++;
        run.progress?.tick();
        if (pair.boilerplate && !choices.includeBoilerplate) {
          report.boilerplateSkipped++;
          continue;
        }
        if (choices.withoutOpenFindings && pair.openFindings > 0) {
          report.findingsSkipped++;
          continue;
        }
        const twoSided = pair.en.length > 0 && pair.ar.length > 0;
        const batch = lexicon && twoSided
          ? sentencePairsOf(pair, storedLinks.get(pair.beadId), lexicon).map((s, k) => unitOf(pair, k, s.en ? [s.en] : [], s.ar ? [s.ar] : [], s.score))
          : [unitOf(pair, null, pair.en, pair.ar, pair.score)];
        for (const unit of batch) {
          if (!admit(unit)) continue;
          report.units++;
          written++;
          yield unit;
        }
      }
      if (written > 0) report.documents++;
    }
    run.progress?.stop();
  }

  if (exporter.kind === "single") {
    if (!("write" in target)) throw new Error(`${exporter.id} writes one stream`);
    await exporter.write({ meta: run.meta, units: units() }, target, { bom: choices.bom });
  } else {
    if ("write" in target) throw new Error(`${exporter.id} writes one stream per language`);
    await exporter.write({ meta: run.meta, units: units() }, target, { bom: choices.bom });
  }
  return report;
}
