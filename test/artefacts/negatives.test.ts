import { describe, expect, it } from 'vitest';
import { detectArtefacts } from '../../src/artefacts/index.js';
import { shortFinding } from './helpers.js';

/** Findings at warning or above: what a reader would see flagged. */
const warnings = (text: string, sourceLanguage?: 'it' | 'fr' | 'es' | 'de' | 'pt'): string[] =>
  detectArtefacts(text, sourceLanguage ? { sourceLanguage } : undefined)
    .filter((a) => a.severity !== 'info')
    .map(shortFinding);

describe('clean English stays quiet', () => {
  it('grammatical doubles and idioms are not repetitions', () => {
    expect(warnings('She had had enough. He said that that was final. Prices rose more and more, again and again, and the debate went on and on.')).toEqual([]);
    expect(warnings('The reforms may or may not pass. Turnout grew bigger and bigger. There are dozens and dozens of stories, and she laughed and laughed.')).toEqual([]);
  });

  it('lists and comparative correlatives are not restarts', () => {
    expect(warnings('Children learn to read, to write and to count. At the end of the day, the responsibility is his. The bigger the turnout, the better.')).toEqual([]);
  });

  it('suspended hyphens, abbreviations, decimals and domains are not typography errors', () => {
    expect(warnings('Medium- and shorter-range missiles, pre- and post-war Europe, 18- to 25-year-olds.')).toEqual([]);
    expect(warnings('The U.S. and the U.K. met at 9 a.m. on Jan. 5, e.g. in Washington, D.C. where growth was 3.5 percent, as example.com reported.')).toEqual([]);
    expect(warnings('He wrote for The New York Times and read “The Economist.”')).toEqual([]);
  });

  it('nested quotes in another style and quotes running over paragraphs are balanced', () => {
    expect(warnings('«He told me “never again” last year», she said.')).toEqual([]);
    expect(warnings('“The first paragraph of a long quote goes on,\n\n“and the second one closes it,” he said.')).toEqual([]);
  });

  it('borrowed phrases and name particles are not untranslated', () => {
    expect(warnings('The de facto leader met Charles de Gaulle’s biographer in Los Angeles and Ursula von der Leyen, per se a quid pro quo.')).toEqual([]);
  });

  it('ambiguous false friends need the source language and a context word', () => {
    const text = 'The actual cost of the eventual agreement was sensible.';
    expect(warnings(text)).toEqual([]);
    expect(detectArtefacts(text).filter((a) => a.family === 'false-friend')).toEqual([]);
  });

  it('everyday senses of context-gated false friends stay quiet whatever the source language', () => {
    const text = [
      'The senator made the argument that the state must tackle rents. A polling firm collected the answers.',
      'Families get little or no support, and the burden falls on volunteers. For instance, the filing cites a law a federal judge struck down.',
      'Assuming they keep their jobs, the workers will do well. The mayor intervened: if the council would debate it, she would sign.',
      'The minister for health said the actual cost of the program had doubled. The parents of the victims spoke to reporters.',
      'He pitched in the Eastern Conference Championship Series. A leading Supreme Court advocate said the ruling would stand.',
    ].join(' ');
    for (const language of ['it', 'fr', 'es', 'de', 'pt'] as const) expect(warnings(text, language)).toEqual([]);
    // The translation senses still fire, with their collocate next to them.
    expect(warnings('The actual government has fallen. The opposition began the collection of firms for a referendum.', 'it')).toEqual([
      'false-friend "actual" → current',
      'false-friend "firms" → signatures',
    ]);
  });

  it('a text wholly in British spelling is not a mixed variety', () => {
    expect(warnings('The council organised a programme for the neighbouring towns, and travellers filled the centre. Its colour was grey.')).toEqual([]);
  });

  it('pronouns that agree with their antecedent are not flagged', () => {
    expect(warnings('Senator Amy Klobuchar spoke first. She said she supported the bill. Senator John Thune said he did not.')).toEqual([]);
    expect(warnings('The problem, he said, is that the budget is too small. Instead, he proposed a new tax.')).toEqual([]);
  });

  it('a news story in clean English raises nothing', () => {
    const text = [
      'BRUSSELS — European Union leaders agreed early on Friday to open membership talks with Ukraine and Moldova, overriding objections from Hungary after a marathon summit.',
      '"This is a victory for Ukraine and for all of Europe," said Charles Michel, the president of the European Council. He added that the decision sent "a strong signal of hope."',
      'Hungary\u2019s prime minister, Viktor Orban, left the room before the vote so that the decision could be taken unanimously, officials said. Mr. Orban later called it "a bad decision."',
      'Ursula von der Leyen, the head of the European Commission, said the bloc would now prepare a negotiating framework. She said Kyiv had completed most of the required reforms.',
      'The talks are expected to take years. Turkey, which applied in 1987, is still waiting.',
    ].join('\n\n');
    expect(warnings(text)).toEqual([]);
    expect(warnings(text, 'fr')).toEqual([]);
  });
});
