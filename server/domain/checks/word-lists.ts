/**
 * SCOWL's word lists as the loader hands them over: the words common to every spelling, the
 * American-only and British-only ones, and the commoner sizes (up to 35). Its own module so that
 * word-list.ts and spelling-variants.ts both use it without importing each other.
 */
export type WordLists = { common: readonly string[]; american: readonly string[]; british: readonly string[]; frequent: readonly string[] };
