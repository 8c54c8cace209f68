/**
 * The dictionary forms an English word may come from: "agreed" -> agreed, agree; "cities" ->
 * cities, city. Used to look words up in the bilingual lexicon without a full lemmatiser.
 */
export function englishForms(word: string): string[] {
  const w = word.toLowerCase().replace(/’/gu, "'").replace(/'s$/u, "");
  const out = [w];
  if (w.length > 4 && w.endsWith("ies")) out.push(w.slice(0, -3) + "y");
  if (w.length > 3 && w.endsWith("es")) out.push(w.slice(0, -2));
  if (w.length > 3 && w.endsWith("s") && !w.endsWith("ss")) out.push(w.slice(0, -1));
  if (w.length > 4 && w.endsWith("ed")) out.push(w.slice(0, -2), w.slice(0, -1));
  if (w.length > 5 && w.endsWith("ing")) out.push(w.slice(0, -3), w.slice(0, -3) + "e");
  if (w.length > 4 && w.endsWith("ly")) out.push(w.slice(0, -2));
  if (w.length > 5 && w.endsWith("ian")) out.push(w.slice(0, -3) + "ia", w.slice(0, -1));
  return out;
}
