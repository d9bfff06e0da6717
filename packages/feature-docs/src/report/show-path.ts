/**
 * A file name as text reports print it. A name may hold a newline, a tab,
 * an escape sequence or a bidi override (a stranger's pull request can
 * name a file anything): printed raw, it would break the report's lines or
 * repaint the terminal. Each such character is written as an escape
 * (`\n`, `\t`, `\x1b`, `\u202e`); other names are unchanged. JSON and SARIF
 * escape them by being JSON; GitHub's format escapes line breaks its own
 * way.
 */

// C0 and C1 controls, DEL, line and paragraph separators, bidi controls.
const unsafe = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu

const named: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' }

export function showPath(path: string): string {
  return path.replace(unsafe, (character) => named[character] ?? escapeCode(character.charCodeAt(0)))
}

function escapeCode(code: number): string {
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`
}
