/**
 * A document in pieces: text made by this build, and bytes kept from an earlier one (a chapter's parts,
 * `site-exports.ts`), joined once as text for the API, or written one after the other into a file, so that
 * kept parts are never decoded nor copied.
 */
export type Piece = string | Uint8Array

export function textOf(pieces: readonly Piece[]): string {
  return pieces.map((piece) => (typeof piece === 'string' ? piece : Buffer.from(piece.buffer, piece.byteOffset, piece.byteLength).toString('utf8'))).join('')
}

/** The pieces as bytes, still in pieces (to be written one after the other). */
export function bytePieces(pieces: readonly Piece[]): Uint8Array[] {
  return pieces.map((piece) => (typeof piece === 'string' ? Buffer.from(piece) : piece))
}
