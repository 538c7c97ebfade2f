/**
 * Diagnostic for the seeds recall@1 misses of `npm run eval`: for each query whose top-ranked
 * sentence reports none of its claims, prints the wrong top sentence and the best-ranked right
 * one with their scores and pair features, and per feature what it adds to the logistic score
 * (weight × value) of the right one minus the wrong one, so that a miss can be traced to the
 * features that decide it.
 * Usage: npx tsx scripts/match-tools/seeds-misses.ts [--eval-dir DIR]
 */
import { pairFeatures, PAIR_FEATURE_NAMES } from '../../lib/match/pair-features';
import { CLAIM_MODEL } from '../../lib/match/score';
import { evalDir } from './paths';
import { loadSeedsGold } from './seeds-gold';
import { matcherRanker, seedsTask } from './seeds-queries';

const { corpus, queries } = seedsTask(loadSeedsGold(evalDir(process.argv)));
const ranker = matcherRanker(corpus);
const reportsWanted = (index: number, wanted: ReadonlySet<string>) => [...wanted].some((id) => corpus[index].claims.has(id));

let misses = 0;
const blame = new Array<number>(PAIR_FEATURE_NAMES.length).fill(0);
for (const { claim, report, excluded, wanted } of queries) {
  const { features, weigh, ranked } = ranker.rank(report.sentence, excluded);
  if (ranked.length && reportsWanted(ranked[0].index, wanted)) continue;
  misses++;
  console.log(`\n=== miss ${misses}: ${claim.id} (wanted ${[...wanted].join(',')}) ${report.article_id}\nQ  ${report.sentence}`);
  const wrong = ranked[0];
  const rightRank = ranked.findIndex(({ index }) => reportsWanted(index, wanted));
  const right = ranked[rightRank];
  const vector = (index: number) => pairFeatures(features, corpus[index].features, weigh);
  if (wrong) console.log(`W  ${wrong.score.toFixed(3)} [${corpus[wrong.index].articleId}] ${corpus[wrong.index].text}`);
  if (!right) { console.log('R  not among the candidates'); continue; }
  console.log(`R  ${right.score.toFixed(3)} rank ${rightRank + 1} [${corpus[right.index].articleId}] ${corpus[right.index].text}`);
  const [w, r] = [vector(wrong.index), vector(right.index)];
  PAIR_FEATURE_NAMES.forEach((name, i) => {
    const delta = CLAIM_MODEL.weights[i] * (r[i] - w[i]);
    blame[i] += delta;
    console.log(`   ${name.padEnd(16)} wrong ${w[i].toFixed(3).padStart(7)}  right ${r[i].toFixed(3).padStart(7)}  right-wrong logit ${delta >= 0 ? '+' : ''}${delta.toFixed(2)}`);
  });
}
console.log(`\n${misses} misses of ${queries.length} queries; summed right-minus-wrong logit per feature:`);
PAIR_FEATURE_NAMES.forEach((name, i) => console.log(`   ${name.padEnd(16)} ${blame[i] >= 0 ? '+' : ''}${blame[i].toFixed(2)}`));
