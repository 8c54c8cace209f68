/**
 * What the TMX and XLIFF readers make of a file: documents (grouped by mizan's own document props
 * or notes when the file carries them, else one per XLIFF file or one for a whole TMX), each a list
 * of pairs whose sides are paragraph lists (a segment's text split at newlines; an empty side is
 * an empty list).
 */
export type ExchangePair = {
  en: string[]; ar: string[]; score: number | null;
  /** mizan's own TMX and XLIFF 1.2 mark a rejected pair (exported only when asked): it comes back rejected, not confirmed. */
  rejected?: true;
};

export type ExchangeDocument = {
  /** What grouped the pairs: mizan's document id, the XLIFF file, or "" (the whole file). */
  key: string;
  title: string | null;
  published: string | null;
  pairs: ExchangePair[];
};

export type ExchangeFormat = "tmx" | "xliff" | "xliff2";

export type ExchangeFile = {
  format: ExchangeFormat;
  documents: ExchangeDocument[];
  /** Units with no text on either side, which carry nothing to import. */
  emptyUnits: number;
};

export type ReadLimits = { maxBytes: number; maxUnits: number };

export const DEFAULT_LIMITS: ReadLimits = { maxBytes: 64 * 1024 * 1024, maxUnits: 2_000_000 };
