/** Reads the bundled seed files and this suite's own fixtures for the corpus tests. */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Article } from '../../../lib/types';
import { linkCopies } from '../../../lib/corpus/copies';
import { parseSeedFile } from '../../../lib/corpus/parse';

export const SEEDS_DIR = fileURLToPath(new URL('../../../seeds/', import.meta.url));
export const FIXTURES_DIR = fileURLToPath(new URL('../../fixtures/corpus/', import.meta.url));

export function textFiles(dir: string): { name: string; text: string }[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({ name, text: readFileSync(dir + name, 'utf8') }));
}

/** Every article of every file in `dir`, parsed and copy-linked as the app does. */
export function parsedCorpus(dir: string): Article[] {
  return linkCopies(textFiles(dir).flatMap((file) => parseSeedFile(file.name, file.text)));
}
