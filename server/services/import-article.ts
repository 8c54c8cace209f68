/**
 * Imports an article pair: reads both editions (text, HTML or DOCX, with every check of
 * read-edition.ts), marks one-sided boilerplate, aligns the paragraphs with the corpus lexicon,
 * and stores document, paragraphs and beads in one transaction. Nothing is written unless all
 * of it succeeded.
 */
import { readEditionPair } from "../import/read-edition.js";
import { detectBoilerplate } from "../domain/segment/boilerplate.js";
import { alignUnits } from "../domain/align/align-units.js";
import { lexiconFor } from "./align-resources.js";
import type { DocumentMeta, Store } from "../store/types.js";

export type ImportFile = { bytes: Uint8Array; name: string };
export type ImportResult = { id: number; paragraphsEn: number; paragraphsAr: number; beads: number; oneSided: number };

const MAX_TITLE = 200;

export async function importArticle(
  store: Store, files: { en: ImportFile; ar: ImportFile }, meta: Partial<DocumentMeta>, user: string,
  options: { dictionary?: boolean } = {},
): Promise<ImportResult> {
  const { en, ar } = await readEditionPair(files.en, files.ar);
  const enReasons = detectBoilerplate(en.paragraphs, "en");
  const arReasons = detectBoilerplate(ar.paragraphs, "ar");
  const lexicon = lexiconFor(store.listGlossary(), options);
  const { beads } = alignUnits(en.paragraphs, ar.paragraphs, { lexicon, enBoilerplate: enReasons, arBoilerplate: arReasons });
  const title = (meta.title?.trim() || en.paragraphs[0] || files.en.name).slice(0, MAX_TITLE);
  const id = store.createDocument(
    {
      ...meta,
      title,
      titleAr: (meta.titleAr?.trim() || ar.paragraphs[0] || "").slice(0, MAX_TITLE),
      en: en.paragraphs.map((text, k) => ({ text, boilerplate: enReasons[k] ?? null })),
      ar: ar.paragraphs.map((text, k) => ({ text, boilerplate: arReasons[k] ?? null })),
      beads,
    },
    user,
  );
  return {
    id,
    paragraphsEn: en.paragraphs.length,
    paragraphsAr: ar.paragraphs.length,
    beads: beads.length,
    oneSided: beads.filter((b) => b.en.length === 0 || b.ar.length === 0).length,
  };
}
