/**
 * Deterministic adversarial inputs for the robustness benchmark and for robustness tests.
 *
 * Each generator returns the same string for the same options. `scale` shrinks or grows
 * the input (1 = the benchmark size; tests can pass 0.01 for a fast run with the same
 * structure), `seed` varies the content without changing its shape.
 */
import {
  COMBINING_MARKS,
  EMOJI_SEQUENCES,
  FILLER_WORDS,
  FORMAT_CHARACTERS,
  LONE_SURROGATES,
  QUOTE_MARKS,
  QUOTE_PAIRS,
  RTL_WORDS,
} from './data/filler.js';
import { createRandom, pick, randomInt } from './random.js';

export interface GenerateOptions {
  /** Varies the content, not the shape. @default 1 */
  readonly seed?: number;
  /** Multiplies the input's size (marks, characters or nesting depth). @default 1 */
  readonly scale?: number;
}

export interface AdversarialInput {
  /** Short stable id, usable as a file or fixture name. */
  readonly name: string;
  /** What the input stresses, for tables and test titles. */
  readonly description: string;
  readonly generate: (options?: GenerateOptions) => string;
}

function scaled(base: number, options: GenerateOptions | undefined): number {
  const scale = options?.scale ?? 1;
  if (!(scale > 0) || !Number.isFinite(scale)) throw new RangeError(`scale must be a positive number, got ${scale}`);
  return Math.max(1, Math.round(base * scale));
}

function randomFor(options: GenerateOptions | undefined, salt: number): () => number {
  // The salt keeps two generators with the same seed from producing correlated streams.
  return createRandom(((options?.seed ?? 1) * 0x9e3779b1 + salt) >>> 0);
}

