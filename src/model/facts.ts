/**
 * Facts the model builder records beside the model for `check`: things that are not part of the published
 * model (a label that attaches to nothing, a grammar block that does not parse) but that lints report.
 */
import type {IconStyle} from '../parse/syntax/font-awesome.ts'
import type {SourceSpan} from './types.ts'

export interface LabelFact {
  id: string
  position: SourceSpan
  /** Index of the block it labels, or null when it labels nothing. */
  block: number | null
  /** Why it labels nothing: the next node is another label, a definition, or the end of the file. */
  orphanReason?: 'end-of-file' | 'another-label' | 'not-a-block'
}

export interface FrontMatterFacts {
  /** Where the front matter is; null when the chapter has none. */
  position: SourceSpan | null
  topic: string | null
  owners: string[] | null
  /** Schema or YAML problems, each with its place. */
  problems: Array<{message: string; place: SourceSpan}>
}

export interface ChapterFacts {
  chapter: string
  labels: LabelFact[]
  frontMatter: FrontMatterFacts
  grammarErrors: Array<{message: string; place: SourceSpan}>
  /** Every link definition `[label]: dest` of the chapter, resolved (checked even when unused). */
  definitionRefs: import('./types.ts').Reference[]
  /** Every anchor the chapter page will have. */
  anchors: string[]
  /** Include directives that were refused (`refused`) or left unexpanded outside code blocks. */
  includeProblems: Array<{message: string; place: SourceSpan; refused: boolean; hint?: string}>
  /** Set when the chapter exceeded an input limit and was read as empty. */
  limitProblem: {message: string; place: SourceSpan} | null
  /** In a book with math on (`Project.math`; mdbook-katex's, `Project.katex`), the TeX its text holds (`src/parse/syntax/math.ts`, `src/parse/katex.ts`), for `invalid-math`. */
  math: Array<{tex: string; display: boolean; place: SourceSpan}>
  /** The Font Awesome icons the chapter's HTML names (`src/parse/syntax/font-awesome.ts`), for `unknown-icon`. */
  icons: Array<{style: IconStyle; name: string; place: SourceSpan}>
}

export interface SpecFacts {
  chapters: Record<string, ChapterFacts>
}
