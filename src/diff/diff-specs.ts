/**
 * `specmark diff`: the paragraph-level changelog between two versions of a specification, per rule ID:
 * added, removed, changed (the text hash differs; with a word diff), moved (to another chapter or
 * section) and renamed (the new side's registry says so, or — for specs without a registry, such as the
 * Reference — an ID vanished and a new one appeared with exactly the same text).
 */
import type {ExportedParagraph} from '../export/paragraphs.ts'
import {registryLookup, resolveId} from '../registry/id-resolution.ts'
import type {Registry} from '../registry/registry-file.ts'
import {wordDiffText} from './word-diff.ts'

export interface Place {
  chapter: string
  section: string | null
}

export interface SpecDiff {
  added: Array<{id: string} & Place>
  removed: Array<{id: string} & Place>
  changed: Array<{id: string; before: string; after: string; diff: string} & Place>
  moved: Array<{id: string; from: Place; to: Place}>
  renamed: Array<{id: string; to: string; via: 'registry' | 'text'}>
}

/** Compares the paragraphs of two versions (pure). */
export function diffParagraphs(before: ExportedParagraph[], after: ExportedParagraph[], afterRegistry: Registry | null): SpecDiff {
  const old = new Map(before.map((paragraph) => [paragraph.id, paragraph]))
  const current = new Map(after.map((paragraph) => [paragraph.id, paragraph]))
  const place = (paragraph: ExportedParagraph): Place => ({chapter: paragraph.chapter, section: paragraph.section})
  const result: SpecDiff = {added: [], removed: [], changed: [], moved: [], renamed: []}

  const vanished = before.filter((paragraph) => !current.has(paragraph.id))
  const appeared = after.filter((paragraph) => !old.has(paragraph.id))
  const renamedTo = new Map<string, {to: string; via: 'registry' | 'text'}>()
  for (const paragraph of vanished) {
    const entry = afterRegistry?.entries.get(paragraph.id)
    if (entry?.status.kind === 'renamed') renamedTo.set(paragraph.id, {to: renamedWithin(afterRegistry!, paragraph.id, current), via: 'registry'})
  }
  const appearedByHash = new Map<string, ExportedParagraph[]>()
  for (const paragraph of appeared) appearedByHash.set(paragraph.sha256, [...(appearedByHash.get(paragraph.sha256) ?? []), paragraph])
  for (const paragraph of vanished) {
    if (renamedTo.has(paragraph.id)) continue
    const candidates = appearedByHash.get(paragraph.sha256) ?? []
    if (candidates.length === 1) renamedTo.set(paragraph.id, {to: candidates[0]!.id, via: 'text'})
  }
  const renameTargets = new Set([...renamedTo.values()].map((rename) => rename.to))

  for (const paragraph of vanished) {
    const rename = renamedTo.get(paragraph.id)
    if (rename) result.renamed.push({id: paragraph.id, ...rename})
    else result.removed.push({id: paragraph.id, ...place(paragraph)})
  }
  for (const paragraph of appeared) if (!renameTargets.has(paragraph.id)) result.added.push({id: paragraph.id, ...place(paragraph)})
  for (const paragraph of after) {
    const previous = old.get(paragraph.id)
    if (!previous) continue
    if (previous.sha256 !== paragraph.sha256) {
      result.changed.push({id: paragraph.id, ...place(paragraph), before: previous.text, after: paragraph.text, diff: wordDiffText(previous.text, paragraph.text)})
    }
    if (previous.chapter !== paragraph.chapter || previous.section !== paragraph.section) {
      result.moved.push({id: paragraph.id, from: place(previous), to: place(paragraph)})
    }
  }
  return result
}

/**
 * Where a renamed ID went on the newer side: across several releases it may have been renamed more
 * than once, so the registry's chain is followed until an ID that side has (or its end).
 */
function renamedWithin(registry: Registry, id: string, present: ReadonlyMap<string, unknown>): string {
  const lookup = registryLookup(registry, (candidate) => candidate !== id && present.has(candidate))
  // The first ID on the way that side has, or where the chain ends.
  return resolveId(id, lookup).id
}

/** The diff as text, one section per kind of change. */
export function formatDiffText(diff: SpecDiff): string {
  const lines: string[] = []
  const where = (p: Place): string => (p.section ? `${p.chapter}#${p.section}` : p.chapter)
  const section = <T>(title: string, items: T[], line: (item: T) => string[]): void => {
    if (items.length === 0) return
    lines.push(`${title} (${items.length}):`)
    for (const item of items) lines.push(...line(item).map((text, index) => (index === 0 ? `  ${text}` : `      ${text}`)))
    lines.push('')
  }
  section('added', diff.added, (item) => [`+ ${item.id}  (${where(item)})`])
  section('removed', diff.removed, (item) => [`- ${item.id}  (${where(item)})`])
  section('renamed', diff.renamed, (item) => [`> ${item.id} -> ${item.to}${item.via === 'text' ? '  (same text)' : ''}`])
  section('moved', diff.moved, (item) => [`~ ${item.id}  ${where(item.from)} -> ${where(item.to)}`])
  section('changed', diff.changed, (item) => [`* ${item.id}  (${where(item)})`, item.diff])
  const total = diff.added.length + diff.removed.length + diff.renamed.length + diff.moved.length + diff.changed.length
  lines.push(
    total === 0
      ? 'no paragraph-level changes'
      : `${diff.added.length} added, ${diff.removed.length} removed, ${diff.changed.length} changed, ${diff.moved.length} moved, ${diff.renamed.length} renamed`
  )
  return lines.join('\n')
}
