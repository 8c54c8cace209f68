/**
 * The letters Arabic copy editors check first, as candidate corrections of a word the dictionary
 * does not know: the hamza on an alef that starts the word or its stem after clitics (ا أ إ آ:
 * "انتخابات" / "إنتخابات", "الإنتخابات" / "الانتخابات"), ta marbuta against ha at the end (ة / ه:
 * "الحكومه", "هذة"), and alef maqsura against ya at the end (ى / ي: "الى"). Only generates the
 * forms; the spelling check keeps the one the dictionary knows, so nothing is ever flagged on
 * folding alone. Also the light stem that counts a word's repetitions across clitics.
 *
 * Candidates come in the order they are preferred: the word's end first, then the alef at the
 * start or after each clitic prefix. The article's alef (ال) is left alone, since "ألحكومة"
 * (interrogative + article) is a dictionary word nobody means.
 */

/**
 * For each alef, the others to try, likeliest first: a written hamza was meant, so the other
 * hamza before none; a bare alef most often lost an أ, then an إ.
 */
const ALEF_SWAPS: Record<string, readonly string[]> = { "ا": ["أ", "إ", "آ"], "أ": ["إ", "ا", "آ"], "إ": ["أ", "ا", "آ"], "آ": ["أ", "ا", "إ"] };

/** Clitics that may stand before a stem's first alef: conjunctions, prepositions, the article. */
const PREFIXES = ["", "و", "ف", "ب", "ك", "ل", "ال", "وال", "فال", "بال", "كال", "لل", "وبال", "وكال", "ولل", "فبال", "فلل", "وب", "وك", "ول", "فب", "فك", "فل"];

const PARTICLE_ALEFS = ["إ", "أ", "آ"] as const;

const FINAL_SWAPS: Record<string, string> = { "ة": "ه", "ه": "ة", "ى": "ي", "ي": "ى" };

/** Other spellings of the word with one of the letters above changed, best first (no duplicates). */
export function slipCandidates(word: string): string[] {
  const out: string[] = [];
  const add = (w: string) => {
    if (w !== word && !out.includes(w)) out.push(w);
  };
  const last = word.slice(-1);
  const swapped = FINAL_SWAPS[last];
  if (swapped && word.length >= 3) add(word.slice(0, -1) + swapped);
  for (const prefix of PREFIXES) {
    const at = prefix.length;
    const letter = word[at];
    if (!word.startsWith(prefix) || letter === undefined || word.length - at < 2) continue;
    const others = ALEF_SWAPS[letter];
    if (!others) continue;
    // A bare alef and lam before three letters or more is the article (ال), which takes no hamza;
    // before fewer it may be a particle that does (الى / إلى, الا / إلا).
    const beforeLam = letter === "ا" && word[at + 1] === "ل" && !prefix.endsWith("ال");
    if (beforeLam && word.length - at - 2 >= 3) continue;
    // Before lam, the particles that take a hamza take it below: إلى, إلا.
    for (const alef of beforeLam ? PARTICLE_ALEFS : others) add(word.slice(0, at) + alef + word.slice(at + 1));
  }
  return out;
}

const LEADING_CLITICS = /^(?:[وف]?(?:بال|كال|لل|ال|[بكل])|[وف])(?=[^]{3})/u;
const PRONOUN_SUFFIX = /(?<=[^]{3})(?:هما|كما|هم|هن|كم|كن|نا|ها|ه|ك|ي)$/u;

/** The word without its leading conjunction, preposition and article (three letters kept at least). */
export function withoutClitics(word: string): string {
  return word.replace(LEADING_CLITICS, "");
}

/**
 * A light stem of a word in the matching form (normalise-arabic.ts): leading conjunction,
 * preposition and article and a trailing pronoun taken off, at least three letters kept. Only for
 * counting repetitions ("خروقات", "خروقاتها"); it is no morphological analysis.
 */
export function lightStem(norm: string): string {
  return norm.replace(LEADING_CLITICS, "").replace(PRONOUN_SUFFIX, "");
}
