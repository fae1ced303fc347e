/**
 * Coverage: from the model and the scanned citations to the traceability report (pure). For every
 * citable paragraph, the tests that cite it; per chapter, how many of its normative paragraphs are cited
 * at least once; the normative paragraphs no test cites; and the citations that trace to nothing
 * (unknown and retired IDs: errors) or to no paragraph in particular (heading-level IDs: warnings), as
 * diagnostics and as data.
 *
 * What counts is decided in `cited-ids.ts`. Percentages are rounded down to one decimal, so that 99.96%
 * never shows as 100.0% (mdbook-spec's coverage table rounds up).
 *
 * To report something new about citations, add a field to `TraceReport`, fill it here, and print it in
 * each `format-*.ts`.
 */
import {nearestId} from '../check/rules/unresolved-rule-link.ts'
import {createCollector, type Diagnostic, type Report} from '../diagnostics/diagnostic.ts'
import {counted} from '../diagnostics/format.ts'
import {parentIds} from '../core/rule-id.ts'
import type {SourceSpan, Spec} from '../model/types.ts'
import {UNRELEASED, type Registry} from '../registry/registry-file.ts'
import {classifyId, indexSpec, type CitedId, type TraceIndex, type TracedParagraph} from './cited-ids.ts'
import {compareCitations, type Citation} from './scan.ts'

export interface ParagraphTrace {
  id: string
  chapter: string
  /** Whether it counts towards coverage. */
  normative: boolean
  /** The test files citing it (directly or through a renamed ID), sorted, each once. */
  tests: string[]
}

export interface ChapterCoverage {
  /** Chapter id (the source path without `.md`). */
  chapter: string
  title: string
  /** Normative paragraphs cited by at least one test. */
  covered: number
  /** Normative paragraphs. */
  total: number
  /** `covered / total` in percent, rounded down to one decimal; null for a chapter with nothing to cover. */
  percent: number | null
}

export interface UncoveredParagraph {
  id: string
  chapter: string
  /** The spec source file and line of its label. */
  file: string
  line: number
}

export interface CitationPlace {
  id: string
  file: string
  line: number
  column: number
}

export interface TraceReport {
  paragraphs: ParagraphTrace[]
  chapters: ChapterCoverage[]
  uncovered: UncoveredParagraph[]
  /** Citations of IDs that name nothing in the specification (with the release of retired ones). */
  unknown: Array<CitationPlace & {retired?: {release: string; reason: string}}>
  /** Citations of heading-level IDs, with the normative paragraphs they stand for. */
  parents: Array<CitationPlace & {paragraphs: string[]}>
  /** Citations of renamed IDs, with the ID each counts for now. */
  renamed: Array<CitationPlace & {to: string}>
  totals: {
    covered: number
    total: number
    percent: number
    /** Citations found, and distinct test files among them. */
    citations: number
    citingFiles: number
  }
  diagnostics: Diagnostic[]
}

export interface CoverageOptions {
  /** Resolves renamed and retired IDs (default: none). */
  registry?: Registry | null
  /** Reuse an index built earlier for the same spec. */
  index?: TraceIndex
}

