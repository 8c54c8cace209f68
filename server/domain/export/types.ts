/**
 * What an exporter receives and what it must do. The service (services/export-corpus.ts) turns the
 * store's pairs into export units (filters, one-sided handling, sentence pass); an exporter only
 * writes units in its format. Units arrive as an async stream, one document after another, so a
 * corpus never sits in memory whole and the writer can wait for a slow reader (backpressure).
 *
 * A unit's sides are lists of paragraphs (one element for a sentence unit, none for an empty
 * side); each format says how it joins them (a newline in XML, JSONL, TSV and CSV; a space in
 * Moses, whose lines may not break).
 */
import type { Writable } from "node:stream";
import type { CorpusPair } from "./corpus-pair.js";

export type Granularity = "paragraph" | "sentence";

/** A pair of the corpus as the store streams it (CorpusPair), with its place in the export. */
export type ExportUnit = Omit<CorpusPair, "position"> & {
  /** The unit's id, as a reviewer finds it on screen: `<document>-<row>` or `<document>-<row>.<sentence>` (1-based). */
  id: string;
  /** 0-based index of the sentence pair inside its bead (sentence granularity), else null. */
  sentence: number | null;
};

export type ExportMeta = {
  /** The corpus name (used in file names and headers). */
  name: string;
  granularity: Granularity;
  /** When the export was made; fixed in golden-file tests. */
  createdAt: Date;
  tool: { name: string; version: string };
};

export type ExportCorpus = { meta: ExportMeta; units: AsyncIterable<ExportUnit> };

type ExporterBase = {
  /** Permanent id, as given to `--format`. */
  id: string;
  /** Whether a unit with an empty side can be written (else one-sided pairs are left out, counted). */
  allowsEmptySide: boolean;
};

/** Formats written to one file. */
export type SingleFileExporter = ExporterBase & {
  kind: "single";
  extension: string;
  contentType: string;
  write(corpus: ExportCorpus, out: Writable, options?: WriteOptions): Promise<void>;
};

/** Line-aligned formats written as one file per language (Moses: `<prefix>.en` and `<prefix>.ar`). */
export type ParallelExporter = ExporterBase & {
  kind: "parallel";
  /** File name extension per side. */
  extension: { en: string; ar: string };
  contentType: string;
  write(corpus: ExportCorpus, out: { en: Writable; ar: Writable }, options?: WriteOptions): Promise<void>;
};

export type Exporter = SingleFileExporter | ParallelExporter;

export type WriteOptions = {
  /** Start text files with a UTF-8 byte order mark (spreadsheets need it to guess the encoding). */
  bom?: boolean;
};
