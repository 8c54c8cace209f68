/**
 * Closed classes of English words (determiners, pronouns, prepositions, auxiliaries …) that the
 * grammar-based checks read. These are the language's function words, not a list of anyone's slips.
 */
const set = (words: string) => new Set(words.split(" "));

export const ARTICLES = set("a an the");
export const DETERMINERS = set("a an the this these those his her its their my your our every each some any no another");
export const POSSESSIVES = set("his her its their my your our");
export const SUBJECT_PRONOUNS = set("i he she we they");
export const OBJECT_PRONOUNS = set("me him us them");
export const PREPOSITIONS = set("of in on at to for with by from into onto about against among between through during without under over upon within toward towards across behind beyond near");
/** Prepositions after which a subject pronoun can never stand ("at they", "of he"). */
export const STRICT_PREPOSITIONS = set("of in on at with from into onto about against among between through during without under upon within toward towards across behind beyond");
export const AUXILIARIES = set("is are was were be been being am has have had do does did");
export const MODALS = set("will would can could shall should may might must cannot");
export const HAVE_FORMS = set("has have had having");
export const BE_FORMS = set("is are was were be been being am");
export const CONJUNCTIONS = set("and or but nor yet so");
export const FUNCTION_WORDS = new Set([
  ...DETERMINERS, ...SUBJECT_PRONOUNS, ...OBJECT_PRONOUNS, ...PREPOSITIONS, ...AUXILIARIES, ...MODALS, ...CONJUNCTIONS,
  ..."it that which who whom whose than then as if not there here when where while also just".split(" "),
]);
/** Words that make a comparison, so that a following "than" is expected. */
export const COMPARATIVE_WORDS = set("more less fewer rather other else better worse further farther sooner later prefer preferred different differently otherwise above below least most elsewhere");
/** Finite reporting verbs: "the said," reads as "he said,". */
export const REPORTING_VERBS = set("said says added told noted stated explained argued insisted claimed warned wrote asked replied");
