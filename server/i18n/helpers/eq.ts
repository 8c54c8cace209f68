/**
 * {{#if (eq a b)}}: strict equality, for choosing classes and selected options in templates.
 */
export function eq(a: unknown, b: unknown): boolean {
  return a === b;
}
