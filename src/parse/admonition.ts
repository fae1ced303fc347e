/**
 * Admonitions: a blockquote whose first line is `[!KIND]` alone (`> [!NOTE]`), as mdbook-spec and GitHub
 * write them. This reads the marker off an mdast blockquote; the model and the renderer both use it.
 * <https://github.com/rust-lang/reference/blob/3b38834b/tools/mdbook-spec/src/admonitions.rs>
 *
 * To add a kind: add it to `ADMONITION_KINDS` (or a pattern to `isKnownAdmonitionKind`), give it a block
 * kind in `src/model/block-kind.ts`, style it in the site's CSS, and document it in the authoring guide.
 */
import type {Blockquote, LinkReference, Paragraph, PhrasingContent} from 'mdast'

/** mdbook-spec's kinds, and GitHub's five alerts (NOTE, TIP, IMPORTANT, WARNING, CAUTION), which mdBook renders. */
export const ADMONITION_KINDS = ['NOTE', 'TIP', 'IMPORTANT', 'WARNING', 'CAUTION', 'EXAMPLE', 'TARGET-SPECIFIC'] as const

/** Whether a kind is one the dialect knows (`EDITION-<year>` for any four-digit year). */
export function isKnownAdmonitionKind(kind: string): boolean {
  return (ADMONITION_KINDS as readonly string[]).includes(kind) || /^EDITION-\d{4}$/.test(kind)
}

export interface AdmonitionMarker {
  /** The kind, upper-cased: `NOTE`, `EDITION-2024`. */
  kind: string
  /** The `[!KIND]` node in the first paragraph. */
  marker: LinkReference
  paragraph: Paragraph
}

/** Reads the `[!KIND]` marker of a blockquote, or null when it is a plain blockquote. */
export function readAdmonitionMarker(blockquote: Blockquote): AdmonitionMarker | null {
  const paragraph = blockquote.children[0]
  if (paragraph?.type !== 'paragraph') return null
  const [first, second] = paragraph.children
  if (first?.type !== 'linkReference' || first.referenceType !== 'shortcut') return null
  const label = first.label ?? ''
  if (!/^![A-Za-z0-9_-]+$/.test(label)) return null
  // The marker must be alone on its line: nothing, or a line break, follows it.
  if (second && !(second.type === 'text' && /^\s*\n/.test(second.value)) && second.type !== 'break') return null
  return {kind: label.slice(1).toUpperCase(), marker: first, paragraph}
}

/** The first paragraph's content without the marker (and the line break after it). */
export function contentAfterMarker(marker: AdmonitionMarker): PhrasingContent[] {
  const rest = marker.paragraph.children.slice(1)
  const first = rest[0]
  if (first?.type === 'text') {
    const value = first.value.replace(/^\s*\n/, '')
    return value === '' ? rest.slice(1) : [{...first, value}, ...rest.slice(1)]
  }
  if (first?.type === 'break') return rest.slice(1)
  return rest
}
