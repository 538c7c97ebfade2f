/**
 * Lets a command-line tool stop quietly when its reader goes away (`npm run pairs -- FILE | head`):
 * Node reports the closed pipe as an unhandled EPIPE error with a stack trace otherwise.
 */
export function exitQuietlyOnClosedPipe(): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
}
