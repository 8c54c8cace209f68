/**
 * Live progress on a job's page (/jobs/:id): while the job runs, asks /jobs/:id/progress.json every
 * second and writes the answer's words (already in the reader's language and digits) into the
 * page's fields; once the job has ended, reloads the page once so its result or error shows. Text
 * only (textContent), never markup. Without the script the page refreshes itself (<noscript>).
 */
/** What /jobs/:id/progress.json answers (services/jobs-view.ts, JobProgressView): words ready to show. */
type JobProgressView = {
  live: boolean; stateLabel: string; stageLabel: string; progressText: string; rateText: string; leftText: string;
  percent: number | null; cancelRequested: boolean;
};

const POLL_MS = 1000;
const TEXT_FIELDS = ["stateLabel", "stageLabel", "progressText", "rateText", "leftText"] as const;

function show(section: HTMLElement, view: JobProgressView): void {
  for (const name of TEXT_FIELDS) {
    const field = section.querySelector<HTMLElement>(`[data-field="${name}"]`);
    if (field) field.textContent = view[name];
  }
  const bar = section.querySelector<HTMLProgressElement>('progress[data-field="percent"]');
  if (bar) {
    if (view.percent === null) bar.removeAttribute("value");
    else bar.value = view.percent;
  }
  const cancelling = section.querySelector<HTMLElement>('[data-field="cancelling"]');
  if (cancelling) cancelling.hidden = !(view.cancelRequested && view.live);
}

export function wireJobProgress(): void {
  const section = document.getElementById("job-progress");
  if (!section || section.dataset.live !== "yes") return;
  const url = `/jobs/${section.dataset.job ?? ""}/progress.json`;
  const tick = async () => {
    let view: JobProgressView | null = null;
    try {
      const res = await fetch(url, { headers: { accept: "application/json" }, credentials: "same-origin" });
      if (res.ok) view = (await res.json()) as JobProgressView;
    } catch {
      view = null;
    }
    if (view) {
      show(section, view);
      if (!view.live) {
        window.location.reload();
        return;
      }
    }
    window.setTimeout(() => void tick(), POLL_MS);
  };
  window.setTimeout(() => void tick(), POLL_MS);
}
