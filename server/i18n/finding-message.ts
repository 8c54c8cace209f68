/**
 * A stored finding's message in the reader's language. Findings are stored with their check's
 * message params (strings, domain/checks/types.ts), never with a sentence; the params a check
 * declares as numbers (`numberParams`) are handed to i18next as numbers here, so they come out in
 * the reader's digits (format-value.ts) and `count` picks the plural form.
 */
import type { TFunction } from "i18next";
import { checkById } from "../domain/checks/registry.js";

/** A translator in one language: i18next's fixed t(), or any function of the same shape. */
type Translate = TFunction | ((key: string, params?: Record<string, unknown>) => string);

/** The params with the check's number params as numbers (an empty or unreadable one as it was). */
export function messageParams(checkId: string, params: Readonly<Record<string, string>>): Record<string, string | number> {
  const numbers = checkById(checkId)?.numberParams ?? [];
  const out: Record<string, string | number> = { ...params };
  for (const name of numbers) {
    const text = params[name];
    if (text === undefined || text.trim() === "") continue;
    const value = Number(text);
    if (Number.isFinite(value)) out[name] = value;
  }
  return out;
}

export function findingMessage(t: Translate, checkId: string, params: Readonly<Record<string, string>>): string {
  return (t as (key: string, params?: Record<string, unknown>) => string)(`checks.${checkId}.message`, messageParams(checkId, params));
}
