/**
 * "Is this a word" for a Hunspell dictionary, by stripping affixes at lookup time as Hunspell
 * itself does, instead of expanding every form at load as nspell does. nspell is fine for English
 * but cannot hold Debian's Arabic dictionary (Ayaspell, hunspell-ar): its 170,000 stems with their
 * clitic prefixes and stacked suffixes expand to tens of millions of forms, and nspell was still
 * building after 12 minutes and 1 GB. Here loading is parsing two text files (some 0.3 s) and a
 * lookup tries each affix whose text ends (or starts) the word: a bounded number of map look-ups.
 * The same search also lists a word's readings (which prefix, stem and suffixes make it), for the
 * spelling check to weigh how a known word is known.
 *
 * What is supported, the subset Ayaspell uses: FLAG long/num/char, AF flag aliases, PFX and SFX
 * rules with strip, add, condition and continuation classes, cross products (a prefix with a
 * suffix), twofold suffixes (a suffix whose continuation allows a second one outside it, with or
 * without a prefix), IGNORE (characters removed from the dictionary and from words: the Arabic
 * diacritics), ICONV (input conversions), NEEDAFFIX and FORBIDDENWORD. Not supported: compounding
 * and morphological descriptions (AM).
 * Pure: the caller reads the files (services/arabic-dictionary.ts) and passes their text.
 *
 * Index conventions: a flag is a string (two characters under FLAG long); a stem's flags are kept
 * as one array; affix entries are indexed by their added text, and words are looked up by their
 * endings (suffixes, longest first) and beginnings (prefixes).
 */

type AffixEntry = {
  flag: string;
  /** Text removed from the stem before `add` is attached ("" for none). */
  strip: string;
  add: string;
  /** Tests the stem (with `strip` back) at the attached end; null when the condition is ".". */
  condition: RegExp | null;
  /** Flags of the affixes allowed outside this one (twofold suffixes) or with it. */
  continuation: ReadonlySet<string> | null;
  crossProduct: boolean;
};

/** One line of the .dic file: its flags (a stem may have several lines). */
type StemLine = { flags: readonly string[] };

type Settings = { needAffix: string | null; forbidden: string | null; ignore: RegExp | null; conversions: [string, string][] };

export type HunspellText = { aff: string; dic: string };

/** The most entries a cache keeps before it starts again (a hostile text cannot grow it without bound). */
const CACHE_LIMIT = 200000;

export class HunspellLookup {
  private readonly cache = new Map<string, boolean>();

  private constructor(
    private readonly stems: ReadonlyMap<string, readonly StemLine[]>,
    private readonly prefixes: ReadonlyMap<string, readonly AffixEntry[]>,
    private readonly suffixes: ReadonlyMap<string, readonly AffixEntry[]>,
    private readonly maxPrefix: number,
    private readonly maxSuffix: number,
    private readonly settings: Settings,
    /** The longest word any stem and affixes can make: longer words are answered without a lookup. */
    readonly maxWordLength: number,
  ) {}

  /** Parses an .aff and a .dic file's text. */
  static parse(text: HunspellText): HunspellLookup {
    const aff = parseAff(text.aff);
    const stems = parseDic(text.dic, aff);
    let longestStem = 0;
    for (const stem of stems.keys()) longestStem = Math.max(longestStem, stem.length);
    const index = (entries: AffixEntry[]) => {
      const map = new Map<string, AffixEntry[]>();
      for (const e of entries) map.set(e.add, [...(map.get(e.add) ?? []), e]);
      return map;
    };
    const longest = (entries: AffixEntry[]) => entries.reduce((n, e) => Math.max(n, e.add.length), 0);
    // Prefix + two suffixes at most, each adding at most its longest text.
    const maxWord = longestStem + longest(aff.prefixes) + 2 * longest(aff.suffixes);
    return new HunspellLookup(stems, index(aff.prefixes), index(aff.suffixes), longest(aff.prefixes), longest(aff.suffixes), aff.settings, maxWord);
  }

  /** The word with the ignored characters removed and the input conversions applied. */
  normalise(word: string): string {
    let w = this.settings.ignore ? word.replace(this.settings.ignore, "") : word;
    for (const [from, to] of this.settings.conversions) w = w.split(from).join(to);
    return w;
  }

  /** Whether the dictionary can make the word (after normalise). */
  isWord(word: string): boolean {
    if (word.length > this.maxWordLength * 2) return false; // not even with ignored characters
    let known = this.cache.get(word);
    if (known === undefined) {
      const w = this.normalise(word);
      known = w.length > 0 && w.length <= this.maxWordLength && this.check(w);
      if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
      this.cache.set(word, known);
    }
    return known;
  }


  private linesOf(stem: string): readonly StemLine[] {
    return this.stems.get(stem) ?? [];
  }

  /** Whether the stem is listed and standing alone is allowed. */
  private isStem(word: string): boolean {
    const { needAffix, forbidden } = this.settings;
    return this.linesOf(word).some((l) => !(needAffix && l.flags.includes(needAffix)) && !(forbidden && l.flags.includes(forbidden)));
  }

