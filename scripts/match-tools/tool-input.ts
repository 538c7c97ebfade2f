/**
 * How the command-line tools fail on input they cannot use: one line naming the tool, the file
 * and what is wrong with it, and exit code 1 (2 stays for a wrong command line). A stack trace
 * would point at the tool's code when the file is at fault.
 */
import { readFileSync } from 'node:fs';

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
