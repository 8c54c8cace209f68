/**
 * A pair's (bead's) review status: set by the aligner (auto), confirmed by a reviewer, or rejected
 * (kept, never exported as a pair unless asked). A domain type: the store imports it.
 */
export type BeadStatus = "auto" | "confirmed" | "rejected";
