/**
 * `specmark ids assign`: gives every unlabelled normative paragraph, list and table a new rule ID and
 * inserts its `r[…]` line above it. An ID is derived from the block's section (the section heading's
 * rule ID, else the chapter's prefix) and the first significant words of its text; it is well-formed,
 * unique, and never one the registry knows (retired and renamed IDs are never reused). Only the label
 * lines are inserted — no other byte changes — so a second run finds nothing to do.
 */
import type {Model} from '../pipeline/assemble-model.ts'
import type {Block, Chapter} from '../model/types.ts'
import {isRuleId} from '../core/rule-id.ts'
import {commitWrites} from '../fs/transaction.ts'
import {lineEnding, lineStart, planEdits, type TextEdit} from './source-edit.ts'
import {sourcesByFile} from './sources-by-file.ts'

const CITABLE = new Set(['paragraph', 'list', 'table'])
const STOP_WORDS = new Set(
  'a an and are as at be by for from if in into is it its of on or such than that the their then there these this to was were when which while with'.split(' ')
)
const WORDS_PER_ID = 3

export interface AssignedId {
  id: string
  file: string
  line: number
}

/** Which blocks need an ID, and the ID each gets (pure). */
export function planAssignments(model: Model): Array<AssignedId & {offset: number}> {
  const taken = new Set<string>([...Object.keys(model.spec.rules), ...(model.registry?.entries.keys() ?? [])])
  const prefixes = new Map(model.project.entries.map((entry) => [entry.file, entry.prefix]))
  const plan: Array<AssignedId & {offset: number}> = []
  for (const chapter of model.spec.chapters) {
    for (const block of chapter.blocks) {
      if (block.clause !== null || block.parent !== null || block.kind !== 'normative' || !CITABLE.has(block.type)) continue
      const base = sectionRuleId(chapter, block) ?? prefixes.get(chapter.file) ?? null
      if (base === null) continue
      const id = uniqueId(base, slugWords(block.text), taken)
      taken.add(id)
      plan.push({id, file: chapter.file, line: block.position.start.line, offset: block.position.start.offset})
    }
  }
  return plan
}

/** Assigns IDs and writes the changed chapters; returns what it assigned. */
export async function assignIds(model: Model, options: {allowDirty?: boolean} = {}): Promise<AssignedId[]> {
  const sources = sourcesByFile(model)
  const plan = planAssignments(model)
  const edits: TextEdit[] = plan.map((item) => {
    const text = sources.get(item.file)!
    const start = lineStart(text, item.offset)
    return {file: item.file, start, end: start, text: `r[${item.id}]${lineEnding(text)}`}
  })
  const {writes} = planEdits(model.project.contentRoot, sources, edits, options)
  await commitWrites(model.project.root, writes, 'ids assign')
  return plan.map(({id, file, line}) => ({id, file, line}))
}

/** The rule ID of the nearest heading above the block that has one. */
function sectionRuleId(chapter: Chapter, block: Block): string | null {
  const index = chapter.sections.findIndex((section) => section.anchor === block.section)
  for (let candidate = index; candidate >= 0; candidate--) {
    const ruleId = chapter.sections[candidate]!.ruleId
    if (ruleId !== null) return ruleId
  }
  return null
}

/** A short kebab-case name from the first significant words of a text. */
export function slugWords(text: string): string {
  const words = text
    .toLowerCase()
    .replace(/[^a-z0-9\s_-]+/g, ' ')
    .split(/\s+/)
    .filter((word) => word !== '' && !STOP_WORDS.has(word))
  return words.slice(0, WORDS_PER_ID).join('-').replace(/^[_-]+/, '') || 'rule'
}

function uniqueId(base: string, name: string, taken: Set<string>): string {
  const candidate = `${base}.${name}`
  const first = isRuleId(candidate) ? candidate : `${base}.rule`
  if (!taken.has(first)) return first
  for (let n = 2; ; n++) {
    const numbered = `${first}-${n}`
    if (!taken.has(numbered)) return numbered
  }
}
