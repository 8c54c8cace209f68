/**
 * The sample corpus, as tests read it (the development set beside the clone: shared.ts).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { CORPUS_DIR } from "../../server/paths.js";
import { splitParagraphs } from "../../server/domain/segment/split-paragraphs.js";
import type { Bead } from "../../server/domain/align/types.js";

export const SAMPLE_DIR = join(CORPUS_DIR, "northern-homs-de-escalation");
export const SAMPLE_EN = join(SAMPLE_DIR, "en.txt");
export const SAMPLE_AR = join(SAMPLE_DIR, "ar.txt");

export function sampleParagraphs(): { en: string[]; ar: string[] } {
  return { en: splitParagraphs(readFileSync(SAMPLE_EN, "utf8")), ar: splitParagraphs(readFileSync(SAMPLE_AR, "utf8")) };
}

export function sampleGold(): Bead[] {
  const gold = JSON.parse(readFileSync(join(SAMPLE_DIR, "gold.json"), "utf8")) as { beads: [number[], number[]][] };
  return gold.beads.map(([en, ar]) => ({ en, ar }));
}
