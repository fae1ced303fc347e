/**
 * What a cited ID names, decided from the model (and the registry, for IDs that no longer name text):
 *
 * - `paragraph`: a clause with text of its own (see `Clause`), a labelled heading followed by text
 *   included: the unit coverage counts. It counts towards coverage when the clause is normative, and its
 *   hash is the clause's. A paragraph whose ID also prefixes other IDs
 *   (`cfg.predicate` and `cfg.predicate.any` in the Reference) is still a paragraph: it has text of its
 *   own, and treating it as a parent would make it impossible to cover.
 * - `parent`: a pure section ID (a labelled heading followed at once by another label or heading:
 *   `expr`, `items.fn`) or an interior prefix of defined IDs that labels
 *   nothing (`lex` in the Reference; mdbook-spec's `interior_prefixes`). Citing it is a warning naming the
 *   paragraphs under it, and covers none of them: a test that exercises "all of expressions" is evidence
 *   for no paragraph in particular, and an auditor cannot tell which ones it was meant for.
 * - `renamed`: an ID the registry records as renamed; the citation counts for the ID it resolves to now
 *   (following chains of renames), with a warning to update the test. Renamed to a heading, it is a
 *   `parent`.
 * - `retired`: an ID the registry records as retired, or renamed into an ID retired since: an error, as
 *   the paragraph no longer exists.
 * - `unknown`: none of these: an error.
 *
 * "Under" a parent means the paragraphs whose ID starts with `<parent>.`; for a heading whose IDs do not
 * share its prefix, the paragraphs of its section and subsections.
 *
 * To add a category, extend `CitedId`, decide it in `classifyId`, and report it in `coverage.ts`.
 */
import {isNormativeParagraph} from '../model/block-kind.ts'
import {parentIds} from '../core/rule-id.ts'
import type {Spec} from '../model/types.ts'
import {registryLookup, resolveId} from '../registry/id-resolution.ts'
import type {Registry} from '../registry/registry-file.ts'

/** A citable paragraph: a clause with text of its own. */
export interface TracedParagraph {
  id: string
  chapter: string
  normative: boolean
  /** Where its label is written: the spec file (relative to the content root) and line. */
  file: string
  line: number
  section: string | null
  /** The clause's main text, link identities and hash (what a citation pins). */
  text: string
  links: string[]
  hash: string
}

export type CitedId =
  | {kind: 'paragraph'; paragraph: TracedParagraph}
  | {kind: 'parent'; id: string; heading: boolean; paragraphs: string[]}
  | {kind: 'renamed'; id: string; to: TracedParagraph}
  | {kind: 'retired'; id: string; release: string; reason: string}
  | {kind: 'unknown'; id: string; near: string | null}

export interface TraceIndex {
  /** Every citable paragraph, in document order. */
  paragraphs: TracedParagraph[]
  byId: Map<string, TracedParagraph>
  /** Pure section IDs, with the paragraphs of their section and subsections. */
  headings: Map<string, TracedParagraph[]>
  /** Every proper prefix of a defined ID (`expr.if` for `expr.if.cond`). */
  prefixes: Set<string>
  /** Every defined ID (for "did you mean"). */
  ids: string[]
  registry: Registry | null
}

/** Indexes the IDs of a specification for classifying citations (pure). */
export function indexSpec(spec: Spec, registry: Registry | null = null): TraceIndex {
  const paragraphs: TracedParagraph[] = []
  const headings = new Map<string, TracedParagraph[]>()
  for (const chapter of spec.chapters) {
    const chapterParagraphs: Array<{paragraph: TracedParagraph; section: string | null}> = []
    const sectionIds = new Set<string>()
    for (const clause of chapter.clauses) {
      if (clause.kind === 'section') {
        sectionIds.add(clause.id)
        continue
      }
      const paragraph: TracedParagraph = {
        id: clause.id,
        chapter: chapter.id,
        normative: isNormativeParagraph(clause),
        file: chapter.file,
        line: clause.labelPosition.start.line,
        section: clause.section,
        text: clause.text,
        links: clause.links,
        hash: clause.hash,
      }
      paragraphs.push(paragraph)
      chapterParagraphs.push({paragraph, section: clause.section})
    }
    chapter.sections.forEach((section, index) => {
      if (section.ruleId === null || !sectionIds.has(section.ruleId)) return
      const inside = new Set([section.anchor])
      for (const next of chapter.sections.slice(index + 1)) {
        if (next.depth <= section.depth) break
        inside.add(next.anchor)
      }
      headings.set(
        section.ruleId,
        chapterParagraphs.filter((entry) => entry.section !== null && inside.has(entry.section)).map((entry) => entry.paragraph)
      )
    })
  }
  const ids = Object.keys(spec.rules)
  const prefixes = new Set(ids.flatMap(parentIds))
  // The first definition wins, as in the model's `rules` (a duplicate is `check`'s business).
  const byId = new Map<string, TracedParagraph>()
  for (const paragraph of paragraphs) if (!byId.has(paragraph.id)) byId.set(paragraph.id, paragraph)
  return {paragraphs, byId, headings, prefixes, ids, registry}
}

/**
 * Classifies a cited ID. `near` (a likely typo's correction) is computed by `suggest`, which is only
 * called for unknown IDs, so that a large clean test suite pays nothing for it.
 */
export function classifyId(index: TraceIndex, id: string, suggest: (id: string) => string | null = () => null): CitedId {
  const paragraph = index.byId.get(id)
  if (paragraph) return {kind: 'paragraph', paragraph}
  if (index.headings.has(id) || index.prefixes.has(id)) return {kind: 'parent', id, heading: index.headings.has(id), paragraphs: paragraphsUnder(index, id)}
  const registry = index.registry
  const entry = registry?.entries.get(id)
  if (registry && entry?.status.kind === 'renamed') {
    const resolved = resolveId(id, registryLookup(registry))
    const now = resolved.kind === 'current' ? resolved.id : null
    const to = now === null ? undefined : index.byId.get(now)
    if (to) return {kind: 'renamed', id, to}
    if (now !== null && (index.headings.has(now) || index.prefixes.has(now))) {
      return {kind: 'parent', id, heading: index.headings.has(now), paragraphs: paragraphsUnder(index, now)}
    }
    // A chain of renames that ends retired: the citation is as dead as the last ID.
    if (resolved.kind === 'retired') return {kind: 'retired', id, release: resolved.release, reason: resolved.reason}
  }
  if (entry?.status.kind === 'retired') return {kind: 'retired', id, release: entry.status.release, reason: entry.status.reason}
  return {kind: 'unknown', id, near: suggest(id)}
}

/**
 * The normative paragraphs a parent ID stands for (all citable ones if none is normative), in document
 * order.
 */
export function paragraphsUnder(index: TraceIndex, id: string): string[] {
  const prefix = `${id}.`
  let under = index.paragraphs.filter((paragraph) => paragraph.id.startsWith(prefix))
  if (under.length === 0) under = index.headings.get(id) ?? []
  const normative = under.filter((paragraph) => paragraph.normative)
  return (normative.length > 0 ? normative : under).map((paragraph) => paragraph.id)
}
