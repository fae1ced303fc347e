/**
 * Where flow content (blocks: headings, definitions, paragraphs, …) can be in an mdast tree: a walk
 * looking for blocks need not enter the nodes that hold only phrasing content (a paragraph, a heading, a
 * table's cells) or text. Most of a tree's nodes are inside them.
 */

/**
 * Node types that never hold flow content. Any other node (a block quote, a list item, an admonition, a
 * definition list's details, a footnote definition) may, and is entered.
 */
export const HOLDS_NO_FLOW: ReadonlySet<string> = new Set(['paragraph', 'heading', 'table', 'code', 'html', 'definition', 'math', 'yaml', 'toml'])
