/**
 * The alignment view's "Compact view" toggle in place: the form (#density-form, which works
 * without script as an ordinary POST) is sent to /api/preferences/density instead, and once the
 * server has stored the choice the page switches density (html[data-density], which the
 * stylesheet reads), the button says whether it is on (aria-pressed) and the form is ready to ask
 * for the other density. The current row stays in sight. A refused or failed request falls back
 * to the ordinary form, whose answer says why in the reader's language.
 */
import { send } from "./request.js";

export function wireDensityToggle(): void {
  const form = document.getElementById("density-form");
  if (!(form instanceof HTMLFormElement)) return;
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const wanted = form.querySelector<HTMLInputElement>('input[name="density"]');
    const button = form.querySelector<HTMLButtonElement>('button[type="submit"]');
    if (!wanted || !button) return;
    const density = wanted.value;
    void send<{ ok: boolean; density: string }>("POST", "/api/preferences/density", { density }).then((answer) => {
      if (!answer.ok) {
        form.submit();
        return;
      }
      const compact = answer.data.density === "compact";
      if (compact) document.documentElement.dataset.density = "compact";
      else delete document.documentElement.dataset.density;
      button.setAttribute("aria-pressed", String(compact));
      wanted.value = compact ? "normal" : "compact";
      document.querySelector(".rows > .row.picked")?.scrollIntoView({ block: "nearest" });
    });
  });
}
