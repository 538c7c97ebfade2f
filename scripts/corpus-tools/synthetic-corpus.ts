/**
 * A synthetic news corpus for scale tests: events, each reported by several outlets in
 * varied wording (synonyms, reordered clauses, attribution moved), inside articles of
 * realistic length padded with background sentences of their own (a bigram model of the
 * bundled seed articles). A few articles are wire
 * reprints under another outlet, for copy links. Deterministic for a given seed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ImportRecord } from '../../lib/corpus/import/record';
import { allOutlets } from '../../lib/corpus/outlets';

/** Deterministic pseudo-random numbers (mulberry32). */
export function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PLACES = ['Valmora', 'Kestrel Bay', 'Northam', 'Ostrava', 'Lindqvist', 'Port Aldin', 'Marrow Hill', 'Tesselby', 'Carrack', 'Vinterhus', 'Bellmouth', 'Orrin Falls', 'Saltgrave', 'Edda', 'Quorn', 'Hallam', 'Brisk', 'Darrow', 'Fenwick', 'Galloway'];
const PEOPLE = ['Ilse Brandt', 'Marco Feld', 'Amara Okoye', 'Jonas Vell', 'Priya Nair', 'Tomas Rieck', 'Hana Sato', 'Leon Marsh', 'Nadia Kova', 'Owen Pryce', 'Sara Lind', 'Viktor Hale', 'Elena Duarte', 'Kofi Mensah', 'Ruth Abel', 'Yusuf Demir'];
const ROLES = ['the mayor', 'the health minister', 'the police chief', 'the finance minister', 'a government spokesperson', 'the company chief executive', 'the union leader', 'the foreign minister', 'the central bank governor', 'the regional governor'];
const BODIES = ['the city council', 'the national railway', 'the port authority', 'the water board', 'the electoral commission', 'the central bank', 'the health service', 'the transport ministry', 'the defence ministry', 'the energy regulator'];
const THINGS = ['bridge', 'hospital', 'power plant', 'rail line', 'school', 'airport terminal', 'dam', 'wind farm', 'factory', 'harbour', 'motorway', 'housing project', 'data centre', 'stadium', 'pipeline'];
const PROBLEMS = ['flooding', 'a strike', 'a fire', 'a cyberattack', 'a landslide', 'a power cut', 'an outbreak of measles', 'a budget shortfall', 'a fuel shortage', 'a drought'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** Synonym choices: each outlet words the same fact its own way. */
const SYNONYMS: Record<string, string[]> = {
  said: ['said', 'told reporters', 'announced', 'confirmed', 'stated'],
  reopened: ['reopened', 'opened again', 'resumed operations'],
  closed: ['closed', 'shut', 'was shut down'],
  cost: ['cost', 'costing', 'at a cost of'],
  injured: ['injured', 'hurt', 'wounded'],
  killed: ['killed', 'died', 'lost their lives'],
  approved: ['approved', 'backed', 'voted for', 'signed off on'],
  rose: ['rose', 'climbed', 'increased', 'went up'],
  fell: ['fell', 'dropped', 'declined', 'went down'],
  evacuated: ['evacuated', 'moved to safety', 'forced from their homes'],
  plans: ['plans', 'intends', 'is preparing'],
};

/**
 * Background sentences come from a word-bigram model of the bundled seed articles: news
 * vocabulary and sentence lengths, but wording of their own, so they rarely repeat a claim.
 */
function backgroundModel(): { starts: string[]; next: Map<string, string[]> } {
  const dir = path.join(import.meta.dirname, '..', '..', 'seeds');
  const text = readdirSync(dir).map((file) => readFileSync(path.join(dir, file), 'utf8')).join('\n');
  const starts: string[] = [];
  const next = new Map<string, string[]>();
  for (const sentence of text.split(/(?<=[.!?])\s+|\n+/)) {
    const words = sentence.split(/\s+/).filter((w) => /^[\p{L}\p{N}$%'’,.-]+$/u.test(w));
    if (words.length < 6) continue;
    starts.push(words[0]);
    for (let i = 0; i + 1 < words.length; i++) next.set(words[i], [...(next.get(words[i]) ?? []), words[i + 1]]);
  }
  return { starts: starts.filter((w) => /^\p{Lu}/u.test(w)), next };
}

let model: ReturnType<typeof backgroundModel> | null = null;

function backgroundSentence(pick: <T>(items: T[]) => T): string {
  model ??= backgroundModel();
  for (;;) {
    const words = [pick(model.starts)];
    while (words.length < 40) {
      const last = words[words.length - 1];
      if (/[.!?]$/.test(last) && words.length >= 8) break;
      const options = model.next.get(last);
      if (!options) break;
      words.push(pick(options));
    }
    if (words.length >= 8) return `${words.join(' ').replace(/[,.!?]*$/, '')}.`;
  }
}

export interface SynthOptions {
  articles: number;
  seed?: number;
  /** Articles reporting each event, on average. */
  outletsPerEvent?: number;
}

interface Fact {
  render(pick: <T>(items: T[]) => T): string;
}

const capitalized = (text: string) => text[0].toUpperCase() + text.slice(1);

function eventFacts(next: () => number): Fact[] {
  const pick = <T>(items: T[]) => items[Math.floor(next() * items.length)];
  const place = pick(PLACES);
  const person = pick(PEOPLE);
  const role = pick(ROLES);
  const body = pick(BODIES);
  const thing = pick(THINGS);
  const problem = pick(PROBLEMS);
  const day = pick(DAYS);
  const month = pick(MONTHS);
  const n = 2 + Math.floor(next() * 90);
  const money = 5 + Math.floor(next() * 900);
  const pct = 1 + Math.floor(next() * 40);
  const year = 2026 + Math.floor(next() * 8);
  const s = (word: string, p: <T>(items: T[]) => T) => p(SYNONYMS[word]);
  return [
    { render: (p) => p([
      `The ${thing} in ${place} ${s('reopened', p)} on ${day} after ${n} weeks of repairs ${s('cost', p)} $${money} million.`,
      `After ${n} weeks of repairs ${s('cost', p)} $${money} million, the ${thing} in ${place} ${s('reopened', p)} on ${day}.`,
      `${place}'s ${thing} ${s('reopened', p)} on ${day} following ${n} weeks of repair work that cost $${money} million.`,
    ]) },
    { render: (p) => p([
      `${capitalized(role)}, ${person}, ${s('said', p)} that ${problem} had forced ${body} to act.`,
      `${person}, ${role}, ${s('said', p)} ${body} had been forced to act because of ${problem}.`,
      `${capitalized(problem)} forced ${body} to act, ${role} ${person} ${s('said', p)}.`,
    ]) },
    { render: (p) => p([
      `At least ${n} people were ${s('injured', p)} and ${Math.ceil(n / 7)} ${s('killed', p)} in ${place} during ${problem}.`,
      `${capitalized(problem)} in ${place} left ${Math.ceil(n / 7)} dead and at least ${n} ${s('injured', p)}.`,
    ]) },
    { render: (p) => p([
      `${capitalized(body)} ${s('approved', p)} a plan worth $${money} million on ${day}, ${person} ${s('said', p)}.`,
      `On ${day}, ${body} ${s('approved', p)} a $${money} million plan, according to ${person}.`,
    ]) },
    { render: (p) => p([
      `Prices in ${place} ${s('rose', p)} by ${pct}% in ${month}, the highest figure since ${year - 20}.`,
      `In ${month}, prices in ${place} ${s('rose', p)} ${pct}%, their highest since ${year - 20}.`,
    ]) },
    { render: (p) => p([
      `More than ${n * 100} residents were ${s('evacuated', p)} from low-lying districts of ${place}.`,
      `Over ${n * 100} people in low-lying parts of ${place} were ${s('evacuated', p)}.`,
    ]) },
    { render: (p) => p([
      `${capitalized(body)} ${s('plans', p)} to build a second ${thing} by ${year}.`,
      `A second ${thing} is planned by ${year}, ${body} ${s('said', p)}.`,
    ]) },
    { render: (p) => p([
      `"We will not let ${place} down," ${person} ${s('said', p)} on ${day}.`,
      `${person} ${s('said', p)} on ${day}: "We will not let ${place} down."`,
    ]) },
  ];
}


/** Records in the import format (lib/corpus/import/record), `articles` of them. */
export function* syntheticRecords(options: SynthOptions): Generator<ImportRecord> {
  const next = random(options.seed ?? 1);
  const pick = <T>(items: T[]) => items[Math.floor(next() * items.length)];
  const outlets = allOutlets().filter((o) => o.domains.length > 0 && o.kind !== 'aggregator');
  const perEvent = options.outletsPerEvent ?? 5;
  let facts: Fact[] = [];
  let eventNo = 0;
  let last: ImportRecord | null = null;
  for (let i = 0; i < options.articles; i++) {
    if (i % perEvent === 0) {
      facts = eventFacts(next);
      eventNo++;
    }
    const outlet = pick(outlets);
    const url = `https://${outlet.domains[0]}/news/${eventNo}-${i}`;
    const published = new Date(Date.UTC(2024, 0, 1) + i * 600_000).toISOString();
    // One in twenty articles is a wire reprint of the previous one under another outlet,
    // shortened by its last paragraph as reprints are.
    if (last && i % 20 === 19) {
      const text = last.text.split('\n\n').slice(0, -1).join('\n\n') || last.text;
      yield { ...last, outlet: outlet.name, url, published, text: `${text}\n\n(Reporting by ${last.outlet})` };
      continue;
    }
    const reported = facts.filter(() => next() < 0.6);
    const fillers = Array.from({ length: 12 + Math.floor(next() * 14) }, () => backgroundSentence(pick));
    const sentences = [...reported.map((fact) => fact.render(pick)), ...fillers];
    // Lead with a claim, then mix: news puts its facts first and its background after.
    const ordered = [sentences[0], ...sentences.slice(1).sort(() => next() - 0.5)];
    const paragraphs: string[] = [];
    for (let s = 0; s < ordered.length; ) {
      const size = 1 + Math.floor(next() * 3);
      paragraphs.push(ordered.slice(s, s + size).join(' '));
      s += size;
    }
    last = {
      title: `${capitalized(pick(THINGS))} news from ${pick(PLACES)}: event ${eventNo}`,
      outlet: outlet.name,
      url,
      published,
      text: paragraphs.join('\n\n'),
      sourceFile: 'synthetic',
    };
    yield last;
  }
}
