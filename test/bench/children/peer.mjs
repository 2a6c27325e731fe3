// Child process that measures the naive peer under bare `node`: string-similarity's
// findBestMatch of every sentence of A against all sentences of B, plus nspell
// (dictionary-en) checking every word of both texts.
// Usage: node peer.mjs <command> ...args; prints one line of JSON.
//   cold <a> <b>                                   import, build the dictionary, do the seeds
//   scale <a> <b> <runs> <budgetMs> <seedA> <seedB>
import { readFileSync } from 'node:fs';
import { emit, peakRssKb, readText, timeRuns } from './io.mjs';
import { splitSentences, splitWords } from './sentences.mjs';

async function loadPeer() {
  const [{ default: stringSimilarity }, { default: nspell }] = await Promise.all([import('string-similarity'), import('nspell')]);
  // dictionary-en's own entry uses top-level await on fs; reading its files directly keeps
  // the peer on the same synchronous footing as corroborate.
  const folder = new URL('.', import.meta.resolve('dictionary-en'));
  const spell = nspell({ aff: readFileSync(new URL('index.aff', folder)), dic: readFileSync(new URL('index.dic', folder)) });
  return { stringSimilarity, spell };
}

/**
 * @param {Awaited<ReturnType<typeof loadPeer>>} peer
 * @param {string} a
 * @param {string} b
 */
function runPeer(peer, a, b) {
  const sentencesA = splitSentences(a);
  const sentencesB = splitSentences(b);
  let matches = 0;
  if (sentencesB.length > 0) {
    for (const sentence of sentencesA) {
      if (peer.stringSimilarity.findBestMatch(sentence, sentencesB).bestMatch.rating > 0.5) matches++;
    }
  }
  let misspelt = 0;
  for (const word of [...splitWords(a), ...splitWords(b)]) if (!peer.spell.correct(word)) misspelt++;
  return { sentences: [sentencesA.length, sentencesB.length], matches, misspelt };
}

const [command, ...args] = process.argv.slice(2);

switch (command) {
  case 'cold': {
    const [fileA, fileB] = /** @type {string[]} */ (args);
    const peer = await loadPeer();
    runPeer(peer, readText(fileA), readText(fileB));
    emit({ ok: true, totalMs: performance.now() });
    break;
  }
  case 'scale': {
    const [fileA, fileB, runs, budgetMs, seedA, seedB] = /** @type {string[]} */ (args);
    const peer = await loadPeer();
    runPeer(peer, readText(seedA), readText(seedB));
    const a = readText(fileA);
    const b = readText(fileB);
    const { times, last } = await timeRuns(() => runPeer(peer, a, b), Number(runs), Number(budgetMs));
    emit({ ok: true, times, maxRssKb: peakRssKb(), report: last });
    break;
  }
  default:
    process.stderr.write(`unknown command ${command}\n`);
    process.exitCode = 2;
}
