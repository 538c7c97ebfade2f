/**
 * The bundled corpus: the seed files, packed into the background script at build time and
 * parsed with the same lib/ code the command-line tools use.
 */
import { parseSeedFile } from '@/lib/corpus/parse';
import { linkCopies } from '@/lib/corpus/copies';
import { hashText } from '@/lib/hash';
import type { Article } from '@/lib/types';

const seedFiles = import.meta.glob<string>('/seeds/*.txt', { query: '?raw', import: 'default', eager: true });

export function bundledArticles(): Article[] {
  const articles = Object.entries(seedFiles)
    .sort(([a], [b]) => a.localeCompare(b))
    .flatMap(([path, text]) => parseSeedFile(path.split('/').pop()!, text));
  return linkCopies(articles);
}

/**
 * Changes whenever the seeds or the extension change, so an update re-indexes the bundled
 * articles (the parser or matcher may have changed with it).
 */
export function bundledVersion(extensionVersion: string): string {
  return `${extensionVersion}:${hashText(Object.values(seedFiles).join('\u0000'))}`;
}