  /**
   * Every way the dictionary makes the word (after normalise), at most `limit`: which prefix,
   * stem and suffixes. Tells a word listed as it stands from one known only as a stem with an
   * attached ending ("مدينه": مدين + ه), which the spelling check weighs against a slip reading.
   */
  readings(word: string, limit = 32): Reading[] {
    const w = this.normalise(word);
    const out: Reading[] = [];
    if (w.length === 0 || w.length > this.maxWordLength) return out;
    this.visit(w, (r) => {
      if (!out.some((o) => sameReading(o, r))) out.push(r);
      return out.length >= limit;
    });
    return out;
  }

  private check(word: string): boolean {
    return this.visit(word, () => true);
  }

  /** Calls `found` with each reading of the word until it returns true; whether one did. */
  private visit(word: string, found: (r: Reading) => boolean): boolean {
    const forbidden = this.settings.forbidden;
    if (forbidden && this.linesOf(word).some((l) => l.flags.includes(forbidden))) return false; // even when an affix could make it
    if (this.isStem(word) && found({ prefix: "", stem: word, suffixes: [] })) return true;
    if (this.suffixCheck(word, null, null, found) || this.twoSuffixCheck(word, null, found)) return true;
    return this.prefixCheck(word, found);
  }

  /** The stem has `flag`, or the entry that allows it (a prefix's or an outer suffix's continuation) does. */
  private stemHas(stem: string, flag: string, also: AffixEntry | null): boolean {
    const forbidden = this.settings.forbidden;
    return this.linesOf(stem).some((l) => !(forbidden && l.flags.includes(forbidden)) && (l.flags.includes(flag) || !!also?.continuation?.has(flag)));
  }

  /**
   * One suffix off the word: some entry whose added text ends it, whose condition holds, whose
   * stem carries its flag (and the prefix's, when a prefix was taken off first). `outer`: the
   * suffix already taken off outside this one, which this entry's continuation must allow.
   */
  private suffixCheck(word: string, prefix: AffixEntry | null, outer: AffixEntry | null, found: Found): boolean {
    for (let n = Math.min(this.maxSuffix, word.length - 1); n >= 0; n--) {
      const entries = this.suffixes.get(word.slice(word.length - n));
      if (!entries) continue;
      const rest = word.slice(0, word.length - n);
      for (const e of entries) {
        if (outer && !e.continuation?.has(outer.flag)) continue;
        if (prefix && !e.crossProduct) continue;
        const stem = rest + e.strip;
        if (e.condition && !e.condition.test(stem)) continue;
        if (!this.stemHas(stem, e.flag, prefix)) continue;
        if (prefix && !this.stemHas(stem, prefix.flag, e)) continue;
        if (found({ prefix: prefix?.add ?? "", stem, suffixes: outer ? [e.add, outer.add] : [e.add] })) return true;
      }
    }
    return false;
  }

  /** Two suffixes off the word: an outer one, then an inner one whose continuation allows it. */
  private twoSuffixCheck(word: string, prefix: AffixEntry | null, found: Found): boolean {
    for (let n = Math.min(this.maxSuffix, word.length - 1); n >= 0; n--) {
      const entries = this.suffixes.get(word.slice(word.length - n));
      if (!entries) continue;
      const rest = word.slice(0, word.length - n);
      for (const e of entries) {
        if (prefix && !e.crossProduct) continue;
        const inner = rest + e.strip;
        if (e.condition && !e.condition.test(inner)) continue;
        if (this.suffixCheck(inner, prefix, e, found)) return true;
      }
    }
    return false;
  }

  /** One prefix off the word, alone or with one or two suffixes (cross product). */
  private prefixCheck(word: string, found: Found): boolean {
    for (let n = Math.min(this.maxPrefix, word.length - 1); n >= 0; n--) {
      const entries = this.prefixes.get(word.slice(0, n));
      if (!entries) continue;
      const rest = word.slice(n);
      for (const e of entries) {
        const stem = e.strip + rest;
        if (e.condition && !e.condition.test(stem)) continue;
        if (this.stemHas(stem, e.flag, null) && found({ prefix: e.add, stem, suffixes: [] })) return true;
        if (e.crossProduct && (this.suffixCheck(stem, e, null, found) || this.twoSuffixCheck(stem, e, found))) return true;
      }
    }
    return false;
  }
}

/**
 * One way the dictionary makes a word: the prefix's added text ("" for none), the stem as listed,
 * and the suffixes' added texts, innermost first ([] for none; "" for a suffix that adds nothing).
 */
export type Reading = { prefix: string; stem: string; suffixes: readonly string[] };

type Found = (r: Reading) => boolean;

function sameReading(a: Reading, b: Reading): boolean {
  return a.prefix === b.prefix && a.stem === b.stem && a.suffixes.join("|") === b.suffixes.join("|");
}

type ParsedAff = { prefixes: AffixEntry[]; suffixes: AffixEntry[]; settings: Settings; readFlags: (text: string) => string[] };

