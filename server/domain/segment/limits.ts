/**
 * Limits on stored text that imports and edits share, so that no paragraph an import accepts is one
 * an editor could not have typed (and the views, checks and aligner never meet a larger one).
 */

/** Longest paragraph, in UTF-16 code units (JavaScript string length), after trimming. */
export const MAX_PARAGRAPH_LENGTH = 20000;
