import { paint, type Style } from './ansi.js';

/** A run of text in one style; `styles` is empty for plain text. */
export interface Piece {
  readonly text: string;
  readonly styles?: readonly Style[];
}

interface Word {
  readonly text: string;
  readonly styles: readonly Style[];
  /** The spaces before the word in the flowing text; dropped where a line breaks. */
  readonly gap: string;
}

interface Run {
  text: string;
  styles: readonly Style[];
}

/**
 * Lays styled pieces out as lines of at most `width` visible columns, breaking at spaces
 * only (a word longer than a line gets a line of its own) and keeping runs of spaces used
 * for alignment. Styles are closed at the end of each line and reopened on the next, so
 * no colour bleeds into a pager's prompt. `firstIndent` starts the first line, `indent`
 * the others.
 */
export function wrap(pieces: readonly Piece[], options: { width: number; firstIndent: string; indent: string; color: boolean }): string[] {
  const limit = options.width > 0 && Number.isFinite(options.width) ? options.width : Infinity;
  const lines: string[] = [];
  let prefix = options.firstIndent;
  let visible = prefix.length;
  let empty = true;
  let runs: Run[] = [];

  const flush = (): void => {
    lines.push(prefix + runs.map((run) => (options.color ? paint(run.text, run.styles) : run.text)).join(''));
    runs = [];
  };
  const append = (text: string, styles: readonly Style[]): void => {
    const last = runs[runs.length - 1];
    if (last && sameStyles(last.styles, styles)) last.text += text;
    else runs.push({ text, styles });
    visible += text.length;
  };

  for (const cluster of toClusters(toWords(pieces))) {
    const first = cluster[0]!;
    const width = cluster.reduce((sum, word, k) => sum + (k > 0 ? word.gap.length : 0) + word.text.length, 0);
    if (!empty && visible + first.gap.length + width > limit) {
      flush();
      prefix = options.indent;
      visible = prefix.length;
      empty = true;
    }
    if (!empty || lines.length === 0) {
      // A gap inside one styled phrase keeps the phrase's style (a highlighted deletion
      // reads as one block); a gap between differently styled words stays plain.
      const previous = runs[runs.length - 1];
      append(first.gap, previous && sameStyles(previous.styles, first.styles) ? first.styles : []);
    }
    cluster.forEach((word, k) => {
      // Within a cluster only a count's gap is left: it stays, in the plain style.
      if (k > 0 && word.gap !== '') append(word.gap, []);
      append(word.text, word.styles);
    });
    empty = false;
  }
  flush();
  return lines;
}

/** Splits the pieces at spaces; a piece that continues a word without a space is glued to it. */
function toWords(pieces: readonly Piece[]): Word[] {
  const words: Word[] = [];
  let gap = '';
  for (const piece of pieces) {
    const styles = piece.styles ?? [];
    let current = '';
    let currentGap = '';
    for (const char of piece.text) {
      if (char === ' ') {
        if (current !== '') words.push({ text: current, styles, gap: currentGap });
        current = '';
        gap += ' ';
      } else {
        if (current === '') {
          currentGap = gap;
          gap = '';
        }
        current += char;
      }
    }
    if (current !== '') words.push({ text: current, styles, gap: currentGap });
  }
  return words;
}

/**
 * A line never ends on a bare count or a `·` separator: "33 divergences" and "· 0
 * artefacts" read wrongly when split, so such a word keeps the next one on its line.
 */
const HOLDS_NEXT_WORD = /^(?:[\d.,]+|·)$/u;

/** Words that no space separates must stay on one line together, and so must a count and its noun. */
function toClusters(words: readonly Word[]): Word[][] {
  const clusters: Word[][] = [];
  for (const word of words) {
    const last = clusters[clusters.length - 1];
    const previous = last?.[last.length - 1];
    if (last && (word.gap === '' || HOLDS_NEXT_WORD.test(previous!.text))) last.push(word);
    else clusters.push([word]);
  }
  return clusters;
}

function sameStyles(x: readonly Style[], y: readonly Style[]): boolean {
  return x.length === y.length && x.every((style, index) => style === y[index]);
}
