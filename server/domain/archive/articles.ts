/**
 * The articles of a bilingual archive and the first cut of pairing them: blocking by date. An
 * Arabic edition appears around the English one (the same day, mostly a few days before), so only
 * Arabic articles within a window of days around the English date are candidates. Pure.
 */

/** One article of an archive: an opaque id, its publication date (YYYY-MM-DD), headline and paragraphs. */
export type Article = { id: string; date: string; title: string; paragraphs: string[] };

export const DEFAULT_WINDOW_DAYS = 7;

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/u;

/** Days since 1970-01-01 of a YYYY-MM-DD date, or null when it is no calendar day. */
export function dayNumber(date: string): number | null {
  const m = ISO_DAY.exec(date);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(year, month - 1, day);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) return null;
  return Math.round(ms / 86_400_000);
}

/**
 * Articles ordered by day, for slicing a window out of them by binary search: `order[k]` is an
 * article index, `days[k]` its day number, ascending.
 */
export type DayOrder = { order: Int32Array; days: Int32Array };

export function orderByDay(articles: readonly Article[]): DayOrder {
  const indexed = articles.map((a, i) => ({ i, day: dayNumber(a.date) ?? 0 }));
  indexed.sort((x, y) => x.day - y.day || x.i - y.i);
  return { order: Int32Array.from(indexed, (x) => x.i), days: Int32Array.from(indexed, (x) => x.day) };
}

/** First position in ascending `days` whose value is at least `day`. */
export function lowerBound(days: ArrayLike<number>, day: number, from = 0, to = days.length): number {
  let low = from;
  let high = to;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((days[mid] as number) < day) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The positions [start, end) of `byDay` within `windowDays` of `day`, both ways. */
export function windowSlice(byDay: DayOrder, day: number, windowDays: number): [number, number] {
  return [lowerBound(byDay.days, day - windowDays), lowerBound(byDay.days, day + windowDays + 1)];
}

/** The Arabic article indexes dated within the window around one English article (all pairs blocked by date). */
export function candidatesByDate(english: Article, arabicByDay: DayOrder, windowDays = DEFAULT_WINDOW_DAYS): number[] {
  const day = dayNumber(english.date);
  if (day === null) return [];
  const [start, end] = windowSlice(arabicByDay, day, windowDays);
  return Array.from(arabicByDay.order.subarray(start, end));
}

/** An article file's text: the headline on its first line, then one paragraph per non-empty line. */
export function parseArticleText(text: string): { title: string; paragraphs: string[] } | null {
  const lines = text.replace(/^\uFEFF/u, "").split(/\r?\n/u).map((l) => l.trim()).filter((l) => l !== "");
  const [title, ...paragraphs] = lines;
  return title === undefined ? null : { title, paragraphs };
}
