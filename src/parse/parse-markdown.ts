/**
 * Parse: one markdown source into an mdast tree, with the dialect's extensions (GFM, YAML front matter,
 * rule labels, dialect references). Pure and per file, so its results can be cached by content hash.
 */
import type {Root} from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {findLimitProblem, type LimitProblem} from './limits.ts'
import remarkSpecmark from './remark-specmark.ts'

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).use(remarkSpecmark)

/** Parses markdown text into an mdast tree carrying positions. */
export function parseMarkdown(text: string): Root {
  return processor.parse(text)
}

/**
 * Parses a chapter within the input limits: a chapter over a limit is read as empty, and the problem is
 * returned for `check` to report.
 */
export function parseChapterSource(text: string): {tree: Root; limitProblem: LimitProblem | null} {
  const limitProblem = findLimitProblem(text)
  if (limitProblem) return {tree: {type: 'root', children: []}, limitProblem}
  return {tree: processor.parse(text), limitProblem: null}
}
