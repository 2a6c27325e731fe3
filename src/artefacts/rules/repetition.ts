import type { Document, Token } from '../../text/types.js';
import {
  ADJECTIVE_SLOT_CUES,
  COORDINATION_FRAMES,
  GRAMMATICAL_DOUBLES,
  IDIOMATIC_COORDINATIONS,
  LONE_RESTART_CLASSES,
  RESTART_FRAME_VERBS,
  RESTART_FRAME_WORDS,
  RESTART_LEADERS,
} from '../data/repetition.js';
import { englishDictionary, isEnglishWord } from '../lexicon/english-dictionary.js';
import type { ArtefactDraft, ArtefactRule, RuleMeta } from '../rule.js';
import { quotedOffsets } from '../text/quoted.js';

export const ADJACENT_REPEAT: RuleMeta = {
  id: 'repetition/adjacent',
  family: 'repetition',
  severity: 'warning',
  description: 'The same word twice in a row ("the the"), except doubles English uses on purpose ("had had", "that that").',
  example: { text: 'They met in the the capital.', finding: 'repetition/adjacent "the the" → the' },
};

export const COORDINATED_REPEAT: RuleMeta = {
  id: 'repetition/coordinated',
  family: 'repetition',
  severity: 'warning',
  description:
    'A word coordinated with itself ("a serious and serious mistake"), except idioms ("more and more") and comparatives ("bigger and bigger").',
  example: { text: 'It would be a serious and serious mistake.', finding: 'repetition/coordinated "serious and serious" → serious' },
};

export const RESTART: RuleMeta = {
  id: 'repetition/restart',
  family: 'repetition',
  severity: 'warning',
  description:
    'A short phrase broken off at a comma and at once restarted: the same frame of function words ("in the, in the capital", "we will, we will not", "he said, he said that") or the same leader with another verb ("the right to do, to choose their path"). A machine-translation retry left in the text; content words repeated for emphasis ("a long, long time") and speech inside quotation marks are left alone.',
  example: { text: 'the right of all countries to do, to choose their own path', finding: 'repetition/restart "to do, to choose" → to choose' },
};

const COORDINATORS = new Set(['and', 'or', 'nor']);

/** Only spaces (no punctuation, no line break) between two tokens. */
function spaceOnlyBetween(document: Document, left: Token, right: Token): boolean {
  const gap = document.text.slice(left.end, right.start);
  return gap.length > 0 && gap.trim() === '' && !gap.includes('\n');
}

function isComparative(lower: string): boolean {
  return lower.length > 4 && (lower.endsWith('er') || lower.endsWith('ier'));
}

function findAdjacent(document: Document): ArtefactDraft[] {
  const drafts: ArtefactDraft[] = [];
  const { tokens } = document;
  for (let i = 1; i < tokens.length; i++) {
    const left = tokens[i - 1]!;
    const right = tokens[i]!;
    if (left.kind !== 'word' || right.kind !== 'word' || left.lower !== right.lower) continue;
    if (GRAMMATICAL_DOUBLES.has(left.lower) || left.lower.length === 1 && left.lower !== 'a') continue;
    if (!spaceOnlyBetween(document, left, right)) continue;
    // Name doubles ("Sirhan Sirhan", "Boutros Boutros-Ghali") are capitalised both times.
    if (left.norm.charAt(0) !== left.norm.charAt(0).toLowerCase() && right.norm === left.norm && i > 1) {
      const before = tokens[i - 2];
      if (before && before.sentence === left.sentence && before.kind === 'word') continue;
    }
    drafts.push({
      ruleId: ADJACENT_REPEAT.id,
      family: 'repetition',
      start: left.start,
      end: right.end,
      expected: [left.text],
      message: `"${left.text}" is repeated.`,
      severity: 'warning',
      confidence: 0.9,
    });
  }
  return drafts;
}

