/**
 * Feedback where the eyes are: every message goes to the live region (#status-line, sticky at the
 * top of the view so it stays in sight while scrolling, and read out by screen readers) and, when
 * it concerns a row, beside that row too. One message beside one row at a time.
 */
import type { FeedbackState } from "./page-context.js";

export function createFeedback(live: HTMLElement | null): FeedbackState {
  let beside: HTMLElement | null = null;
  return {
    say(text, options = {}) {
      const error = options.error === true;
      if (live) {
        // Errors interrupt; other news waits for a pause.
        live.setAttribute("aria-live", error ? "assertive" : "polite");
        live.textContent = text;
        live.classList.toggle("error", error);
      }
      beside?.remove();
      beside = null;
      if (options.row && text !== "") {
        beside = document.createElement("p");
        beside.className = `row-message${error ? " error" : ""}`;
        beside.textContent = text;
        options.row.append(beside);
      }
    },
  };
}
