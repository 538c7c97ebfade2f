/** Invented articles for matcher tests: three outlets reporting an overlapping story. */
import type { Article } from '../../../lib/types';

export function article(id: string, outlet: string, paragraphs: string[], copyOf: string | null = null): Article {
  return {
    id, outlet, outletId: null, title: `${outlet} story`, paragraphs, captions: ['A caption that says the harbour bridge reopened.'], timeLabel: null,
    published: null, url: null, origin: 'user', sourceFile: 'test', via: null, copyOf,
  };
}

export const ARTICLES: Article[] = [
  article('a', 'Coast Herald', [
    'The harbour bridge in Valmora reopened on Friday after 14 months of repairs costing $48 million.',
    'Mayor Ilse Brandt said traffic would return to normal within a week.',
    'Local shops welcomed the news.',
  ]),
  article('b', 'Valmora Times', [
    'After 14 months of repairs costing $48 million, Valmora’s harbour bridge reopened on Friday.',
    'Traffic will return to normal within a week, Mayor Ilse Brandt said.',
    'Ferry operators expect fewer passengers this summer.',
  ]),
  article('c', 'Wire Service', [
    'Valmora’s harbour bridge reopened on Friday after 14 months of repairs that cost $48 million.',
    'The city plans a second bridge by 2031.',
  ]),
  article('d', 'Aggregator', [
    'The harbour bridge in Valmora reopened on Friday after 14 months of repairs costing $48 million.',
  ], 'a'),
];