function words(random: () => number, count: number): string {
  const picked: string[] = [];
  for (let i = 0; i < count; i++) picked.push(pick(random, FILLER_WORDS));
  return picked.join(' ');
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A news-like sentence, half of the time with a balanced, attributed quote. */
function sentence(random: () => number): string {
  if (random() < 0.5) return `${capitalise(words(random, 6 + randomInt(random, 9)))}.`;
  const [open, close] = pick(random, QUOTE_PAIRS);
  return `${open}${capitalise(words(random, 4 + randomInt(random, 8)))},${close} ${pick(random, FILLER_WORDS)} said.`;
}

/** Appends pieces until `length` code units, then cuts to exactly `length`. */
function fill(length: number, next: () => string): string {
  const pieces: string[] = [];
  let total = 0;
  while (total < length) {
    const piece = next();
    pieces.push(piece);
    total += piece.length;
  }
  return pieces.join('').slice(0, length);
}

/** 100,000 quote marks of every convention, opened and closed at random so they never balance. */
export function unbalancedQuoteMarks(options?: GenerateOptions): string {
  const random = randomFor(options, 1);
  const marks = scaled(100_000, options);
  const pieces: string[] = [];
  for (let i = 0; i < marks; i++) {
    const mark = pick(random, QUOTE_MARKS);
    const word = pick(random, FILLER_WORDS);
    // Attached before a word the mark reads as an opener, after it as a closer.
    pieces.push(random() < 0.6 ? `${mark}${word}` : `${word}${mark}`);
    pieces.push(random() < 0.1 ? '. ' : ' ');
  }
  return pieces.join('');
}

const GLUE = ['.', ',', ';', ':', '!', '?', '-', '/', '(', ')', '"', '\u201C', '\u201D', '\u2019', '\u00AB', '\u00BB'];

/** 1,000,000 characters of words, digits and punctuation with no whitespace at all. */
export function noWhitespace(options?: GenerateOptions): string {
  const random = randomFor(options, 2);
  return fill(scaled(1_000_000, options), () => pick(random, FILLER_WORDS) + pick(random, GLUE));
}

/** One sentence of 200,000 characters: words, commas and quoted phrases, a single final period. */
export function longSentence(options?: GenerateOptions): string {
  const random = randomFor(options, 3);
  const length = scaled(200_000, options);
  const body = fill(Math.max(0, length - 1), () => {
    const roll = random();
    if (roll < 0.05) return `\u201C${words(random, 2 + randomInt(random, 4))}\u201D `;
    if (roll < 0.2) return `${pick(random, FILLER_WORDS)}, `;
    return `${pick(random, FILLER_WORDS)} `;
  });
  return `${capitalise(body)}.`.slice(0, length);
}

/** Quotes nested 5,000 levels deep, each level opened with a cue and closed in reverse order. */
export function nestedQuotes(options?: GenerateOptions): string {
  const random = randomFor(options, 4);
  const depth = scaled(5_000, options);
  const closers: string[] = [];
  const pieces: string[] = [];
  for (let level = 1; level <= depth; level++) {
    const [open, close] = QUOTE_PAIRS[level % QUOTE_PAIRS.length] as readonly [string, string];
    pieces.push(`${capitalise(pick(random, FILLER_WORDS))} said ${open}`);
    closers.push(close);
  }
  pieces.push('Enough.');
  for (let level = depth; level >= 1; level--) pieces.push(closers[level - 1] as string);
  pieces.push(' the minister said.');
  return pieces.join('');
}

/**
 * 300,000 code units mixing right-to-left words and overrides, stacked combining marks,
 * emoji ZWJ sequences, invisible format characters and lone surrogates among English words.
 */
export function unicodeMix(options?: GenerateOptions): string {
  const random = randomFor(options, 5);
  return fill(scaled(300_000, options), () => {
    const roll = random();
    if (roll < 0.3) return `${pick(random, FILLER_WORDS)} `;
    if (roll < 0.45) return `${pick(random, RTL_WORDS)} `;
    if (roll < 0.55) return `\u202E${pick(random, FILLER_WORDS)}\u202C `;
    if (roll < 0.65) {
      let stacked = pick(random, ['e', 'a', 'o', 'A']);
      const marks = 1 + randomInt(random, 30);
      for (let i = 0; i < marks; i++) stacked += pick(random, COMBINING_MARKS);
      return `${stacked} `;
    }
    if (roll < 0.75) return pick(random, EMOJI_SEQUENCES);
    if (roll < 0.83) return pick(random, LONE_SURROGATES);
    if (roll < 0.93) return pick(random, FORMAT_CHARACTERS);
    if (roll < 0.97) return pick(random, QUOTE_MARKS);
    return '. ';
  });
}

function controlCharacter(random: () => number): string {
  const roll = random();
  if (roll < 0.25) return '\0';
  // C0 controls apart from tab, line feed and carriage return, which are ordinary layout.
  if (roll < 0.6) return String.fromCharCode(pick(random, [1, 2, 3, 4, 5, 6, 7, 8, 11, 12, 14, 15, 16, 20, 24, 26, 27, 31]));
  if (roll < 0.7) return '\u007F';
  if (roll < 0.85) return String.fromCharCode(0x80 + randomInt(random, 32));
  return pick(random, ['\u2028', '\u2029', '\u0085']);
}

/** 200,000 code units of sentences laced with NUL, C0/C1 controls, DEL and Unicode line separators. */
export function controlCharacters(options?: GenerateOptions): string {
  const random = randomFor(options, 6);
  return fill(scaled(200_000, options), () => {
    const roll = random();
    if (roll < 0.02) return '\0'.repeat(1 + randomInt(random, 1000));
    const text = sentence(random);
    const cut = randomInt(random, text.length + 1);
    return `${text.slice(0, cut)}${controlCharacter(random)}${text.slice(cut)} `;
  });
}

const LINE_BREAKS = ['\r\n', '\r\n\r\n', '\r', '\r\r', '\n\r', '\r\n\r', '\n'];

/** 200,000 code units of quoted paragraphs separated by CRLF, lone CR and mixed line endings. */
export function lineEndings(options?: GenerateOptions): string {
  const random = randomFor(options, 7);
  return fill(scaled(200_000, options), () => {
    const text = sentence(random);
    // Sometimes a hard wrap with a lone CR lands inside the sentence, even inside its quote.
    if (random() < 0.2) {
      const cut = randomInt(random, text.length + 1);
      return `${text.slice(0, cut)}\r${text.slice(cut)}${pick(random, LINE_BREAKS)}`;
    }
    return random() < 0.5 ? `${text} ` : `${text}${pick(random, LINE_BREAKS)}`;
  });
}

/** One block of HTML or Markdown whose syntax is full of quote characters. */
function markupBlock(random: () => number): string {
  const text = sentence(random);
  const plain = words(random, 3 + randomInt(random, 5));
  switch (randomInt(random, 12)) {
    case 0:
      return `<p class="lead" data-quote='\u201C${plain}\u201D'>${text}</p>\n`;
    case 1:
      return `<blockquote cite="https://example.org/?q=&quot;${plain}&quot;">&ldquo;${plain}&rdquo; &#8212; ${text}</blockquote>\n`;
    case 2:
      return `<script>var s = "${plain}"; if (a < b && "x" > 'y') { say('\u201C') }</script>\n`;
    case 3:
      return `<!-- "${plain}" \u00AB unclosed comment text --> ${text}\n`;
    case 4:
      return `> ${text}\n> > \u201C${plain}\n\n`;
    case 5:
      return `**${plain}** _\u201C${plain}_\u201D [${plain}](https://example.org/a_(b) "${plain}") ${text}\n\n`;
    case 6:
      return `\`\`\`js\nconst q = "${plain}"; // \u201C\n\`\`\`\n`;
    case 7:
      return `| speaker | quote |\n|---|---|\n| ${pick(random, FILLER_WORDS)} | "${plain}" |\n\n`;
    case 8:
      return `## ${capitalise(plain)}\n\n- ${text}\n- \u2018${plain}\n`;
    case 9:
      return `<div><span><em>${text}<b>\u201C${plain}</div>\n`;
    case 10:
      return `&quot;${plain}&quot; &laquo;${plain}&raquo; &#x201C;${plain}&#x201D; &amp;quot; ${text}\n`;
    default:
      return `<p>${text}</p>\n`;
  }
}

/** 200,000 code units of HTML and Markdown: tags, quoted attributes, entities, scripts, code fences. */
export function markup(options?: GenerateOptions): string {
  const random = randomFor(options, 8);
  return fill(scaled(200_000, options), () => markupBlock(random));
}

/** Every adversarial input, in the order the benchmark table lists them. */
export const ADVERSARIAL_INPUTS: readonly AdversarialInput[] = [
  { name: 'unbalanced-quotes', description: '100k unbalanced quote marks', generate: unbalancedQuoteMarks },
  { name: 'no-whitespace', description: '1 MB without whitespace', generate: noWhitespace },
  { name: 'long-sentence', description: 'one 200k-character sentence', generate: longSentence },
  { name: 'nested-quotes', description: 'quotes nested 5,000 deep', generate: nestedQuotes },
  { name: 'unicode-mix', description: 'RTL, combining marks, emoji ZWJ, lone surrogates', generate: unicodeMix },
  { name: 'control-characters', description: 'NUL and control characters', generate: controlCharacters },
  { name: 'line-endings', description: 'CRLF, lone CR, mixed line endings', generate: lineEndings },
  { name: 'markup', description: 'HTML and Markdown markup', generate: markup },
];
