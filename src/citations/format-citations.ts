/**
 * The citation check's report: text (one line per citation, the word diff under a changed one, then a
 * summary) and JSON (`schemaVersion`, `target`, `summary`, `results`). Pure, shared with the site.
 */
import {counted} from '../diagnostics/format.ts'
import type {CheckResult} from './check-citations.ts'
import type {ParseProblem} from './parse-citations.ts'

export const CITATIONS_JSON_VERSION = 1

/** `source` names the citation file in messages about its unreadable lines. */
export function citationsToText(result: CheckResult, problems: ParseProblem[] = [], source = 'line'): string {
  const lines: string[] = [`Citations checked against ${result.target}:`, '']
  for (const item of result.results) {
    const {citation} = item
    const cited = `${citation.version} [${citation.id}]${citation.hash ? ` #${citation.hash}` : ''}`
    lines.push(`${item.holds ? 'ok  ' : 'FAIL'} ${cited}: ${item.status}: ${item.message}`)
    if (item.diff) lines.push(`       ${item.diff}`)
  }
  for (const problem of problems) lines.push(`FAIL ${source === 'line' ? `line ${problem.line}` : `${source}:${problem.line}:1`}: error[unreadable-citation]: ${problem.message}`)
  lines.push('', summary(result, problems))
  return `${lines.join('\n')}\n`
}

export function citationsToJson(result: CheckResult, problems: ParseProblem[] = []): string {
  const results = result.results.map(({diffParts: _parts, ...rest}) => rest)
  return `${JSON.stringify({schemaVersion: CITATIONS_JSON_VERSION, target: result.target, summary: counts(result, problems), results, problems}, null, 2)}\n`
}

function counts(result: CheckResult, problems: ParseProblem[]): Record<string, number> {
  const byStatus: Record<string, number> = {total: result.results.length, holding: result.results.length - result.failing, failing: result.failing + problems.length}
  for (const item of result.results) byStatus[item.status] = (byStatus[item.status] ?? 0) + 1
  return byStatus
}

function summary(result: CheckResult, problems: ParseProblem[]): string {
  const failing = result.failing + problems.length
  return `${counted(result.results.length, 'citation')}: ${result.results.length - result.failing} hold, ${failing} no longer hold${problems.length > 0 ? ` (${problems.length} unreadable)` : ''}`
}
