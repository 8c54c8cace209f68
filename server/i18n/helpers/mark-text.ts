/**
 * {{markText text paragraphId findings}}: a paragraph's text, escaped, with the spans of its
 * findings wrapped in <mark> (severity as a class, the message as a tooltip) and invisible
 * characters shown as markers (show-controls.ts). Overlapping spans: the earlier one wins.
 */
import Handlebars from "handlebars";
import { showControls } from "./show-controls.js";

type Span = { paragraphId: number | null; start: number; end: number; severity: string; message: string; id: number };

export function markText(text: unknown, paragraphId: unknown, findings: unknown): Handlebars.SafeString {
  const value = String(text ?? "");
  const spans = (Array.isArray(findings) ? (findings as Span[]) : [])
    .filter((f) => f.paragraphId === paragraphId && f.end > f.start && f.end <= value.length)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  let out = "";
  let at = 0;
  for (const span of spans) {
    if (span.start < at) continue;
    out += showControls(value.slice(at, span.start)).toString();
    out += `<mark class="finding severity-${Handlebars.escapeExpression(span.severity)}" data-finding="${span.id}" title="${Handlebars.escapeExpression(span.message)}">`;
    out += showControls(value.slice(span.start, span.end)).toString();
    out += "</mark>";
    at = span.end;
  }
  out += showControls(value.slice(at)).toString();
  return new Handlebars.SafeString(out);
}
