/**
 * Language server, diagnostics: `check`'s diagnostics as the protocol's, grouped by file — same code, same
 * place, same message (with the `help:` hint on its own line) and the related place (`cause`) as related
 * information. A diagnostic of the whole project (no place) is shown at the top of the outline or
 * SUMMARY.md. To carry a new diagnostic field, map it in `toProtocolDiagnostic`.
 */
import {DiagnosticSeverity, type Diagnostic as ProtocolDiagnostic} from 'vscode-languageserver'
import type {Diagnostic} from '../diagnostics/diagnostic.ts'
import type {Project} from '../load/project.ts'
import {fileUri, toLocation, toRange} from './positions.ts'

/** Diagnostics by document URI. */
export function diagnosticsByUri(project: Project, diagnostics: Diagnostic[]): Map<string, ProtocolDiagnostic[]> {
  const byUri = new Map<string, ProtocolDiagnostic[]>()
  for (const diagnostic of diagnostics) {
    const uri = fileUri(project.contentRoot, diagnostic.place?.file ?? project.listingFile)
    const list = byUri.get(uri) ?? []
    list.push(toProtocolDiagnostic(project, diagnostic))
    byUri.set(uri, list)
  }
  return byUri
}

export function toProtocolDiagnostic(project: Project, diagnostic: Diagnostic): ProtocolDiagnostic {
  const start = {line: 0, character: 0}
  return {
    range: diagnostic.place ? toRange(diagnostic.place) : {start, end: start},
    severity: diagnostic.severity === 'error' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    code: diagnostic.code,
    source: diagnostic.source,
    message: diagnostic.hint ? `${diagnostic.reason}\nhelp: ${diagnostic.hint}` : diagnostic.reason,
    ...(diagnostic.cause
      ? {relatedInformation: [{location: toLocation(project.contentRoot, diagnostic.cause.place), message: diagnostic.cause.reason}]}
      : {}),
  }
}
