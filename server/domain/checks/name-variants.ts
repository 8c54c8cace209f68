/**
 * Which spelling of a name a document should use, and which uses are slips. Spellings (a name
 * word's core, case aside: Qaeda, Qa'ida, Qaida) that sameName (name-key.ts) takes for one name
 * form a cluster; in each, the glossary's spelling wins, then the spelling used most, then the one
 * used first. Another spelling is a slip when it is used once, or at most a third as often as the
 * winner: its uses get the winner as their fix. Two spellings each used as often as the other are a
 * question (a finding with no fix, asking which is right), never a silent choice; two spellings
 * both well established (used twice or more, neither three times the other) are left alone: those
 * are two people (Khalid and Khallad) or a deliberate spelling (a quoted source).
 *
 * The article is compared apart from the core: al-Hazmi, al Hazmi and Alhazmi write one name three
 * ways, Hazmi after al-Hazmi is the usual short form. The same rules pick the article style, in
 * two steps: the article joined into the word (Alhazmi) is another romanisation, so it competes
 * with every other use of the core, the short form included (Shehhi … Alshehhi is a slip); then the
 * article attached and apart compete (al-Hazmi / al Hazmi), the short form aside.
 *
 * A use is judged only against the winner's uses that may name the same person: two full names
 * that each have an identifying word the other lacks (name-occurrences.ts: Ali Mohamed, Mohammed
 * Atef) are two people, and their spellings may differ.
 *
 * A name particle (bin, ibn, abu: NAME_PARTICLE) is judged with the name after it: Ibn against
 * bin only where both stand before one name (Ibn Ladin / bin Ladin; not Ibn Saud / Bin Ladin).
 *
 * Bounded work: a blocking key (name-key.ts) keeps at most MAX_SPELLINGS spellings to compare a
 * new one with (a real document has a handful per key; a text of thousands of spellings of one
 * key, "Ban Baan Baaan …", would otherwise make the comparisons quadratic).
 */
import { blockingKeys, sameName } from "./name-key.js";
import { NAME_PARTICLE, type ArticleStyle, type NameOccurrence } from "./name-occurrences.js";

export const MAX_SPELLINGS = 64;
/** How many times as often the winner must be used to overrule a spelling used more than once. */
export const DOMINANCE = 3;

export type NameVerdict = {
  occurrence: NameOccurrence;
  /** The span to flag: the word, or the article and the word for an article-style slip. */
  start: number;
  end: number;
  /** The spelling the document uses elsewhere. */
  canonical: string;
  /** The replacement for the span; null for a question (a tie). */
  suggestion: string | null;
};

type Spelling = { id: string; core: string; uses: NameOccurrence[]; glossary: boolean };

const identity = (core: string) => core.normalize("NFC").toLowerCase().replace(/’/gu, "'");

/** Whether `a` wins over `b`: the glossary's spelling, then the more used, then the first used. */
function beats(a: Spelling, b: Spelling): boolean {
  if (a.glossary !== b.glossary) return a.glossary;
  if (a.uses.length !== b.uses.length) return a.uses.length > b.uses.length;
  return (a.uses[0]?.order ?? 0) < (b.uses[0]?.order ?? 0);
}

/** "fix", "question" or null: what a spelling used `own` times is against a winner used `winner` times. */
function judge(own: number, winner: number, winnerInGlossary: boolean): "fix" | "question" | null {
  if (winnerInGlossary) return "fix";
  if (winner > own) return own === 1 || winner >= DOMINANCE * own ? "fix" : null;
  return "question";
}

function withCaseOf(example: string, text: string): string {
  if (!text || !example) return text;
  const first = example[0] ?? "";
  return first === first.toUpperCase() && first !== first.toLowerCase() ? text[0]?.toUpperCase() + text.slice(1) : text[0]?.toLowerCase() + text.slice(1);
}

/** The occurrence's article (as it writes it) on another core. */
function respell(o: NameOccurrence, core: string): string {
  return o.style === "joined" ? `${o.article}${withCaseOf("x", core)}` : `${o.style === "attached" ? o.article : ""}${withCaseOf(o.core, core)}`;
}

/**
 * Verdicts on a document's name words. `glossaryWords` are the single words of the glossary's
 * English forms, as written; a spelling whose winner is a whole one-word entry (`entries`) is left
 * to glossary-spelling, which flags it.
 */
