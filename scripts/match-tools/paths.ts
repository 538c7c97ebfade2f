/** Locations used by the matcher's command-line tools, resolved from the repository root. */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * The development evaluation data: `--eval-dir DIR`, else $EVAL_DIR, else ../shared/eval. It
 * lives outside the repository, so a checkout elsewhere is told where to point, not shown ENOENT.
 */
export function evalDir(argv: readonly string[]): string {
  const flag = argv.indexOf('--eval-dir');
  const dir = flag >= 0 && argv[flag + 1] ? path.resolve(argv[flag + 1]) : path.resolve(process.env.EVAL_DIR ?? path.join(REPO_ROOT, '..', 'shared', 'eval'));
  if (!existsSync(dir)) throw new Error(`No evaluation data at ${dir}: pass --eval-dir DIR or set EVAL_DIR to the folder holding seeds-gold/ and msrp/`);
  return dir;
}

export function msrpTrainFile(argv: readonly string[]): string {
  return path.join(evalDir(argv), 'msrp', 'msr_paraphrase_train.txt');
}
