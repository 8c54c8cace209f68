/**
 * The page's sentences: the server writes what was done and why something was refused, in the
 * reader's language; the page fills its own few sentences (templates with {{name}} placeholders,
 * given by the server in the reader's language) and writes row numbers as the server does
 * (Arabic-Indic digits in the Arabic interface). Pure: no DOM.
 */

/** Replaces each {{name}} by its value; a placeholder without a value stays as it is. */
export function fillTemplate(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/gu, (whole, name: string) => (Object.hasOwn(values, name) ? values[name] ?? whole : whole));
}

const FORMATS = new Map<string, Intl.NumberFormat>();

/** A number as the page's language writes it (the server's formatNumber helper: ar-EG or en-GB). */
export function formatNumber(lang: string, n: number): string {
  const locale = lang === "ar" ? "ar-EG" : "en-GB";
  let format = FORMATS.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
    FORMATS.set(locale, format);
  }
  return format.format(n);
}

/**
 * What to tell the user after a refused request: the server's sentence when it sent one, else the
 * page's own sentence for "no answer" (status 0: the network, or an answer that was not JSON).
 */
export function refusalText(answer: unknown, unreachable: string): string {
  const message = typeof answer === "object" && answer !== null ? (answer as { message?: unknown }).message : undefined;
  return typeof message === "string" && message.trim() !== "" ? message : unreachable;
}
