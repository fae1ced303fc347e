/**
 * Model, whole specification: assembles the chapters in table-of-contents order, indexes rules,
 * productions and terms, and resolves every reference. Cheap: all per-file work is done before.
 */
import {UNLISTED_PART, type Project} from '../load/project.ts'
import type {ChapterDraft} from './build-chapter.ts'
import {finishClauses} from './clauses.ts'
import type {ChapterFacts, SpecFacts} from './facts.ts'
import {resolveDefinition, resolveRawReference, resolvesSame, type LinkIndex} from './resolve-reference.ts'
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
  /**
   * A previous build of the same project (the language server and `specmark dev` build again on every
   * edit). A chapter whose draft is the same object as the one it was built from, and whose references
   * resolve exactly as they did, is taken from it unchanged — the same `Chapter`, facts and productions
   * objects — so that what callers derived from it (rendered HTML, per-chapter diagnostics) stays valid
   * by identity.
   */
  previous?: {spec: Spec; facts: SpecFacts}
}

/** What each built chapter was built from, to know when a later build may reuse it. */
const builtFrom = new WeakMap<Chapter, {draft: ChapterDraft; firstNames: string; productions: Production[]}>()
/** What each build's chapter list was built from (a spec is copied by its users; its chapter list is not). */
const buildInputs = new WeakMap<Chapter[], {project: Project; drafts: ChapterDraft[]; firstNames: string}>()

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
    anchors.set(chapter.id, anchorSet(draft))
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
  const namesKey = JSON.stringify(firstNames)
  const canonical = (id: string): string => (Object.hasOwn(firstNames, id) ? firstNames[id]! : id)
  const facts: SpecFacts = {chapters: {}}
  const previous = new Map((options.previous?.spec.chapters ?? []).map((chapter) => [chapter.id, chapter]))
  // When every changed chapter defines the same link targets as before (the usual edit of a paragraph's
  // text), the index resolves every link as it did: unchanged chapters are taken as they are, unresolved.
  const linksAsBefore = options.previous !== undefined && resolvesAsBefore(project, drafts, namesKey, buildInputs.get(options.previous.spec.chapters))
  const chapters: Chapter[] = []
  const productionsOf: Production[][] = []
  for (const draft of drafts) {
    const before = previous.get(draft.chapter.id)
    const origin = before && builtFrom.get(before)
    const beforeFacts = before && options.previous!.facts.chapters[before.id]
    const reusable = before && origin && beforeFacts && origin.draft === draft && origin.firstNames === namesKey ? {chapter: before, origin, facts: beforeFacts} : null
    if (reusable && linksAsBefore) {
      keep(reusable)
      continue
    }
    const from = {chapter: draft.chapter.id, file: draft.chapter.file}
    const refs = draft.chapter.blocks.map((): Reference[] => [])
    for (const raw of draft.rawRefs) {
      const reference = resolveRawReference(raw, from, index)
      if (reference) refs[raw.block]!.push(reference)
    }
    const definitionRefs: Reference[] = []
    for (const definition of draft.rawDefinitions) {
      const reference = resolveDefinition(definition.url, definition.position, from, index)
      if (reference) definitionRefs.push(reference)
    }
    if (reusable && sameReferences(definitionRefs, reusable.facts.definitionRefs) && reusable.chapter.blocks.every((block, position) => sameReferences(refs[position]!, block.refs))) {
      keep(reusable)
      continue
    }
    // Drafts are never modified (they may be shared through caches): each chapter gets fresh blocks.
    const blocks = draft.chapter.blocks.map((block, position) => ({...block, refs: refs[position]!}))
    const chapter: Chapter = {...draft.chapter, blocks, clauses: finishClauses(draft.chapter.clauses, blocks, canonical)}
    const productions = draft.productions.map((production) => withLinks(production, chapter))
    builtFrom.set(chapter, {draft, firstNames: namesKey, productions})
    chapters.push(chapter)
    productionsOf.push(productions)
    facts.chapters[chapter.id] = {...draft.facts, definitionRefs} satisfies ChapterFacts
  }
  // A copy: callers may edit their list of drafts in place (the language server does).
  buildInputs.set(chapters, {project, drafts: [...drafts], firstNames: namesKey})

  function keep({chapter, origin, facts: chapterFacts}: {chapter: Chapter; origin: {productions: Production[]}; facts: ChapterFacts}): void {
    chapters.push(chapter)
    productionsOf.push(origin.productions)
    facts.chapters[chapter.id] = chapterFacts
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
    grammar: productionsOf.flat(),
    terms: drafts.flatMap((draft) => draft.terms),
  }
  return {spec, facts, index}
}

