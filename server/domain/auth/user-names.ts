/**
 * User names: one written form per name (Unicode NFKC, so full-width or compatibility letters
 * become the ordinary ones) and a skeleton that two names share when they look alike, so that
 * "аdmin" with a Cyrillic а, "ΑDMIN" with a Greek Α or "adrnin" cannot pose as "admin".
 *
 * The skeleton follows Unicode TR39 (section 4, "Confusable Detection"): NFD, every character
 * replaced by its prototype from the confusables.txt table (the unhomoglyph package ships that
 * table), NFD again. Two names are confusable when their skeletons agree as written, or agree
 * once case is folded, because logins ignore case. Folding goes character by character: a
 * capital whose prototype is a Latin capital takes that letter's small form (Greek Ν is N, so
 * n, not the small ν that looks like v); any other capital its own small form (I is i). The
 * skeletons are only compared, never shown.
 */
import unhomoglyph from "unhomoglyph";

/** The form a user name is stored and looked up in: NFKC, without surrounding spaces. */
export function normaliseUserName(name: string): string {
  return name.normalize("NFKC").trim();
}

/** TR39's skeleton: NFD, prototypes, NFD. */
const skeleton = (text: string) => unhomoglyph(text.normalize("NFD")).normalize("NFD");

function foldCase(text: string): string {
  return Array.from(text, (c) => {
    const prototype = skeleton(c);
    return prototype !== prototype.toLowerCase() ? prototype.toLowerCase() : c.toLowerCase();
  }).join("");
}

/** One key for every name that looks alike once case is folded (failed logins are counted by it). */
export function userNameSkeleton(name: string): string {
  return skeleton(foldCase(normaliseUserName(name))).toLowerCase();
}

/** Whether a reader could take one name for the other. */
export function areConfusable(a: string, b: string): boolean {
  return userNameSkeleton(a) === userNameSkeleton(b) || skeleton(normaliseUserName(a)) === skeleton(normaliseUserName(b));
}

/** The first of `existing` that looks like `name`, or null. */
export function findConfusable(name: string, existing: Iterable<string>): string | null {
  for (const other of existing) if (areConfusable(name, other)) return other;
  return null;
}