/** A plural or verb form of a known word ("dozens", "laughed", "talking"), not "serious". */
function isInflected(lower: string): boolean {
  for (const ending of ['s', 'es', 'ed', 'd', 'ing']) {
    if (lower.endsWith(ending) && lower.length > ending.length + 2 && isEnglishWord(lower.slice(0, -ending.length))) return true;
  }
  return false;
}

function findCoordinated(document: Document): ArtefactDraft[] {
  const drafts: ArtefactDraft[] = [];
  const { tokens } = document;
  for (let i = 1; i + 1 < tokens.length; i++) {
    const coordinator = tokens[i]!;
    if (!COORDINATORS.has(coordinator.lower)) continue;
    const left = tokens[i - 1]!;
    const right = tokens[i + 1]!;
    if (left.kind !== 'word' || right.kind !== 'word' || left.lower !== right.lower) continue;
    if (IDIOMATIC_COORDINATIONS.has(left.lower) || COORDINATION_FRAMES.has(left.lower) || isComparative(left.lower)) continue;
    if (!spaceOnlyBetween(document, left, coordinator) || !spaceOnlyBetween(document, coordinator, right)) continue;
    if (left.lower.length < 3 || tokens[i + 2]?.lower === 'not') continue;
    // English repeats plurals and verb forms for emphasis ("years and years", "laughed and
    // laughed", "talking and talking"); a translation's slip sits in an adjective slot.
    if (isInflected(left.lower)) continue;
    const cue = tokens[i - 2];
    if (!cue || cue.sentence !== left.sentence || !ADJECTIVE_SLOT_CUES.has(cue.lower)) continue;
    drafts.push({
      ruleId: COORDINATED_REPEAT.id,
      family: 'repetition',
      start: left.start,
      end: right.end,
      expected: [left.text],
      message: `"${left.text}" is coordinated with itself ("${coordinator.text}"); one of them is probably a different word in the original.`,
      severity: 'warning',
      confidence: 0.8,
    });
  }
  return drafts;
}

/**
 * `F w1, F w2 …`: a function word, one word, a comma, the same function word and a
 * different word that the sentence then carries on from. Lists ("to read, to write and
 * to count") and series that continue with another comma are left alone.
 */
function findRestarts(document: Document): ArtefactDraft[] {
  const drafts: ArtefactDraft[] = [];
  const { tokens } = document;
  for (let i = 1; i + 5 < tokens.length; i++) {
    const leader = tokens[i]!;
    if (!RESTART_LEADERS.has(leader.lower)) continue;
    const first = tokens[i + 1]!;
    const comma = tokens[i + 2]!;
    const again = tokens[i + 3]!;
    const second = tokens[i + 4]!;
    const after = tokens[i + 5]!;
    const before = tokens[i - 1]!;
    if (comma.norm !== ',' || again.lower !== leader.lower) continue;
    if (first.kind !== 'word' || second.kind !== 'word' || after.kind !== 'word' || first.lower === second.lower) continue;
    if (before.kind !== 'word' || before.sentence !== leader.sentence || after.sentence !== leader.sentence) continue;
    if (!isVerb(first.lower) || !isVerb(second.lower)) continue;
    if (continuesAsSeries(tokens, i + 5, leader.lower)) continue;
    drafts.push({
      ruleId: RESTART.id,
      family: 'repetition',
      start: leader.start,
      end: second.end,
      expected: [document.text.slice(again.start, second.end)],
      message: `"${document.text.slice(leader.start, first.end)}" is restarted as "${document.text.slice(again.start, second.end)}": probably a retry left in the translation.`,
      severity: 'warning',
      confidence: 0.6,
    });
  }
  return drafts;
}

/** The longest frame echoed across a comma, and the phrase's first token index. */
const MAX_FRAME = 3;

/**
 * Whether tokens `[from, from + length)` form a restartable frame: function words only, or
 * a subject pronoun and a reporting verb ("he said").
 */
