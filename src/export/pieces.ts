/**
 * A document in pieces: text made by this build, and bytes kept from an earlier one (a chapter's parts,
 * `site-exports.ts`), joined once, as text for the API or as bytes for a file, so that kept parts are
 * never decoded.
 */
export type Piece = string | Uint8Array

export function textOf(pieces: readonly Piece[]): string {
  return pieces.map((piece) => (typeof piece === 'string' ? piece : Buffer.from(piece.buffer, piece.byteOffset, piece.byteLength).toString('utf8'))).join('')
}

export function bytesOf(pieces: readonly Piece[]): Buffer {
  return Buffer.concat(pieces.map((piece) => (typeof piece === 'string' ? Buffer.from(piece) : piece)))
}
