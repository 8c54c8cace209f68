/**
 * Scores beads of an alignment that is not (only) the aligner's: after an editor merged, split,
 * shifted, detached or edited, the beads that changed are scored again with the aligner's own
 * costs and signals (explain-bead.ts). The document's model (length ratio, evidence rates) is
 * estimated from an alignment of it, the way the aligner estimates it from its own: for the
 * aligner's own alignment the scores are the aligner's, and a bead put back by undo with the
 * same model gets the score and the "why" it had.
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

/**
 * A document handed to a scorer: a key that changes whenever its texts or boilerplate change (so a
 * scorer may keep what it prepared of it), and how to read it, with its alignment as it now stands
 * (the model is estimated from that), when the key is new to it.
 */
export type ScoringSource = { key: string; read: () => { document: ScoringDocument; beads: Bead[] } };

/** Scores the beads `targets` (by paragraph positions) of the document `source`. */
export type BeadScorer = (source: ScoringSource, targets: readonly Bead[]) => ScoredBead[];

export type ScoreOptions = Omit<InputOptions, "enBoilerplate" | "arBoilerplate" | "noBoilerplate"> & { raw?: boolean };

/**
 * A scorer for one document: its units and evidence are prepared once and its model estimated
 * from the alignment `beads`; each call then scores beads of it (any beads: an edited alignment's).
 */
export function documentScorer(document: ScoringDocument, beads: readonly Bead[], options: ScoreOptions = {}): (targets: readonly Bead[]) => ScoredBead[] {
  const { inputs, prior } = prepareInputs(document.en, document.ar, {
    ...options,
    enBoilerplate: [...document.enBoilerplate],
    arBoilerplate: [...document.arBoilerplate],
  });
  const { evidence } = inputs;
  const params = options.params ?? DEFAULT_PARAMS;
  if (evidence.n > 0 && evidence.m > 0) {
    setModel(inputs, estimateModel([...beads], evidence, inputs.enLengths, inputs.arLengths, prior, params.minVariance));
  }
  return (targets) => targets.map((bead) => explainBead(inputs, bead, evidence, { raw: options.raw }));
}

/** Scores beads `which` (indices into `beads`) of a document aligned as `beads`. */
export function scoreBeads(document: ScoringDocument, beads: readonly Bead[], which: readonly number[], options: ScoreOptions = {}): ScoredBead[] {
  return documentScorer(document, beads, options)(which.map((k) => {
    const bead = beads[k];
    if (!bead) throw new RangeError(`no bead ${k} among ${beads.length}`);
    return bead;
  }));
}
