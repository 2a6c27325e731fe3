/** PolNeAR train split: article texts and, per article, ONE annotator's attributions. */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseBrat, type BratAnnotation } from './brat.js';

export interface PolnearArticle {
  /** Base file name without `.txt`. */
  readonly id: string;
  readonly text: string;
  /** File name of the annotator's `.ann` used. */
  readonly annotationFile: string;
  readonly annotation: BratAnnotation;
}

/**
 * Picks, per article, the alphabetically first `<article>_<annotator>.ann`. Article names
 * contain underscores themselves, so the annotator is what follows the LAST underscore.
 */
export function chooseAnnotationFiles(articleIds: readonly string[], annotationFiles: readonly string[]): Map<string, string> {
  const wanted = new Set(articleIds);
  const chosen = new Map<string, string>();
  for (const file of [...annotationFiles].sort()) {
    if (!file.endsWith('.ann')) continue;
    const underscore = file.lastIndexOf('_');
    if (underscore === -1) continue;
    const article = file.slice(0, underscore);
    if (wanted.has(article) && !chosen.has(article)) chosen.set(article, file);
  }
  return chosen;
}

export async function loadPolnear(dataDir: string): Promise<PolnearArticle[]> {
  const folder = join(dataDir, 'polnear', 'train');
  const textFiles = (await readdir(join(folder, 'text'))).filter((file) => file.endsWith('.txt')).sort();
  const articleIds = textFiles.map((file) => file.slice(0, -'.txt'.length));
  const chosen = chooseAnnotationFiles(articleIds, await readdir(join(folder, 'attributions')));
  const articles: PolnearArticle[] = [];
  for (const id of articleIds) {
    const annotationFile = chosen.get(id);
    // An article nobody annotated has no gold quotes but still counts as clean English.
    const text = await readFile(join(folder, 'text', `${id}.txt`), 'utf8');
    const annotation = annotationFile
      ? parseBrat(await readFile(join(folder, 'attributions', annotationFile), 'utf8'), text)
      : { textBounds: new Map(), events: [] };
    articles.push({ id, text, annotationFile: annotationFile ?? '', annotation });
  }
  return articles;
}
