import { WINDOWS_1252_HIGH } from '../../data/typography.js';
import type { ArtefactDraft, ArtefactRule, RuleMeta } from '../../rule.js';

export const MOJIBAKE: RuleMeta = {
  id: 'typography/mojibake',
  family: 'typography',
  severity: 'warning',
  description: 'UTF-8 text decoded with the wrong character set ("donâ€™t", "cafÃ©"), or the replacement character U+FFFD left by a failed decoding.',
  example: { text: 'the minister didnâ€™t say', finding: 'typography/mojibake "â€™" → ’' },
};

/** The byte a character stood for when UTF-8 was read as Windows-1252 (or Latin-1). */
function byteOf(char: string): number | undefined {
  const code = char.charCodeAt(0);
  if (code >= 0xa0 && code <= 0xff) return code;
  if (code >= 0x80 && code <= 0x9f) return code; // Latin-1 reading keeps C1 controls
  return WINDOWS_1252_HIGH.get(char);
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/** How many continuation bytes a UTF-8 lead byte announces, or 0 when it is no lead byte. */
function continuationCount(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 1;
  if (lead >= 0xe0 && lead <= 0xef) return 2;
  if (lead >= 0xf0 && lead <= 0xf4) return 3;
  return 0;
}

/**
 * Re-encodes runs that look like UTF-8 read as Windows-1252 and keeps those that decode:
 * "Ã©" is bytes C3 A9, which is "é". A lone "Ã" before an ordinary letter ("São" has ã,
 * not a lead byte pattern) never decodes, so real accented words are left alone.
 */
export const mojibakeRule: ArtefactRule = {
  meta: [MOJIBAKE],
  detect(context, enabled) {
    if (!enabled(MOJIBAKE.id)) return [];
    const { text } = context.document;
    const drafts: ArtefactDraft[] = [];
    let i = 0;
    while (i < text.length) {
      const code = text.charCodeAt(i);
      if (code === 0xfffd) {
        let end = i + 1;
        while (text.charCodeAt(end) === 0xfffd) end++;
        drafts.push({
          ruleId: MOJIBAKE.id,
          family: 'typography',
          start: i,
          end,
          expected: [],
          message: 'The replacement character � stands where a character was lost in decoding.',
          severity: 'warning',
          confidence: 0.9,
        });
        i = end;
        continue;
      }
      const need = code >= 0xc2 && code <= 0xf4 ? continuationCount(code) : 0;
      if (need === 0) {
        i++;
        continue;
      }
      // Collect as many lead-plus-continuation sequences as follow each other.
      let end = i;
      const bytes: number[] = [];
      while (end < text.length) {
        const lead = byteOf(text.charAt(end));
        const count = lead === undefined ? 0 : continuationCount(lead);
        if (count === 0 || end + count >= text.length) break;
        const sequence = [lead!];
        let ok = true;
        for (let k = 1; k <= count; k++) {
          const byte = byteOf(text.charAt(end + k));
          if (byte === undefined || byte < 0x80 || byte > 0xbf) {
            ok = false;
            break;
          }
          sequence.push(byte);
        }
        if (!ok) break;
        bytes.push(...sequence);
        end += count + 1;
      }
      if (bytes.length === 0) {
        i++;
        continue;
      }
      let decoded: string | undefined;
      try {
        decoded = decoder.decode(new Uint8Array(bytes));
      } catch {
        decoded = undefined;
      }
      if (decoded === undefined) {
        i = end;
        continue;
      }
      drafts.push({
        ruleId: MOJIBAKE.id,
        family: 'typography',
        start: i,
        end,
        expected: [decoded],
        message: `"${text.slice(i, end)}" is "${decoded}" read with the wrong character set.`,
        severity: 'warning',
        confidence: 0.9,
      });
      i = end;
    }
    return drafts;
  },
};
