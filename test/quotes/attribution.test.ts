import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/quotes/index.js';
import type { Quote } from '../../src/quotes/types.js';

// Speaker attribution on invented text, one phenomenon per case. Each quote reads
// `q1 “first words…” → Speaker Name` (`∅` when no speaker is found).

function attribution(text: string): string[] {
  return extractQuotes(text).map((quote: Quote, index) => {
    // A quote split by its cue shows its first part.
    const text = quote.parts?.[0]?.text ?? quote.text;
    const words = text.length > 24 ? `${text.slice(0, 24)}…` : text;
    return `q${index + 1} “${words}” → ${quote.speaker?.name ?? '∅'}`;
  });
}

describe('speaker attribution', () => {
  it('finds the cue after the first comma of a closing clause whose speaker has an apposition', () => {
    expect(
      attribution('“We are thrilled” about the vote, said Marta Quill, director of Open Fields, a group that backs the bill.'),
    ).toEqual(['q1 “We are thrilled” → Marta Quill']);
  });

  it('gives a quote that ends its sentence with a question to the cue before it, not to the next sentence', () => {
    expect(attribution('Nora Vale replies to Tom Reyes with, “Why today? Was it planned?” Reyes then writes back, “Yes.”')).toEqual([
      'q1 “Why today? Was it planne…” → Nora Vale',
      'q2 “Yes.” → Tom Reyes',
    ]);
  });

  it('gives a quote split by a participle cue to the subject of the sentence', () => {
    expect(attribution('Ana Ferro told the radio that the plan “was a costly mistake,” adding, “Nobody asked the farmers.”')).toEqual([
      'q1 “was a costly mistake” → Ana Ferro',
    ]);
  });

  it('links a two-word surname to the person named in full before', () => {
    expect(
      attribution('Debbie Garza Lind chaired the panel. Garza Lind, who is disliked by the left, said at the hearing that the draft “is an open process.”'),
    ).toEqual(['q1 “is an open process.” → Debbie Garza Lind']);
  });

  it('gives a quote to the noun phrase opening the clause when no name stands before the verb', () => {
    expect(attribution('The mayor met the council. But a source familiar with the talks said the vote was “a done deal either way.”')).toEqual([
      'q1 “a done deal either way.” → a source familiar',
    ]);
  });

  it('does not take a name after "by the" as the subject of the cue: the letter speaks', () => {
    expect(attribution('Rosa Imbert wrote to the board. A letter from Rosa Imbert obtained by The Daily Ledger warns that “any further delay will cost the town dearly.”')).toEqual([
      'q1 “any further delay will c…” → A letter',
    ]);
  });

  it('carries the speaker to a quote that opens a sentence after a quoted title ending in a full stop', () => {
    expect(
      attribution('"It is too early," Lena Ortiz said in an interview on WKTV\'s "Morning Desk." "We will know more in June."'),
    ).toEqual(['q1 “It is too early” → Lena Ortiz', 'q2 “Morning Desk.” → Lena Ortiz', 'q3 “We will know more in Jun…” → Lena Ortiz']);
  });

  it('reads written words as a cue: an editorial that reads, a sign that read', () => {
    expect(attribution('“Nobody here has shown more courage,” reads a Friday editorial in The Valley Star. One sign read “Keep the library open.”')).toEqual([
      'q1 “Nobody here has shown mo…” → a Friday editorial',
      'q2 “Keep the library open.” → One sign',
    ]);
  });

  it('takes capitalised words the registry does not know as the subject before the verb', () => {
    expect(
      attribution('Critics were quick to respond. Zorb Anwell, a spokesman for Mayor Ines Vidal, said, “The plan was rushed.” Civic Ledger stated that the vote “was never in doubt.”'),
    ).toEqual(['q1 “The plan was rushed.” → Zorb Anwell', 'q2 “was never in doubt.” → Civic Ledger']);
  });

  it('gives a participle cue after a reporting clause to that clause’s speaker, not to the reported subject', () => {
    expect(attribution('Maria Ruiz and Tom Okafor will meet next week, Dana Pell said, adding, “They need to talk it through.”')).toEqual([
      'q1 “They need to talk it thr…” → Dana Pell',
    ]);
  });

  it('finds the subject of "went on to say" before the governing verb', () => {
    expect(attribution('The team was praised by Tom Reyes. Then, Zorb Anwell went on to say, “We have earned this.”')).toEqual([
      'q1 “We have earned this.” → Zorb Anwell',
    ]);
  });

  it('gives a short quote to the person who characterises something with it, and no one else', () => {
    expect(
      attribution(
        'Tom Hale labelled the deal “a betrayal” after the vote. Mayor Lia Rand kept her promise of “free buses” this spring. The council met in the “blue room” downtown. Ada Brill, the treasurer, defended the “temporary” measure.',
      ),
    ).toEqual(['q1 “a betrayal” → Tom Hale', 'q2 “free buses” → Lia Rand', 'q3 “blue room” → ∅', 'q4 “temporary” → ∅']);
  });

  it('reads manner-of-speaking verbs as cues', () => {
    expect(attribution('“Would the fee stay?” Ina Korr pressed. “It will,” Tom Hale laughed. The mayor hinted that “more news” would follow.')).toEqual([
      'q1 “Would the fee stay?” → Ina Korr',
      'q2 “It will” → Tom Hale',
      'q3 “more news” → mayor',
    ]);
  });

  it('ends a noun-phrase speaker before its verb', () => {
    expect(attribution('The union leaflet was blunt about it and warned of “a long and bitter fight over every single job.”')).toEqual([
      'q1 “a long and bitter fight …” → The union leaflet',
    ]);
  });
});
