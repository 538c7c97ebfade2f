/** The bundled corpus (seeds/*.txt parsed by lib/corpus) in an in-memory index. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { linkCopies } from '../../lib/corpus/copies';
import { parseSeedFile } from '../../lib/corpus/parse';
import { MemoryIndex } from '../../lib/match/memory-index';
import type { Article } from '../../lib/types';
import { REPO_ROOT } from './paths';

export function loadSeedArticles(): Article[] {
  const dir = path.join(REPO_ROOT, 'seeds');
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  return linkCopies(files.flatMap((file) => parseSeedFile(file, readFileSync(path.join(dir, file), 'utf8'))));
}

export async function loadSeedIndex(articles: Article[] = loadSeedArticles()): Promise<MemoryIndex> {
  const index = new MemoryIndex();
  await index.addArticles(articles);
  return index;
}