/** The traceability report of `citations` (in any order) against `spec`. */
export function traceCoverage(spec: Spec, unordered: Citation[], options: CoverageOptions = {}): TraceReport {
  // `scanTestTrees` returns citations sorted; other sources (the site's loader, tests) may not.
  const sorted = unordered.every((citation, index) => index === 0 || compareCitations(unordered[index - 1]!, citation) <= 0)
  const citations = sorted ? unordered : [...unordered].sort(compareCitations)
  const index = options.index ?? indexSpec(spec, options.registry ?? null)
  const {report, diagnostics} = createCollector()
  const classified = new Map<string, CitedId>()
  const suggest = (id: string): string | null => nearestId(id, index.ids)
  const testsById = new Map<string, Set<string>>()
  const result: Pick<TraceReport, 'unknown' | 'parents' | 'renamed'> = {unknown: [], parents: [], renamed: []}

  for (const citation of citations) {
    let cited = classified.get(citation.id)
    if (!cited) {
      cited = classifyId(index, citation.id, suggest)
      classified.set(citation.id, cited)
    }
    const counted = cited.kind === 'paragraph' ? cited.paragraph : cited.kind === 'renamed' ? cited.to : null
    if (counted) {
      let tests = testsById.get(counted.id)
      if (!tests) testsById.set(counted.id, (tests = new Set()))
      tests.add(citation.file)
    }
    if (cited.kind === 'paragraph') continue
    const place: CitationPlace = {id: citation.id, file: citation.file, line: citation.line, column: citation.column}
    if (cited.kind === 'unknown') result.unknown.push(place)
    else if (cited.kind === 'retired') result.unknown.push({...place, retired: {release: cited.release, reason: cited.reason}})
    else if (cited.kind === 'parent') result.parents.push({...place, paragraphs: cited.paragraphs})
    else if (cited.kind === 'renamed') result.renamed.push({...place, to: cited.to.id})
    reportCitation(cited, citation, index, report)
  }

  const paragraphs = index.paragraphs.map((paragraph) => ({
    id: paragraph.id,
    chapter: paragraph.chapter,
    normative: paragraph.normative,
    tests: [...(testsById.get(paragraph.id) ?? [])].sort(compareStrings),
  }))
  const isCovered = (paragraph: TracedParagraph): boolean => (testsById.get(paragraph.id)?.size ?? 0) > 0
  const normative = index.paragraphs.filter((paragraph) => paragraph.normative)
  const chapters = spec.chapters.map((chapter): ChapterCoverage => {
    const own = normative.filter((paragraph) => paragraph.chapter === chapter.id)
    const covered = own.filter(isCovered).length
    return {chapter: chapter.id, title: chapter.title, covered, total: own.length, percent: percentOf(covered, own.length)}
  })
  const uncovered = normative
    .filter((paragraph) => !isCovered(paragraph))
    .map((paragraph) => ({id: paragraph.id, chapter: paragraph.chapter, file: paragraph.file, line: paragraph.line}))
  const covered = normative.length - uncovered.length
  return {
    paragraphs,
    chapters,
    uncovered,
    ...result,
    totals: {
      covered,
      total: normative.length,
      // Nothing to cover is complete coverage, so that `--min-coverage` passes on a spec without rules.
      percent: percentOf(covered, normative.length) ?? 100,
      citations: citations.length,
      citingFiles: new Set(citations.map((citation) => citation.file)).size,
    },
    diagnostics,
  }
}

/** `part / whole` in percent, rounded down to one decimal; null when `whole` is 0. */
export function percentOf(part: number, whole: number): number | null {
  if (whole === 0) return null
  // Integer arithmetic first, so that 1/3 is 33.3 and 2/2 is exactly 100.
  return Math.floor((part * 1000) / whole) / 10
}

function reportCitation(cited: CitedId, citation: Citation, index: TraceIndex, report: Report): void {
  const place: SourceSpan = {
    file: citation.source,
    start: {line: citation.line, column: citation.column, offset: citation.offset},
    end: {line: citation.line, column: citation.column + citation.id.length, offset: citation.offset + citation.id.length},
  }
  switch (cited.kind) {
    case 'paragraph':
      return
    case 'unknown': {
      const parent = parentIds(cited.id).find((id) => index.byId.has(id) || index.headings.has(id))
      const hint = cited.near ? `did you mean \`${cited.near}\`?` : parent ? `the nearest defined parent is \`${parent}\`` : undefined
      report({
        code: 'unknown-rule-cited',
        severity: 'error',
        reason: `Unexpected citation of undefined rule \`${cited.id}\`, expected a rule ID defined by the specification`,
        place,
        ...(hint ? {hint} : {}),
      })
      return
    }
    case 'retired':
      report({
        code: 'retired-rule-cited',
        severity: 'error',
        reason: `Unexpected citation of retired rule \`${cited.id}\`, expected a rule ID in force`,
        place,
        hint: `retired ${cited.release === UNRELEASED ? 'since the last release' : `in ${cited.release}`}${cited.reason ? ` (${cited.reason})` : ''}; cite the paragraphs that replace it`,
      })
      return
    case 'parent': {
      const count = cited.paragraphs.length
      const what = cited.heading ? 'heading-level rule' : 'rule prefix'
      report({
        code: 'parent-rule-cited',
        severity: 'warning',
        reason: `Unexpected citation of ${what} \`${cited.id}\`, expected one of the ${counted(count, 'paragraph')} under it; it covers none of them`,
        place,
        hint: `cite the most specific rule: ${listIds(cited.paragraphs, 6)}`,
      })
      return
    }
    case 'renamed':
      report({
        code: 'renamed-rule-cited',
        severity: 'warning',
        reason: `Unexpected citation of renamed rule \`${cited.id}\`, expected its new ID \`${cited.to.id}\``,
        place,
        hint: `it counts for \`${cited.to.id}\`; update the test`,
      })
      return
  }
}

/** `` `a`, `b`, `c` and 4 more ``. */
function listIds(ids: string[], shown: number): string {
  const head = ids.slice(0, shown).map((id) => `\`${id}\``).join(', ')
  return ids.length > shown ? `${head} and ${ids.length - shown} more` : head || '(none)'
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
