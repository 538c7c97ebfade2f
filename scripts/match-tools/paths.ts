/** Locations used by the matcher's command-line tools, resolved from the repository root. */
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The development evaluation data: `--eval-dir DIR`, else $EVAL_DIR, else ../shared/eval. */
export function evalDir(argv: readonly string[]): string {
  const flag = argv.indexOf('--eval-dir');
  if (flag >= 0 && argv[flag + 1]) return path.resolve(argv[flag + 1]);
  return path.resolve(process.env.EVAL_DIR ?? path.join(REPO_ROOT, '..', 'shared', 'eval'));
}

export function msrpTrainFile(argv: readonly string[]): string {
  return path.join(evalDir(argv), 'msrp', 'msr_paraphrase_train.txt');
}
