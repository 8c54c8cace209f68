/**
 * A trigram language model of English with Katz back-off, read from the compact file that
 * scripts/build-language-model.ts makes (model-format.ts). It answers how likely a word is after
 * the two before it, and by how much a sentence gets likelier when one word is swapped for
 * another: the score the real-word check and other context checks use.
 *
 * Conventions: a sentence is an array of lower-case words without punctuation; position −1 is the
 * sentence start (<s>) and position `words.length` its end (</s>). Scores are log10. A word the
 * model lacks scores UNKNOWN_LOG_PROB and, as context, leaves only the shorter history.
 * Pure: built from bytes; a loader outside the domain reads the file.
 */
import { ngramKey } from "./ngram-hash.js";
import { CODES, FORMAT_VERSION, HEADER_BYTES, MAGIC, layoutOf } from "./model-format.js";

/** log10 probability given to a word outside the vocabulary (below the rarest word, about −7.9). */
export const UNKNOWN_LOG_PROB = -8;

export class LanguageModelFormatError extends Error {}

function find(keys: Uint32Array, key: number): number {
  let lo = 0;
  let hi = keys.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const k = keys[mid] as number;
    if (k < key) lo = mid + 1;
    else if (k > key) hi = mid - 1;
    else return mid;
  }
  return -1;
}

export class NgramModel {
  private readonly ids: Map<string, number>;
  private readonly start: number;
  private readonly end: number;

  private constructor(
    readonly words: readonly string[],
    private readonly unigramProb: Float32Array,
    private readonly unigramBackoff: Float32Array,
    private readonly bigramKeys: Uint32Array,
    private readonly bigramProb: Uint8Array,
    private readonly bigramBackoff: Uint8Array,
    private readonly trigramKeys: Uint32Array,
    private readonly trigramProb: Uint8Array,
    private readonly books: readonly [Float32Array, Float32Array, Float32Array],
  ) {
    this.ids = new Map(words.map((w, k) => [w, k]));
    this.start = this.ids.get("<s>") ?? -1;
    this.end = this.ids.get("</s>") ?? -1;
  }

  /** Reads the compact file's bytes (kept, not copied, when they start on a 4-byte boundary). */
  static fromBytes(input: Uint8Array): NgramModel {
    const bytes = input.byteOffset % 4 === 0 ? input : new Uint8Array(input);
    if (bytes.byteLength < HEADER_BYTES || new TextDecoder().decode(bytes.subarray(0, 4)) !== MAGIC) throw new LanguageModelFormatError("not a mizan language model file");
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const [version, vocabulary, bigrams, trigrams, wordBytes] = [4, 8, 12, 16, 20].map((at) => view.getUint32(at, true)) as [number, number, number, number, number];
    if (version !== FORMAT_VERSION) throw new LanguageModelFormatError(`language model format ${version}, expected ${FORMAT_VERSION}`);
    const layout = layoutOf(vocabulary, bigrams, trigrams, wordBytes);
    if (layout.total !== bytes.byteLength) throw new LanguageModelFormatError(`language model file is ${bytes.byteLength} bytes, expected ${layout.total}`);
    const f32 = (at: number, n: number) => new Float32Array(bytes.buffer, bytes.byteOffset + at, n);
    const u32 = (at: number, n: number) => new Uint32Array(bytes.buffer, bytes.byteOffset + at, n);
    const words = new TextDecoder().decode(bytes.subarray(layout.words, layout.words + wordBytes)).split("\n");
    if (words.length !== vocabulary) throw new LanguageModelFormatError(`expected ${vocabulary} words, found ${words.length}`);
    return new NgramModel(
      words, f32(layout.unigramProb, vocabulary), f32(layout.unigramBackoff, vocabulary),
      u32(layout.bigramKeys, bigrams), bytes.subarray(layout.bigramProb, layout.bigramProb + bigrams), bytes.subarray(layout.bigramBackoff, layout.bigramBackoff + bigrams),
      u32(layout.trigramKeys, trigrams), bytes.subarray(layout.trigramProb, layout.trigramProb + trigrams),
      [f32(layout.codeBooks, CODES), f32(layout.codeBooks + 4 * CODES, CODES), f32(layout.codeBooks + 8 * CODES, CODES)],
    );
  }

  get vocabularySize(): number {
    return this.words.length;
  }

  /** The word's id, or −1 when the model lacks it. */
  idOf(word: string): number {
    return this.ids.get(word) ?? -1;
  }

  knows(word: string): boolean {
    return this.ids.has(word);
  }

  /** log10 P(word) on its own (UNKNOWN_LOG_PROB for a word the model lacks). */
  unigramLogProb(word: string): number {
    const id = this.idOf(word);
    return id < 0 ? UNKNOWN_LOG_PROB : (this.unigramProb[id] as number);
  }

  /** log10 P(w | b): the bigram if stored, else b's back-off plus P(w). Ids; b < 0 means no history. */
  private bigram(b: number, w: number): number {
    if (w < 0) return UNKNOWN_LOG_PROB;
    if (b < 0) return this.unigramProb[w] as number;
    const at = find(this.bigramKeys, ngramKey(b, w));
    if (at >= 0) return this.books[0][this.bigramProb[at] as number] as number;
    return (this.unigramBackoff[b] as number) + (this.unigramProb[w] as number);
  }

  /** log10 P(w | a b) with back-off to the bigram; a < 0 means a history of b alone. */
  private trigram(a: number, b: number, w: number): number {
    if (w < 0) return UNKNOWN_LOG_PROB;
    if (a < 0 || b < 0) return this.bigram(b, w);
    const at = find(this.trigramKeys, ngramKey(a, b, w));
    if (at >= 0) return this.books[2][this.trigramProb[at] as number] as number;
    const context = find(this.bigramKeys, ngramKey(a, b));
    const backoff = context >= 0 ? (this.books[1][this.bigramBackoff[context] as number] as number) : 0;
    return backoff + this.bigram(b, w);
  }

  /** Word ids of a sentence with its start and end markers: [<s>, w0 … wn−1, </s>]. */
  private idsOf(words: readonly string[]): number[] {
    return [this.start, ...words.map((w) => this.idOf(w)), this.end];
  }

  private termAt(ids: readonly number[], j: number): number {
    return this.trigram(j >= 2 ? (ids[j - 2] as number) : -1, j >= 1 ? (ids[j - 1] as number) : -1, ids[j] as number);
  }

  /** log10 P(words[i] | words[i−2], words[i−1]); i = words.length scores the sentence end. */
  logProb(words: readonly string[], i: number): number {
    return this.termAt(this.idsOf(words), i + 1);
  }

  /** log10 P of the whole sentence, start and end markers included. */
  sentenceLogProb(words: readonly string[]): number {
    const ids = this.idsOf(words);
    let sum = 0;
    for (let j = 1; j < ids.length; j++) sum += this.termAt(ids, j);
    return sum;
  }

  /**
   * How much likelier the sentence is with `alternative` at `index` than as written, in log10:
   * the three trigram terms that see position `index` (its own, and those of the next two
   * words or the sentence end), with the alternative minus as written. Positive: the alternative fits better.
   */
  compare(words: readonly string[], index: number, alternative: string): number {
    const ids = this.idsOf(words);
    const j = index + 1;
    const window = (list: readonly number[]) => {
      let sum = 0;
      for (let k = j; k <= Math.min(j + 2, list.length - 1); k++) sum += this.termAt(list, k);
      return sum;
    };
    const written = window(ids);
    const swapped = [...ids];
    swapped[j] = this.idOf(alternative);
    return window(swapped) - written;
  }
}
