/** Converting unist positions into model source spans. */
import type {Node} from 'unist'
import type {Point, SourceSpan} from './types.ts'

const ORIGIN: Point = {line: 1, column: 1, offset: 0}

/** The span of a node in `file` (nodes built by specmark's parser always carry positions). */
export function spanOf(node: Node, file: string): SourceSpan {
  const start = node.position?.start
  const end = node.position?.end
  return {
    file,
    start: start ? {line: start.line, column: start.column, offset: start.offset ?? 0} : ORIGIN,
    end: end ? {line: end.line, column: end.column, offset: end.offset ?? 0} : ORIGIN,
  }
}

/** A zero-width span at a point. */
export function pointSpan(file: string, point: Point): SourceSpan {
  return {file, start: point, end: point}
}
