/**
 * Model, whole specification: assembles the chapters in table-of-contents order, indexes rules,
 * productions and terms, and resolves every reference. Cheap: all per-file work is done before.
 */
import {UNLISTED_PART, type Project} from '../load/project.ts'
import type {ChapterDraft} from './build-chapter.ts'
import {finishClauses} from './clauses.ts'
import type {ChapterFacts, SpecFacts} from './facts.ts'
import {resolveDefinition, resolveRawReference, type LinkIndex} from './resolve-reference.ts'
import type {Paragraph} from 'mdast'
import {visit} from 'unist-util-visit'
import {MODEL_VERSION, type Chapter, type Production, type Reference, type RuleLocation, type Spec, type Term} from './types.ts'

export interface BuildOptions {
  /**
   * The first name of every renamed rule ID, by its name now (from the registry's `renamed:` lines; see
   * `firstNames` in `src/registry/registry-file.ts`). Links to a renamed rule hash as links to its first
   * name, so that a rename alone changes no clause hash.
   */
  firstNames?: Readonly<Record<string, string>>
}

/**
 * Builds the model from per-chapter drafts.
 * @param project the loaded project (title, parts, order)
 * @param drafts one draft per chapter, in table-of-contents order
 */
export function buildSpec(project: Project, drafts: ChapterDraft[], options: BuildOptions = {}): {spec: Spec; facts: SpecFacts; index: LinkIndex} {
  const rules: Record<string, RuleLocation> = {}
  const productions = new Map<string, Production>()
  const terms = new Map<string, Term>()
  const chapterByFile = new Map<string, string>()
  const anchors = new Map<string, Set<string>>()
  for (const draft of drafts) {
    const {chapter} = draft
    chapterByFile.set(chapter.file, chapter.id)
    anchors.set(chapter.id, new Set(draft.facts.anchors))
    for (const [clauseIndex, clause] of chapter.clauses.entries()) {
      if (!(clause.id in rules)) {
        rules[clause.id] = {chapter: chapter.id, file: chapter.file, block: clause.head, clause: clauseIndex, position: clause.labelPosition}
      }
    }
    for (const production of draft.productions) if (!productions.has(production.name)) productions.set(production.name, production)
    for (const term of draft.terms) if (!terms.has(term.slug)) terms.set(term.slug, term)
  }
  const index: LinkIndex = {rules, productions, terms, chapterByFile, anchors}
  if (project.layout === 'mdbook') {
    index.book = {
      assets: new Set(project.assetFiles ?? []),
      redirects: new Set(Object.keys(project.redirects ?? {}).map((key) => key.replace(/^\/+/, ''))),
    }
  }

  const firstNames = options.firstNames ?? {}
  const canonical = (id: string): string => (Object.hasOwn(firstNames, id) ? firstNames[id]! : id)
  const facts: SpecFacts = {chapters: {}}
  // Drafts are never modified (they may be shared through caches): each chapter gets fresh blocks.
  const chapters = drafts.map((draft) => ({...draft.chapter, blocks: draft.chapter.blocks.map((block) => ({...block, refs: [] as Reference[]}))}))
  for (const [position, draft] of drafts.entries()) {
    const chapter = chapters[position]!
    const from = {chapter: chapter.id, file: chapter.file}
    for (const raw of draft.rawRefs) {
      const reference = resolveRawReference(raw, from, index)
      if (reference) chapter.blocks[raw.block]!.refs.push(reference)
    }
    const definitionRefs: Reference[] = []
    for (const definition of draft.rawDefinitions) {
      const reference = resolveDefinition(definition.url, definition.position, from, index)
      if (reference) definitionRefs.push(reference)
    }
    facts.chapters[chapter.id] = {...draft.facts, definitionRefs} satisfies ChapterFacts
    chapter.clauses = finishClauses(draft.chapter.clauses, chapter.blocks, canonical)
  }

  const spec: Spec = {
    modelVersion: MODEL_VERSION,
    layout: project.layout,
    urls: project.settings.urls ?? (project.layout === 'mdbook' ? 'html' : 'directories'),
    title: project.title,
    version: project.version,
    parts: [...project.parts, UNLISTED_PART].map((part) => ({
      ...part,
      chapters: drafts.filter((draft) => draft.chapter.partId === part.id).map((draft) => draft.chapter.id),
    })).filter((part) => part.id !== UNLISTED_PART.id || part.chapters.length > 0),
    chapters,
    rules,
    grammar: drafts.flatMap((draft, position) => draft.productions.map((production) => withLinks(production, chapters[position]!))),
    terms: drafts.flatMap((draft) => draft.terms),
  }
  return {spec, facts, index}
}

/** A production with the resolved links of its suffixes, taken from its block's references by position. */
function withLinks(production: Production, chapter: Chapter): Production {
  const offsets = new Set<number>()
  for (const note of production.syntax.notation) {
    if (!note.content) continue
    visit({type: 'paragraph', children: note.content} as Paragraph, (node) => {
      if ((node.type === 'link' || node.type === 'linkReference' || node.type === 'image') && node.position?.start.offset !== undefined) offsets.add(node.position.start.offset)
    })
  }
  if (offsets.size === 0) return production
  return {...production, links: chapter.blocks[production.block]?.refs.filter((reference) => offsets.has(reference.position.start.offset)) ?? []}
}
