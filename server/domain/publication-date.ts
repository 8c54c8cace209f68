/**
 * Publication dates of an edition, as the corpus stores and filters them: ISO `yyyy-mm-dd`. One
 * place decides what counts as a date an editor may give (a real calendar day, from 1900 on, at
 * most a year ahead: an embargoed story may be scheduled, a date in 2090 is a typo) and turns the
 * dates pages carry in their metadata (`2024-03-05T10:00:00+03:00`, `2024-03-05`, an RFC 2822
 * date) into that form. Pure: "today" is passed in.
 */

/** Where an edition's publication date came from, as the preview says it. */
export type DateSource =
  | { kind: "form" }
  /** A `<meta>` tag of the page: `key` is its property, name or itemprop (`article:published_time`). */
  | { kind: "meta"; key: string }
  | { kind: "json-ld" }
  | { kind: "time" };

export type FoundDate = { date: string; source: DateSource };

export type DateCheck = { ok: true; date: string } | { ok: false; reason: "invalid" | "future" };

export const EARLIEST_YEAR = 1900;
/** How far ahead of today a publication date may be, in days. */
export const MAX_DAYS_AHEAD = 366;
const DAY_MS = 86_400_000;
/** Longer than any date a page writes: anything longer is not looked at. */
const MAX_DATE_TEXT = 64;

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/u;

function isoOf(year: number, month: number, day: number): string | null {
  if (year < EARLIEST_YEAR || month < 1 || month > 12 || day < 1) return null;
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** The latest day accepted as a publication date, given today. */
export function latestPublicationDate(today: Date): string {
  return new Date(today.getTime() + MAX_DAYS_AHEAD * DAY_MS).toISOString().slice(0, 10);
}

/**
 * Checks a date an editor typed (what `<input type="date">` sends: `yyyy-mm-dd`): a real day of
 * the calendar, not before 1900 and not more than a year after `today`.
 */
export function checkPublicationDate(text: string, today: Date): DateCheck {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(text.trim());
  const iso = match ? isoOf(Number(match[1]), Number(match[2]), Number(match[3])) : null;
  if (!iso) return { ok: false, reason: "invalid" };
  if (iso > latestPublicationDate(today)) return { ok: false, reason: "future" };
  return { ok: true, date: iso };
}

/**
 * The calendar day of a date written in page metadata, or null. An ISO date-time keeps the day as
 * written (the publication's own local day, not converted to UTC); other forms Date can read
 * (`Tue, 05 Mar 2024 10:00:00 GMT`) give their UTC day. Days that fail checkPublicationDate are null.
 */
export function dayOfMetadataDate(text: string, today: Date): string | null {
  const trimmed = text.trim();
  if (trimmed.length === 0 || trimmed.length > MAX_DATE_TEXT) return null;
  const iso = ISO_DAY.exec(trimmed);
  let day: string | null;
  if (iso) day = isoOf(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  else {
    // Only forms with a month name or slashes and a four-digit year: Date's guesses at bare numbers vary.
    if (!/\d{4}/u.test(trimmed) || !/[a-z]{3}|\//iu.test(trimmed)) return null;
    const time = Date.parse(trimmed);
    day = Number.isFinite(time) ? new Date(time).toISOString().slice(0, 10) : null;
  }
  if (!day) return null;
  const checked = checkPublicationDate(day, today);
  return checked.ok ? checked.date : null;
}
