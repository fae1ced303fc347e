/**
 * `specmark ids rename OLD NEW`: renames a rule ID — its label and every link to it across the
 * specification (rule links, link definitions, `#r-OLD` anchors, the interop data's `normative_refs`,
 * the signed-off suspect links of `reviewed-links.txt`) —
 * and, when OLD was released, records in the registry that OLD now resolves to NEW. All files are written
 * as one transaction (`src/fs/transaction.ts`); nothing else changes. A NEW outside the chapter's prefix
 * is refused, since `check` would then fail.
 */
import fs from 'node:fs/promises'
import path from 'node:path'
import {isMap, isScalar, isSeq, parseDocument, visit} from 'yaml'
import {InputError} from '../diagnostics/diagnostic.ts'
import {assertCommitted} from '../fs/dirty-guard.ts'
import {commitWrites} from '../fs/transaction.ts'
import {DATA_DIR} from '../interop/load-data.ts'
import {DATA_FILES} from '../interop/schema.ts'
import {isRuleId, MAX_RULE_ID_LENGTH} from '../core/rule-id.ts'
import type {Reference, SourceSpan} from '../model/types.ts'
import type {Model} from '../pipeline/assemble-model.ts'
import {REGISTRY_FILE, serializeRegistry, type Registry} from '../registry/registry-file.ts'
import {parseReviewedLinks, REVIEWED_FILE, serializeReviewedLinks} from '../trace/reviewed-links.ts'
import {planEdits, type TextEdit} from './source-edit.ts'
import {sourcesByFile} from './sources-by-file.ts'
import {anchorFor} from '../core/anchors.ts'

export interface RenameResult {
  files: string[]
  links: number
  registryUpdated: boolean
}

/** The edits that rename `oldId` to `newId` in the sources (pure). */
export function planRename(model: Model, oldId: string, newId: string): TextEdit[] {
  const {spec, facts, registry} = model
  if (!isRuleId(newId)) throw new InputError(`\`${newId}\` is not a well-formed rule ID`)
  if (newId.length > MAX_RULE_ID_LENGTH) throw new InputError(`\`${newId.slice(0, 40)}…\` is longer than ${MAX_RULE_ID_LENGTH} characters`)
  const location = spec.rules[oldId]
  if (!location) throw new InputError(`rule \`${oldId}\` is not defined in the sources`)
  if (newId in spec.rules) throw new InputError(`rule \`${newId}\` is already defined; pick an unused ID`)
  if (registry?.entries.has(newId)) throw new InputError(`rule ID \`${newId}\` was released before and can never be reused; pick a new ID`)
  if (model.project.layout === 'specmark') {
    const prefix = model.project.entries.find((entry) => entry.file === location.file)?.prefix
    if (prefix && newId !== prefix && !newId.startsWith(`${prefix}.`)) {
      throw new InputError(`\`${newId}\` is outside the prefix \`${prefix}.\` of the chapter defining \`${oldId}\`; pick an ID starting with \`${prefix}.\``)
    }
  }

  const sources = sourcesByFile(model)
  const edits: TextEdit[] = []
  const replaceIn = (span: SourceSpan, pattern: RegExp, replacement: string): void => {
    const text = sources.get(span.file)!.slice(span.start.offset, span.end.offset)
    let match: RegExpExecArray | null = null
    for (const candidate of text.matchAll(pattern)) match = candidate
    if (!match) return
    const start = span.start.offset + match.index + match[1]!.length
    edits.push({file: span.file, start, end: start + oldId.length, text: replacement})
  }
  const escaped = oldId.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  // The ID as a whole token: after `[`, `(`, `:`, `#r-` or space, before `]`, `)`, `>` or the end.
  const asRule = new RegExp(`([\\[(:\\s<]|^)${escaped}(?=[\\])>\\s]|$)`, 'g')
  const asAnchor = new RegExp(`(#r-)${escaped}(?=[\\])>\\s"']|$)`, 'g')

  const labelledBlock = spec.chapters.find((chapter) => chapter.id === location.chapter)!.blocks[location.block]!
  const label = labelledBlock.labelPosition!
  edits.push({file: label.file, start: label.start.offset + 2, end: label.start.offset + 2 + oldId.length, text: newId})

  const visitReference = (reference: Reference): void => {
    if (reference.kind === 'rule' && reference.target === oldId) replaceIn(reference.position, asRule, newId)
    else if (reference.destination?.anchor === anchorFor(oldId)) replaceIn(reference.position, asAnchor, newId)
  }
  for (const chapter of spec.chapters) {
    for (const block of chapter.blocks) for (const reference of block.refs) if (!reference.viaDefinition) visitReference(reference)
    for (const reference of facts.chapters[chapter.id]?.definitionRefs ?? []) visitReference(reference)
  }
  return edits
}

