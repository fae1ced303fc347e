/**
 * Language server, document links: every resolved internal link of a chapter (to a rule, a chapter, a
 * section, a production or a term) as a link to the file and line where its target is written, so that
 * editors without go-to-definition on markdown can follow it. External URLs are left to the editor.
 */
import type {DocumentLink} from 'vscode-languageserver'
import {fileUri, toRange} from './positions.ts'
import {referenceSymbol} from './symbol-at.ts'
import {definitionOf, destinationSpan} from './symbol-locations.ts'
import type {Snapshot} from './workspace.ts'

export function documentLinks(snapshot: Snapshot, file: string): DocumentLink[] {
  const chapter = snapshot.chapters.get(file)
  if (!chapter) return []
  const {facts, index, project} = snapshot.model
  const links: DocumentLink[] = []
  const references = [...chapter.blocks.flatMap((block) => block.refs), ...(facts.chapters[chapter.id]?.definitionRefs ?? [])]
  for (const reference of references) {
    if (!reference.resolved || reference.kind === 'url' || reference.kind === 'std') continue
    const symbol = referenceSymbol(reference, index)
    const span = symbol ? definitionOf(snapshot, symbol) : reference.destination ? destinationSpan(snapshot, reference.destination) : null
    if (!span) continue
    // `#L<line>` is the fragment editors (VS Code, GitHub) read as a line of a file.
    links.push({range: toRange(reference.position), target: `${fileUri(project.contentRoot, span.file)}#L${span.start.line}`, tooltip: reference.target})
  }
  return links
}
