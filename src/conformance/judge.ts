/**
 * Whether what rustc did matches what a conformance test's header expects. Returns the problems, each at
 * the test line it concerns; an empty list means the test passed.
 */
import type {TestHeader} from './parse-header.ts'
import type {RustcError, RustcResult} from './rustc.ts'

export interface Problem {
  line: number
  message: string
}

const show = (error: RustcError): string => `${error.code ? `error[${error.code}]` : 'error'}${error.line ? ` at line ${error.line}` : ''}: ${error.message}`

export function judge(header: TestHeader, result: RustcResult): Problem[] {
  const at = header.modeLine
  const coded = result.errors.filter((error) => error.code !== null)
  const first = coded[0] ?? result.errors[0]
  switch (header.mode) {
    case 'check-pass':
    case 'run-pass':
    case 'run-fail': {
      if (!result.compiled) return [{line: first?.line ?? at, message: `Unexpected compile error in a \`${header.mode}\` test: ${first ? show(first) : 'rustc failed'}`}]
      if (header.mode === 'check-pass' || !result.run) return []
      const problems: Problem[] = []
      if (header.mode === 'run-pass' && !result.run.ok) problems.push({line: at, message: `Unexpected failure when running a \`run-pass\` test: ${result.run.detail}`})
      if (header.mode === 'run-fail' && result.run.ok) problems.push({line: at, message: 'Unexpected normal exit of a `run-fail` test, expected a panic or a non-zero exit'})
      if (header.stdout) {
        const actual = result.run.stdout.replace(/\n$/, '')
        const expected = header.stdout.join('\n')
        if (actual !== expected) problems.push({line: at, message: `Unexpected output ${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}`})
      }
      return problems
    }
    case 'compile-fail': {
      if (result.compiled) return [{line: at, message: `Unexpected successful compilation of a \`compile-fail\` test, expected ${[...header.codes, ...header.messages.map((part) => `\`${part}\``)].join(', ')}`}]
      const problems: Problem[] = []
      const reported = new Set(coded.map((error) => error.code!))
      const missing = header.codes.filter((code) => !reported.has(code))
      if (missing.length > 0) problems.push({line: at, message: `Unexpected errors without \`${missing.join('`, `')}\`: ${first ? show(first) : 'rustc failed without a diagnostic'}`})
      for (const part of header.messages) {
        if (!result.errors.some((error) => error.message.includes(part))) problems.push({line: at, message: `Unexpected errors without the message \`${part}\`: ${first ? show(first) : 'rustc failed without a diagnostic'}`})
      }
      const extra = coded.filter((error) => !header.codes.includes(error.code!))
      if (extra.length > 0) problems.push({line: extra[0]!.line ?? at, message: `Unexpected ${show(extra[0]!)}, expected only ${header.codes.join(', ') || 'errors without a code'}`})
      for (const annotation of header.annotations) {
        if (!coded.some((error) => error.code === annotation.code && error.line === annotation.line)) {
          const elsewhere = coded.filter((error) => error.code === annotation.code).map((error) => error.line)
          problems.push({line: annotation.at, message: `Unexpected lines for \`${annotation.code}\`: ${elsewhere.length > 0 ? `reported at line ${elsewhere.join(', ')}` : 'not reported'}, expected line ${annotation.line}`})
        }
      }
      return problems
    }
    default:
      return []
  }
}
