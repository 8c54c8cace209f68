/**
 * Scores beads of an alignment that is not (only) the aligner's: after an editor merged, split,
 * shifted, detached or edited, the beads that changed are scored again with the aligner's own
 * costs and signals (explain-bead.ts). The document's model (length ratio, evidence rates) is
 * estimated from the alignment as it now stands, the way the aligner estimates it from its own:
 * the score is a function of the texts and the bead list alone, so a bead put back by undo gets
 * the score and the "why" it had.
 *
 * Index conventions as in types.ts: beads by 0-based paragraph positions per side, a monotone cover.
 */
import { prepareInputs, type InputOptions } from "./align-inputs.js";
import { setModel } from "./bead-cost.js";
import { estimateModel } from "./estimate-model.js";
import { explainBead } from "./explain-bead.js";
import { DEFAULT_PARAMS } from "./model.js";
import type { Bead, ScoredBead } from "./types.js";
import type { BoilerplateReason } from "../segment/boilerplate.js";

/** A document as the scorer reads it: both sides' paragraph texts and their boilerplate reasons. */
export type ScoringDocument = {
  en: readonly string[];
  ar: readonly string[];
  enBoilerplate: readonly (BoilerplateReason | null)[];
  arBoilerplate: readonly (BoilerplateReason | null)[];
};

/** Scores beads `which` (indices into `beads`) of a document aligned as `beads`. */
export type BeadScorer = (document: ScoringDocument, beads: readonly Bead[], which: readonly number[]) => ScoredBead[];

export type ScoreOptions = Omit<InputOptions, "enBoilerplate" | "arBoilerplate" | "noBoilerplate"> & { raw?: boolean };

/**
 * A scorer for one document: its units and evidence are prepared once, then each call scores
 * beads `which` of the alignment `beads`, with the model estimated from that alignment.
 */
export function documentScorer(document: ScoringDocument, options: ScoreOptions = {}): (beads: readonly Bead[], which: readonly number[]) => ScoredBead[] {
  const { inputs, prior } = prepareInputs(document.en, document.ar, {
    ...options,
    enBoilerplate: [...document.enBoilerplate],
    arBoilerplate: [...document.arBoilerplate],
  });
  const { evidence } = inputs;
  const params = options.params ?? DEFAULT_PARAMS;
  return (beads, which) => {
    if (evidence.n > 0 && evidence.m > 0) {
      setModel(inputs, estimateModel([...beads], evidence, inputs.enLengths, inputs.arLengths, prior, params.minVariance));
    }
    return which.map((k) => {
      const bead = beads[k];
      if (!bead) throw new RangeError(`no bead ${k} among ${beads.length}`);
      return explainBead(inputs, bead, evidence, { raw: options.raw });
    });
  };
}

export function scoreBeads(document: ScoringDocument, beads: readonly Bead[], which: readonly number[], options: ScoreOptions = {}): ScoredBead[] {
  return documentScorer(document, options)(beads, which);
}
