/**
 * One glossary entry: the approved English spelling of an Arabic name or term, its kind (person,
 * place, organisation, term …) and a note. An entry with `variantOf` is a known variant: another
 * English spelling of the same Arabic name, kept so the checks can propose the approved spelling
 * (`variantOf`) when they meet it. A domain type, used by the aligner, the checks and the TSV
 * reader; the store keeps entries and imports the type from here.
 */
export type GlossaryEntry = { ar: string; en: string; kind: string; note: string; variantOf?: string };
