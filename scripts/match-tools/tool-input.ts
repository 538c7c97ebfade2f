/**
 * How the command-line tools fail on input they cannot use: one line naming the tool, the file
 * and what is wrong with it, and exit code 1 (2 stays for a wrong command line). A stack trace
 * would point at the tool's code when the file is at fault.
 */
import { readFileSync } from 'node:fs';

/**
 * The tool's one file and the flags given, or the tool stopped with its usage (exit code 2): a
 * mistyped flag ("--jsn") or a second file would otherwise be ignored without a word.
 */
export function commandLine(usage: string, flags: readonly string[]): { file: string; flags: Set<string> } {
  const args = process.argv.slice(2);
  const unknown = args.filter((a) => a.startsWith('--') && !flags.includes(a));
  const files = args.filter((a) => !a.startsWith('--'));
  if (unknown.length || files.length !== 1) {
    if (unknown.length) console.error(`unknown option ${unknown.join(', ')}`);
    else if (files.length > 1) console.error(`one file at a time (given ${files.length})`);
    console.error(`usage: ${usage}`);
    process.exit(2);
  }
  return { file: files[0]!, flags: new Set(args.filter((a) => a.startsWith('--'))) };
}

/** Thrown for a file the tool cannot read as its format says: the message names the place. */
export class InputError extends Error {}

/** Reads `file` (as bytes), or stops the tool with why it cannot. */
export function readInput(tool: string, file: string): Buffer {
  try {
    return readFileSync(file);
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    return stop(tool, `${file}: cannot read it (${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'a folder, not a file' : message})`);
  }
}

/** Runs `read` on the file's contents, stopping the tool with the file's name on an InputError. */
export function parseInput<T>(tool: string, file: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof InputError) return stop(tool, `${file}: ${error.message}`);
    throw error;
  }
}

function stop(tool: string, problem: string): never {
  console.error(`${tool}: ${problem}`);
  process.exit(1);
}