/** The registry with `oldId` recorded as renamed to `newId`, or null when it does not change (pure). */
export function renamedRegistry(registry: Registry | null, oldId: string, newId: string): Registry | null {
  const entry = registry?.entries.get(oldId)
  if (!registry || !entry || entry.status.kind !== 'active') return null
  const entries = new Map(registry.entries)
  entries.set(oldId, {...entry, status: {kind: 'renamed', to: newId}})
  return {...registry, entries}
}

/**
 * The edits renaming `oldId` in the interop data's `normative_refs` (`interop/data/*.yaml`), with the
 * texts they apply to, keyed by file relative to the content root.
 */
export async function planInteropRename(contentRoot: string, oldId: string, newId: string): Promise<{edits: TextEdit[]; sources: Map<string, string>}> {
  const edits: TextEdit[] = []
  const sources = new Map<string, string>()
  for (const spec of Object.values(DATA_FILES)) {
    const file = `${DATA_DIR}/${spec.file}`
    const text = await fs.readFile(path.join(contentRoot, file), 'utf8').catch(() => null)
    if (text === null || !text.includes(oldId)) continue
    const document = parseDocument(text)
    visit(document, {
      Pair(_, pair) {
        if (!isScalar(pair.key) || pair.key.value !== 'normative_refs' || !isSeq(pair.value)) return
        for (const item of pair.value.items) {
          if (!isScalar(item) || item.value !== oldId || !item.range) continue
          // Quoted or plain, the ID is the scalar's only text: replace it inside the node's range.
          const at = text.indexOf(oldId, item.range[0])
          if (at === -1 || at >= item.range[1]) continue
          edits.push({file, start: at, end: at + oldId.length, text: newId})
        }
      },
    })
    if (isMap(document.contents)) sources.set(file, text)
  }
  return {edits, sources}
}

export async function renameId(model: Model, oldId: string, newId: string, options: {allowDirty?: boolean} = {}): Promise<RenameResult> {
  const edits = planRename(model, oldId, newId)
  const interop = await planInteropRename(model.project.contentRoot, oldId, newId)
  const registry = renamedRegistry(model.registry, oldId, newId)
  const registryFile = path.join(model.project.root, REGISTRY_FILE)
  if (registry) assertCommitted([registryFile], options.allowDirty ?? false)
  const sources = new Map([...sourcesByFile(model), ...interop.sources])
  const {writes, files} = planEdits(model.project.contentRoot, sources, [...edits, ...interop.edits], options)
  if (registry) writes.push({file: registryFile, content: serializeRegistry(registry)})
  // Signed-off suspect links name the ID too: they follow it, so that a review is not lost by a rename.
  const reviewedFile = path.join(model.project.root, REVIEWED_FILE)
  const reviewedText = await fs.readFile(reviewedFile, 'utf8').catch(() => null)
  if (reviewedText !== null) {
    const reviewed = parseReviewedLinks(reviewedText, REVIEWED_FILE)
    if (reviewed.some((link) => link.id === oldId)) {
      assertCommitted([reviewedFile], options.allowDirty ?? false)
      writes.push({file: reviewedFile, content: serializeReviewedLinks(reviewed.map((link) => (link.id === oldId ? {...link, id: newId} : link))), expected: reviewedText})
    }
  }
  await commitWrites(model.project.root, writes, `ids rename ${oldId} ${newId}`)
  return {files, links: edits.length - 1 + interop.edits.length, registryUpdated: registry !== null}
}
