/**
 * What the `intras` CLI prints to a terminal, made safe: file names, JSON paths, keys and values come from the
 * user's files and can hold terminal control characters (`ESC ] 0 ; title BEL` sets the window title, `ESC [ 2 J`
 * clears the screen, U+202E reverses the rest of a line). Every printer of the CLI goes through
 * {@link escapeControls} (messages) or {@link jsonText} (exported JSON). Decision 0015.
 */

/**
 * Characters that a terminal may act on instead of showing: C0 controls U+0000–U+001F (ESC included, so no escape
 * sequence survives), DEL U+007F, C1 controls U+0080–U+009F (U+009B is a one-character CSI), the bidirectional
 * marks, embeddings, overrides and isolates (U+061C, U+200E–U+200F, U+202A–U+202E, U+2066–U+2069) and the Unicode
 * line / paragraph separators U+2028–U+2029.
 */
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;

/** `\x1B` for a code point up to U+00FF, `\u202E` above: the notation of a JavaScript string, readable and inert. */
function notation(ch: string): string {
  const code = ch.codePointAt(0)!;
  return code <= 0xff ? `\\x${code.toString(16).toUpperCase().padStart(2, '0')}` : `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * `text` with every terminal control character written as an inert escape (`\x1B`, `\x0A`, `\u202E`). Line
 * breaks are escaped too unless `keepNewlines` is set: one message, one line (a file name holding a line break cannot
 * forge a "✓ valid" line). `keepNewlines` is for texts whose lines are the CLI's own (help, commander's errors).
 */
export function escapeControls(text: string, { keepNewlines = false }: { keepNewlines?: boolean } = {}): string {
  return text.replace(CONTROLS, (ch) => (keepNewlines && ch === '\n' ? ch : notation(ch)));
}

/**
 * `value` as indented JSON (2 spaces, final line break) that is safe on a terminal and means exactly the same:
 * `JSON.stringify` already escapes C0 controls inside strings (its only raw one is the line break of the
 * indentation); the other characters of {@link escapeControls} become `\uXXXX` escapes, which any JSON parser reads
 * back as the same string.
 */
export function jsonText(value: unknown): string {
  const json = JSON.stringify(value, null, 2).replace(CONTROLS, (ch) => (ch === '\n' ? ch : `\\u${ch.codePointAt(0)!.toString(16).padStart(4, '0')}`));
  return `${json}\n`;
}