/**
 * Whether the index of `drafts` resolves every link exactly as that of an earlier build did: the same
 * project and renames, the same chapters in the same order, each defining the same link targets.
 */
function resolvesAsBefore(project: Project, drafts: ChapterDraft[], firstNames: string, before: {project: Project; drafts: ChapterDraft[]; firstNames: string} | undefined): boolean {
  if (!before || before.project !== project || before.firstNames !== firstNames || before.drafts.length !== drafts.length) return false
  return drafts.every((draft, position) => draft === before.drafts[position] || linkTargets(draft) === linkTargets(before.drafts[position]!))
}

const targets = new WeakMap<ChapterDraft, string>()

/**
 * What a chapter adds to the link index, as far as resolving reads it: its id and file, its rule IDs,
 * productions and terms with where they land, and its anchors (`resolve-reference.ts`). Not positions.
 */
function linkTargets(draft: ChapterDraft): string {
  let text = targets.get(draft)
  if (text === undefined) {
    const {chapter, productions, terms, facts} = draft
    text = JSON.stringify([chapter.id, chapter.file, chapter.clauses.map((clause) => clause.id), productions.map(({name, chapter, anchor}) => [name, chapter, anchor]), terms.map(({slug, chapter, anchor}) => [slug, chapter, anchor]), facts.anchors])
    targets.set(draft, text)
  }
  return text
}

const anchorSets = new WeakMap<ChapterDraft, Set<string>>()

/** A chapter's anchors as a set, built once per draft (drafts are never modified). */
function anchorSet(draft: ChapterDraft): Set<string> {
  let set = anchorSets.get(draft)
  if (!set) anchorSets.set(draft, (set = new Set(draft.facts.anchors)))
  return set
}

/** Whether two lists of a chapter's references (from the same raw references) are the same, written where and resolving alike. */
function sameReferences(a: readonly Reference[], b: readonly Reference[]): boolean {
  if (a.length !== b.length) return false
  return a.every((reference, position) => {
    const other = b[position]!
    return reference.viaDefinition === other.viaDefinition && reference.position.start.offset === other.position.start.offset && resolvesSame(reference, other)
  })
}

/** A production with the resolved links of its suffixes, taken from its block's references by position. */
function withLinks(production: Production, chapter: Chapter): Production {
  const offsets = linkOffsets(production)
  if (offsets.size === 0) return production
  return {...production, links: chapter.blocks[production.block]?.refs.filter((reference) => offsets.has(reference.position.start.offset)) ?? []}
}

const linkOffsetsOf = new WeakMap<Production, Set<number>>()

/** Where a draft production's suffixes have links: walked once per production (drafts are never modified). */
function linkOffsets(production: Production): Set<number> {
  let offsets = linkOffsetsOf.get(production)
  if (offsets) return offsets
  offsets = new Set()
  for (const note of production.syntax.notation) {
    if (!note.content) continue
    visit({type: 'paragraph', children: note.content} as Paragraph, (node) => {
      if ((node.type === 'link' || node.type === 'linkReference' || node.type === 'image') && node.position?.start.offset !== undefined) offsets!.add(node.position.start.offset)
    })
  }
  linkOffsetsOf.set(production, offsets)
  return offsets
}
