/**
 * Moses plain text, the input of most MT training tools: two files, `<prefix>.en` and
 * `<prefix>.ar`, with line k of one the translation of line k of the other. Line breaks inside a
 * unit are flattened to spaces. An empty line would be read as a pair with an empty side, which
 * training tools drop or choke on, so this format does not allow one-sided pairs: they are left
 * out and counted in the export report.
 */
import { ChunkWriter } from "./chunk-writer.js";
import { mosesLine } from "./escape.js";
import type { ParallelExporter } from "./types.js";

export const moses: ParallelExporter = {
  id: "moses",
  kind: "parallel",
  extension: { en: "en", ar: "ar" },
  contentType: "text/plain; charset=utf-8",
  allowsEmptySide: false,
  async write(corpus, out) {
    const en = new ChunkWriter(out.en);
    const ar = new ChunkWriter(out.ar);
    for await (const unit of corpus.units) {
      en.add(mosesLine(unit.en) + "\n");
      ar.add(mosesLine(unit.ar) + "\n");
      await en.maybeFlush();
      await ar.maybeFlush();
    }
    await en.flush();
    await ar.flush();
  },
};