function parseAff(text: string): ParsedAff {
  const lines = text.split(/\r?\n/u).map((l) => l.replace(/^\uFEFF/u, "").trim()).filter((l) => l !== "" && !l.startsWith("#"));
  let flagType = "char";
  const aliases: string[][] = [];
  let aliasHeader = false;
  const settings: Settings = { needAffix: null, forbidden: null, ignore: null, conversions: [] };
  let ignoreChars = "";
  const raw: string[][] = [];
  for (const line of lines) {
    const p = line.split(/\s+/u);
    const key = p[0] ?? "";
    if (key === "FLAG") flagType = p[1] ?? "char";
    else if (key === "IGNORE") ignoreChars = p[1] ?? "";
    else if (key === "AF") {
      // The first AF line gives the count; each next one an alias, numbered from 1.
      if (aliasHeader) aliases.push([p[1] ?? ""]);
      aliasHeader = true;
    } else if (key !== "AM") raw.push(p); // morphological aliases are not read
  }
  const split = (value: string): string[] => {
    if (flagType === "long") return value.match(/[\s\S]{1,2}/gu) ?? [];
    if (flagType === "num") return value.split(",").filter((f) => f !== "");
    return [...value];
  };
  // Stems share their flag lists: most name one of a few hundred aliases (AF), parsed once.
  const parsed = new Map<string, string[]>();
  const readFlags = (value: string): string[] => {
    let flags = parsed.get(value);
    if (!flags) {
      flags = aliases.length > 0 && /^\d+$/u.test(value) ? split(aliases[Number(value) - 1]?.[0] ?? "") : split(value);
      parsed.set(value, flags);
    }
    return flags;
  };
  const ignore = ignoreChars ? new RegExp(`[${escapeClass(ignoreChars)}]`, "gu") : null;
  const clean = (s: string) => (s === "0" ? "" : ignore ? s.replace(ignore, "") : s);
  settings.ignore = ignore;
  const prefixes: AffixEntry[] = [];
  const suffixes: AffixEntry[] = [];
  const headers = new Map<string, boolean>();
  for (const p of raw) {
    const key = p[0] ?? "";
    if (key === "NEEDAFFIX") settings.needAffix = readFlags(p[1] ?? "")[0] ?? null;
    else if (key === "FORBIDDENWORD") settings.forbidden = readFlags(p[1] ?? "")[0] ?? null;
    else if (key === "ICONV" && p.length >= 3) settings.conversions.push([p[1] ?? "", p[2] ?? ""]);
    else if ((key === "PFX" || key === "SFX") && p.length === 4 && /^\d+$/u.test(p[3] ?? "")) headers.set(`${key} ${p[1]}`, p[2] === "Y");
    else if ((key === "PFX" || key === "SFX") && p.length >= 4) {
      const flag = readFlags(p[1] ?? "")[0] ?? "";
      const [add = "0", cont] = (p[3] ?? "0").split("/");
      const source = p[4] ?? ".";
      const entry: AffixEntry = {
        flag, strip: clean(p[2] ?? "0"), add: clean(add),
        condition: source === "." ? null : conditionPattern(clean(source), key),
        continuation: cont ? new Set(readFlags(cont)) : null,
        crossProduct: headers.get(`${key} ${p[1]}`) ?? false,
      };
      (key === "PFX" ? prefixes : suffixes).push(entry);
    }
  }
  return { prefixes, suffixes, settings, readFlags };
}

function escapeClass(chars: string): string {
  return chars.replace(/[\\\]^-]/gu, "\\$&");
}

/** A Hunspell condition (letters, ".", [abc], [^abc]) as a pattern on the end (SFX) or start (PFX) of a stem. */
function conditionPattern(source: string, kind: string): RegExp | null {
  const body = source.replace(/[\\$()*+?{}|]/gu, "\\$&");
  try {
    return new RegExp(kind === "SFX" ? `(?:${body})$` : `^(?:${body})`, "u");
  } catch {
    return /(?!)/u; // an unreadable condition matches nothing, as Hunspell skips the entry
  }
}

function parseDic(text: string, aff: ParsedAff): Map<string, StemLine[]> {
  const stems = new Map<string, StemLine[]>();
  const lines = text.split(/\r?\n/u);
  const ignore = aff.settings.ignore;
  for (let k = 1; k < lines.length; k++) {
    const line = lines[k] ?? "";
    if (line.startsWith("\t")) continue; // a comment
    const tab = line.indexOf("\t");
    const space = line.indexOf(" ");
    const end = Math.min(tab < 0 ? line.length : tab, space < 0 ? line.length : space);
    const field = line.slice(0, end); // morphological fields follow a tab or a space
    const slash = field.includes("\\/") ? field.search(/(?<!\\)\//u) : field.indexOf("/");
    const word = slash < 0 ? field : field.slice(0, slash).replace(/\\\//gu, "/");
    const stem = ignore ? word.replace(ignore, "") : word;
    if (!stem) continue;
    const flags = slash < 0 ? NO_FLAGS : aff.readFlags(field.slice(slash + 1));
    const known = stems.get(stem);
    if (known) known.push({ flags }); // a stem listed more than once: each line apart
    else stems.set(stem, [{ flags }]);
  }
  return stems;
}

const NO_FLAGS: readonly string[] = [];
