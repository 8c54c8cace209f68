/**
 * Interns strings as small integers, so the aligner's posting lists and sets work on numbers.
 * One table per process: skeletons and anchor keys form a small, slowly growing vocabulary.
 */
const IDS = new Map<string, number>();

export function internKey(key: string): number {
  let id = IDS.get(key);
  if (id === undefined) IDS.set(key, (id = IDS.size));
  return id;
}
