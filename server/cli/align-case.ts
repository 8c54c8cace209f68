/**
 * Aligns one case folder of an evaluation set (en.txt + ar.txt) and writes its prediction in the
 * evaluation format: {"beads": [[[en…], [ar…]], …]}.
 */
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { alignUnits } from "../domain/align/align-units.js";
import type { Lexicon } from "../domain/align/lexicon.js";
import { readLocalFile } from "../import/read-edition-file.js";
import { readEdition } from "../import/read-edition.js";

/** Aligns the case and starts writing its prediction; `written` settles when it is on disk. */
export async function alignCaseFolder(casesDir: string, outDir: string, name: string, lexicon: Lexicon | null): Promise<{ written: Promise<void> }> {
  const enFile = readLocalFile(join(casesDir, name, "en.txt"), "en");
  const arFile = readLocalFile(join(casesDir, name, "ar.txt"), "ar");
  const en = await readEdition(enFile.bytes, enFile.name, "en");
  const ar = await readEdition(arFile.bytes, arFile.name, "ar");
  // The evaluation format holds only the beads: scores and signals are not computed.
  const { beads } = alignUnits(en.paragraphs, ar.paragraphs, { lexicon, explain: false });
  // Written in the background (libuv's threads) while the next case is aligned.
  return { written: writeFile(join(outDir, `${name}.json`), JSON.stringify({ beads: beads.map((b) => [b.en, b.ar]) })) };
}
