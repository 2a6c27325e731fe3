import type { Document } from '../../text/types.js';

/**
 * Marks every token that sits inside a URL, an e-mail address, a domain name, a file
 * path, an @handle or a #tag. Words there are not prose: no spelling or typography rule
 * should judge them. Works on whitespace-delimited chunks, one linear pass.
 */
export function tokensInMachineStrings(document: Document): Uint8Array {
  const tokens = document.tokens;
  const marks = new Uint8Array(tokens.length);
  const text = document.text;
  let next = 0; // first token not yet past
  let chunkStart = 0;
  while (chunkStart < text.length) {
    while (chunkStart < text.length && isSpace(text.charCodeAt(chunkStart))) chunkStart++;
    let chunkEnd = chunkStart;
    while (chunkEnd < text.length && !isSpace(text.charCodeAt(chunkEnd))) chunkEnd++;
    if (chunkEnd > chunkStart && isMachineString(text.slice(chunkStart, chunkEnd))) {
      while (next < tokens.length && tokens[next]!.end <= chunkStart) next++;
      for (let k = next; k < tokens.length && tokens[k]!.start < chunkEnd; k++) marks[k] = 1;
    }
    chunkStart = chunkEnd;
  }
  return marks;
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x09 || code === 0x0d || code === 0xa0 || code === 0x3000 || (code >= 0x2000 && code <= 0x200b);
}

/** A letter followed by a full stop and a letter, as in "example.com" or "e.g.". */
function hasDottedLetters(chunk: string): boolean {
  for (let i = chunk.indexOf('.'); i > 0 && i < chunk.length - 1; i = chunk.indexOf('.', i + 1)) {
    if (isLetter(chunk.charCodeAt(i - 1)) && isLetter(chunk.charCodeAt(i + 1))) return true;
  }
  return false;
}

function isLetter(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
}

/** Characters without which a chunk cannot be an address, a handle, a tag or markup. */
const MACHINE_MARKERS = /[:/@#_=<>.]/u;

function isMachineString(chunk: string): boolean {
  if (!MACHINE_MARKERS.test(chunk)) return false;
  return (
    chunk.includes('://') ||
    chunk.toLowerCase().includes('www.') ||
    chunk.includes('@') ||
    /(?:^|[(["'])#\p{L}/u.test(chunk) ||
    (chunk.includes('/') && /\p{L}\/\p{L}/u.test(chunk) && chunk.split('/').length > 2) ||
    chunk.includes('_') ||
    // Markup: `datetime="2015-12-02"`, `<tweet>`.
    chunk.includes('=') ||
    chunk.includes('<') ||
    chunk.includes('>') ||
    hasDottedLetters(chunk)
  );
}
