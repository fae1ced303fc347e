/**
 * `specmark diff`: the clause-level changelog between two versions of a specification, per rule ID, as
 * classified by `classify.ts` — added, removed, retired, normative text changed (with a word diff),
 * informative part changed, links retargeted, moved, renamed, renamed and changed — grouped by class
 * for printing and for the `/changes/` pages.
 */
import type {Registry} from '../registry/registry-file.ts'
import {classifyChanges, isChange, type ClauseChange, type ClauseRecord, type Place} from './classify.ts'

export type {Place} from './classify.ts'

export interface SpecDiff {
  /** Every change, one record per ID (see `ClauseChange`); what the groups below are made of. */
  changes: ClauseChange[]
  added: Array<{id: string} & Place>
  removed: Array<{id: string} & Place>
  retired: Array<{id: string; release: string; reason: string} & Place>
  /** The main text changed (renamed and changed IDs too, under their new ID). */
  changed: Array<{id: string; before: string; after: string; diff: string; renamedFrom: string | null} & Place>
  /** Only the informative part (examples, notes) changed, or it changed as well. */
  informative: Array<{id: string; before: string; after: string; diff: string} & Place>
  /** The same text now links elsewhere. */
  retargeted: Array<{id: string; removed: string[]; added: string[]} & Place>
  moved: Array<{id: string; from: Place; to: Place}>
  /** `changed` is true for renamed and changed IDs (their other changes are listed under the new ID). */
  renamed: Array<{id: string; to: string; via: 'registry' | 'text'; changed: boolean}>
}

/** Compares the clause records of two versions (pure); `afterRegistry` gives renames and retirements. */
export function diffParagraphs(before: readonly ClauseRecord[], after: readonly ClauseRecord[], afterRegistry: Registry | null): SpecDiff {
  return groupChanges(classifyChanges(before, after, {registry: afterRegistry}))
}

/** Groups classified changes by class. */
export function groupChanges(all: ClauseChange[]): SpecDiff {
  const changes = all.filter(isChange)
  const result: SpecDiff = {changes, added: [], removed: [], retired: [], changed: [], informative: [], retargeted: [], moved: [], renamed: []}
  for (const change of changes) {
    const place = (change.to ?? change.from)!
    if (change.status === 'added') result.added.push({id: change.id, ...place})
    else if (change.status === 'removed') result.removed.push({id: change.id, ...place})
    else if (change.status === 'retired') result.retired.push({id: change.id, ...change.retired!, ...place})
    if (change.status === 'renamed') {
      const changed = change.facets.some((facet) => facet !== 'moved')
      result.renamed.push({id: change.previousId, to: change.id, via: change.renamedVia!, changed})
    }
    if (change.facets.includes('normative')) {
      result.changed.push({id: change.id, ...place, before: change.before!, after: change.after!, diff: change.diff!, renamedFrom: change.status === 'renamed' ? change.previousId : null})
    }
    if (change.facets.includes('informative')) {
      result.informative.push({id: change.id, ...place, before: change.informativeBefore ?? '', after: change.informativeAfter ?? '', diff: change.informativeDiff ?? ''})
    }
    if (change.facets.includes('links')) result.retargeted.push({id: change.id, ...place, ...change.links!})
    if (change.facets.includes('moved')) result.moved.push({id: change.id, from: change.from!, to: change.to!})
  }
  return result
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
  section('retired', diff.retired, (item) => [`x ${item.id}  (${where(item)}) retired ${item.release === 'unreleased' ? 'since the last release' : `in ${item.release}`}${item.reason ? `: ${item.reason}` : ''}`])
  section('renamed', diff.renamed, (item) => [`> ${item.id} -> ${item.to}${item.via === 'text' ? '  (same text)' : ''}${item.changed ? '  (and changed, below)' : ''}`])
  section('moved', diff.moved, (item) => [`~ ${item.id}  ${where(item.from)} -> ${where(item.to)}`])
  section('normative text changed', diff.changed, (item) => [`* ${item.id}  (${where(item)})${item.renamedFrom ? `  renamed from ${item.renamedFrom}` : ''}`, item.diff])
  section('links retargeted', diff.retargeted, (item) => [`@ ${item.id}  (${where(item)})`, `${item.removed.map((link) => `[-${link}-]`).join(' ')} ${item.added.map((link) => `{+${link}+}`).join(' ')}`.trim()])
  section('informative part changed', diff.informative, (item) => [`i ${item.id}  (${where(item)})`, item.diff])
  const total = diff.changes.length
  lines.push(
    total === 0
      ? 'no clause-level changes'
      : `${diff.added.length} added, ${diff.removed.length} removed, ${diff.retired.length} retired, ${diff.changed.length} changed, ${diff.informative.length} informative, ${diff.retargeted.length} retargeted, ${diff.moved.length} moved, ${diff.renamed.length} renamed`
  )
  return lines.join('\n')
}
