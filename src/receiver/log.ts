/**
 * Log entries of the receiver: structured, and never holding personal data. Entries carry event names, statuses,
 * references, kinds, field paths and error codes, never a message, a name, an e-mail address or any other text of a
 * request, nor an error's message (which may quote data): see `errorCode` in `./app.ts`. Tested by capturing logs.
 */

/** One log entry: an `event` name and flat fields (strings, numbers, lists of strings). */
export interface LogEntry {
  readonly event: string;
  readonly [field: string]: string | number | boolean | readonly string[] | undefined;
}

/** Where entries go. */
export type Logger = (entry: LogEntry) => void;

/** One JSON line per entry on `write` (default: stderr), with the time first. */
export function jsonLogger(write: (line: string) => void = (line) => process.stderr.write(line), clock: () => Date = () => new Date()): Logger {
  return (entry) => write(`${JSON.stringify({ at: clock().toISOString(), ...entry })}\n`);
}

/** A logger that drops everything (tests, benchmarks). */
export const silentLogger: Logger = () => {};

/** A short code for an error (its `code` or class name), never its message (which may quote data). */
export function errorCode(e: unknown): string {
  const err = e as { code?: unknown; name?: unknown } | null;
  if (err && typeof err.code === 'string') return err.code;
  if (err && typeof err.name === 'string') return err.name;
  return 'unknown';
}