function isFrame(tokens: readonly Token[], from: number, length: number): boolean {
  for (let k = 0; k < length; k++) {
    const token = tokens[from + k]!;
    if (token.kind !== 'word') return false;
    const wordClass = RESTART_FRAME_WORDS.get(token.lower);
    if (wordClass !== undefined && (length > 1 || LONE_RESTART_CLASSES.has(wordClass))) continue;
    const isLast = k === length - 1;
    if (isLast && k > 0 && RESTART_FRAME_VERBS.has(token.lower) && RESTART_FRAME_WORDS.get(tokens[from + k - 1]!.lower)?.endsWith('pronoun')) continue;
    return false;
  }
  return true;
}

/** `F, F X`: the same frame twice across a comma, the second one carried on. */
function findEchoRestarts(document: Document, quoted: (offset: number) => boolean): ArtefactDraft[] {
  const drafts: ArtefactDraft[] = [];
  const { tokens } = document;
  for (let c = 1; c + 1 < tokens.length; c++) {
    const comma = tokens[c]!;
    if (comma.norm !== ',') continue;
    for (let length = Math.min(MAX_FRAME, c); length >= 1; length--) {
      const left = c - length;
      const right = c + 1;
      const after = tokens[right + length];
      if (!after || after.kind !== 'word' || after.sentence !== comma.sentence) continue;
      let same = true;
      for (let k = 0; k < length && same; k++) same = tokens[left + k]!.lower === tokens[right + k]?.lower;
      if (!same || !isFrame(tokens, left, length)) continue;
      // The frame starts a phrase: a longer echo, or a word before it that is echoed too, is
      // another finding or a series ("we, we, we").
      if (tokens[left - 1]?.lower === tokens[right + length - 1]?.lower && length < MAX_FRAME) break;
      const start = tokens[left]!.start;
      // Speakers restart for real; a transcript keeps it.
      if (quoted(start)) break;
      if (continuesAsSeries(tokens, right + length, tokens[left]!.lower)) break;
      const end = after.end;
      const restarted = document.text.slice(tokens[right]!.start, end);
      drafts.push({
        ruleId: RESTART.id,
        family: 'repetition',
        start,
        end,
        expected: [restarted],
        message: `"${document.text.slice(start, tokens[c - 1]!.end)}" is broken off and restarted as "${restarted}": probably a retry left in the translation.`,
        severity: 'warning',
        confidence: 0.6,
      });
      break;
    }
  }
  return drafts;
}

/** A verb's base form: the dictionary knows its -ing form ("do" → "doing", "put" → "putting"). */
function isVerb(lower: string): boolean {
  const dictionary = englishDictionary();
  return (
    dictionary.has(`${lower}ing`) ||
    (lower.endsWith('e') && dictionary.has(`${lower.slice(0, -1)}ing`)) ||
    dictionary.has(`${lower}${lower.charAt(lower.length - 1)}ing`)
  );
}

/** Whether the same leader comes back within the sentence after a comma or "and"/"or": a series, not a restart. */
function continuesAsSeries(tokens: readonly Token[], from: number, leader: string): boolean {
  const sentence = tokens[from]?.sentence;
  for (let k = from; k < tokens.length && k < from + 12; k++) {
    const token = tokens[k]!;
    if (token.sentence !== sentence) return false;
    const previous = tokens[k - 1]!;
    if (token.lower === leader && (previous.norm === ',' || previous.lower === 'and' || previous.lower === 'or')) return true;
  }
  return false;
}

export const repetitionRule: ArtefactRule = {
  meta: [ADJACENT_REPEAT, COORDINATED_REPEAT, RESTART],
  detect(context, enabled) {
    const { document } = context;
    return [
      ...(enabled(ADJACENT_REPEAT.id) ? findAdjacent(document) : []),
      ...(enabled(COORDINATED_REPEAT.id) ? findCoordinated(document) : []),
      ...(enabled(RESTART.id) ? [...findRestarts(document), ...findEchoRestarts(document, quotedOffsets(document))] : []),
    ];
  },
};
