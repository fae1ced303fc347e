/**
 * Per-chapter lint results kept between checks of successive models of one specification (the language
 * server and `specmark dev` check again on every edit). A chapter rule's diagnostics about a chapter are a
 * function of the chapter's model object, its facts and the inputs fixed for one load (see `ChapterRule`);
 * the model builder keeps an unchanged chapter's objects (`BuildOptions.previous`), so the results are
 * kept by identity, and a new load (a new `project`, registry, interop data or external ID lists) starts
 * afresh. Whole-model rules always run.
 */
import type {ChapterFacts} from '../model/facts.ts'
import type {Chapter} from '../model/types.ts'
import type {CheckContext, RuleReport} from './context.ts'

/** What a rule reported, before `check` gives it its code and level. */
export type RuleDiagnostic = Parameters<RuleReport>[0]

interface ChapterResults {
  facts: ChapterFacts | undefined
  byRule: Map<string, RuleDiagnostic[]>
}

export class CheckMemo {
  private inputs: unknown[] = []
  private byChapter = new WeakMap<Chapter, ChapterResults>()

  /** Starts a check of `context`'s model: the results kept so far hold only if it is of the same load. */
  begin(context: CheckContext): void {
    // Each model has its own list of external ID lists, holding the lists read once per load.
    const inputs = [context.project, context.registry, context.interop, ...context.externalIds]
    if (inputs.length !== this.inputs.length || inputs.some((input, position) => input !== this.inputs[position])) {
      this.inputs = inputs
      this.byChapter = new WeakMap()
    }
  }

  /** What `code` reports about `chapter` (in the context given to `begin`): kept when neither changed, else from `run`. */
  chapterResults(context: CheckContext, chapter: Chapter, code: string, run: (report: RuleReport) => void): RuleDiagnostic[] {
    const facts = context.facts.chapters[chapter.id]
    let results = this.byChapter.get(chapter)
    if (!results || results.facts !== facts) this.byChapter.set(chapter, (results = {facts, byRule: new Map()}))
    let diagnostics = results.byRule.get(code)
    if (!diagnostics) {
      const found: RuleDiagnostic[] = []
      run((diagnostic) => found.push(diagnostic))
      results.byRule.set(code, (diagnostics = found))
    }
    return diagnostics
  }
}