export function nameVerdicts(occurrences: readonly NameOccurrence[], glossaryWords: ReadonlySet<string> = new Set(), entries: ReadonlySet<string> = new Set()): NameVerdict[] {
  const wholeEntries = new Set([...entries].map(identity));
  const glossary = new Map([...glossaryWords].map((w) => [identity(w), w]));
  const spellings = new Map<string, Spelling>();
  for (const o of occurrences) {
    const id = identity(o.core);
    const s = spellings.get(id);
    if (s) s.uses.push(o);
    else spellings.set(id, { id, core: o.core, uses: [o], glossary: glossary.has(id) });
  }
  // Glossary words the text does not use still win their cluster.
  for (const [id, word] of glossary) if (!spellings.has(id)) spellings.set(id, { id, core: word, uses: [], glossary: true });
  const blocks = new Map<string, Spelling[]>();
  for (const s of spellings.values()) {
    for (const key of blockingKeys(s.core)) {
      const block = blocks.get(key) ?? [];
      if (block.length < MAX_SPELLINGS) block.push(s);
      blocks.set(key, block);
    }
  }
  const out: NameVerdict[] = [];
  const flagged = new Set<NameOccurrence>();
  for (const s of spellings.values()) {
    if (s.uses.length === 0 || s.glossary) continue;
    let winner: Spelling | null = null;
    for (const key of blockingKeys(s.core)) {
      for (const t of blocks.get(key) ?? []) {
        const rival = particleRival(s, t);
        if (t === s || !beats(rival, s) || (winner && !beats(rival, winner)) || !sameName(s.core, t.core)) continue;
        winner = rival;
      }
    }
    if (!winner || (winner.glossary && wholeEntries.has(winner.id))) continue;
    const own = particleUses(s, winner).filter((o) => winner.uses.length === 0 || winner.uses.some((u) => mayBeOnePerson(o, u)));
    const verdict = judge(own.length, winner.uses.length, winner.glossary);
    if (!verdict || own.length === 0) continue;
    for (const o of own) {
      flagged.add(o);
      const canonical = winner.uses[0] ? respell(o, winner.uses[0].core) : respell(o, winner.core);
      out.push({ occurrence: o, start: o.start, end: o.end, canonical, suggestion: verdict === "fix" ? canonical : null });
    }
  }
  out.push(...styleVerdicts(occurrences.filter((o) => !flagged.has(o))));
  return out.sort((a, b) => a.occurrence.order - b.occurrence.order);
}

/** Unless each full name has an identifying word the other lacks (then they are two people). */
function mayBeOnePerson(a: NameOccurrence, b: NameOccurrence): boolean {
  const lacks = (x: NameOccurrence, y: NameOccurrence) => x.companions.some((c) => !y.companions.some((d) => sameName(c, d)));
  return !lacks(a, b) || !lacks(b, a);
}

const followsOneName = (a: NameOccurrence, b: NameOccurrence) => a.follower !== "" && b.follower !== "" && sameName(a.follower, b.follower);

/** For a particle, the rival's uses before a name that some use of `s` stands before too (all of them otherwise). */
function particleRival(s: Spelling, t: Spelling): Spelling {
  if (!NAME_PARTICLE.test(s.core) || t.uses.length === 0) return t;
  return { ...t, uses: t.uses.filter((u) => s.uses.some((o) => followsOneName(o, u))) };
}

/** The uses of `s` judged against `winner`: for a particle, only those before a name the winner's uses stand before. */
function particleUses(s: Spelling, winner: Spelling): NameOccurrence[] {
  if (!NAME_PARTICLE.test(s.core) || winner.uses.length === 0) return s.uses;
  return s.uses.filter((o) => winner.uses.some((u) => followsOneName(o, u)));
}

/** Spellings of one core, written with the article in different ways (see the file comment). */
function styleVerdicts(occurrences: readonly NameOccurrence[]): NameVerdict[] {
  const byCore = new Map<string, NameOccurrence[]>();
  for (const o of occurrences) {
    const id = identity(o.core);
    byCore.set(id, [...(byCore.get(id) ?? []), o]);
  }
  const out: NameVerdict[] = [];
  for (const uses of byCore.values()) {
    const joined = uses.filter((o) => o.style === "joined");
    const separate = uses.filter((o) => o.style !== "joined");
    if (joined.length > 0 && separate.length > 0) out.push(...competition(new Map([["joined", joined], ["separate", separate]])));
    const styles = new Map<string, NameOccurrence[]>();
    for (const o of separate) if (o.style !== "") styles.set(o.style, [...(styles.get(o.style) ?? []), o]);
    out.push(...competition(styles));
  }
  return out;
}

/** The uses with the style the most uses have (the first used on a tie). */
function mostUsedStyle(uses: readonly NameOccurrence[]): NameOccurrence | undefined {
  const styles = new Map<ArticleStyle, NameOccurrence[]>();
  for (const o of uses) styles.set(o.style, [...(styles.get(o.style) ?? []), o]);
  return [...styles.values()].sort((a, b) => b.length - a.length || (a[0]?.order ?? 0) - (b[0]?.order ?? 0))[0]?.[0];
}

/** Groups of uses of one core in competition: the losers (judge) get the winning group's usual form. */
function competition(groups: ReadonlyMap<string, NameOccurrence[]>): NameVerdict[] {
  if (groups.size < 2) return [];
  const ranked = [...groups.values()].sort((a, b) => b.length - a.length || (a[0]?.order ?? 0) - (b[0]?.order ?? 0));
  const winnerUses = ranked[0] ?? [];
  const model = mostUsedStyle(winnerUses);
  if (!model) return [];
  const out: NameVerdict[] = [];
  for (const own of ranked.slice(1)) {
    const verdict = judge(own.length, winnerUses.length, false);
    if (!verdict) continue;
    for (const o of own) {
      const article = model.article.replace(/[-\s]/gu, "");
      const core = withCaseOf("X", o.core);
      const canonical = model.style === "attached" ? `${article}-${core}` : model.style === "apart" ? `${article} ${core}` : model.style === "joined" ? `${article}${withCaseOf("x", o.core)}` : core;
      const start = o.style === "apart" ? o.phraseStart : o.start;
      out.push({ occurrence: o, start, end: o.end, canonical, suggestion: verdict === "fix" ? canonical : null });
    }
  }
  return out;
}
