/** Keeping messages on one line whatever a file name holds. */

/** A text with its control characters escaped (`\n`, `\u001b`), so that a file name keeps a message on one line. */
export function escapeControls(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f]/g, (ch) => (ch === '\n' ? '\\n' : ch === '\r' ? '\\r' : ch === '\t' ? '\\t' : `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`))
}
