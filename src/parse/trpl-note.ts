/**
 * The Rust Book's notes (its `trpl-note` preprocessor, `packages/mdbook-trpl/src/note` at the book's
 * HEAD): in an mdBook with `[preprocessor.trpl-note]`, a blockquote whose text opens with `Note: `, or
 * which opens with a heading, is the preprocessor's `<section class="note" aria-role="note">` around the
 * quote's content (the book's `semantic-notes.css` styles it); any other blockquote stays one. The quote
 * stays a blockquote of the model (its text, anchors and search records as before): only what it renders
 * to changes (`data.hName`, which mdast-util-to-hast applies).
 *
 * The preprocessor reads the first text of the quote, whatever starts before it; a quote opening with
 * emphasis or a list (`> **Note: …**`) is left a blockquote here, where the preprocessor drops the tags
 * it opened and breaks the markup.
 */
import type {Blockquote, Root} from 'mdast'
import {visit} from 'unist-util-visit'

/** Marks each of the tree's notes to render as the preprocessor's section. Mutates and returns `tree`. */
export function readTrplNotes(tree: Root): Root {
  visit(tree, 'blockquote', (node) => {
    if (!isNote(node)) return
    node.data = {...node.data, hName: 'section', hProperties: {className: ['note'], 'aria-role': 'note'}}
    // Inside a note, the preprocessor reads no quote as a note.
    return 'skip'
  })
  return tree
}

function isNote(quote: Blockquote): boolean {
  const first = quote.children[0]
  if (first?.type === 'heading') return true
  const text = first?.type === 'paragraph' ? first.children[0] : undefined
  return text?.type === 'text' && text.value.startsWith('Note: ')
}
