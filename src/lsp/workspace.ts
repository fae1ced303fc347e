/**
 * Language server, the incremental model: the model's inputs as `readModelInputs` reads them (one
 * `ChapterDraft` per chapter file, from the parse cache where unchanged; registry, releases, interop data),
 * of which only the file being edited is parsed again — from the editor's text, not the disk. A snapshot
 * then assembles the whole-spec model with `modelFromDrafts`, exactly as every command does, and runs
 * `runCheck`, both cheap, so diagnostics are exactly `check`'s for the text on screen.
 *
 * A changed file that chapters include (mdBook's `{{#include}}`) re-parses those chapters
 * (`includedFileChanged`). Successive snapshots keep unchanged chapters' model objects
 * (`modelFromDrafts`'s `previous`) and their per-chapter lint results (`CheckMemo`), so an edit costs
 * what it changed plus the whole-model lints.
 *
 * What needs more than one chapter re-parsed (a changed outline or SUMMARY.md, a markdown file created or
 * deleted, a new registry) is a `reload`: the project is read again and the editor's texts re-applied.
 */
import path from 'node:path'
import {CheckMemo} from '../check/check-memo.ts'
import {runCheck} from '../check/run-check.ts'
import type {Diagnostic} from '../diagnostics/diagnostic.ts'
import {includeRoot, readIncludes, type IncludeResult} from '../load/includes.ts'
import type {ChapterDraft} from '../model/build-chapter.ts'
import type {Chapter} from '../model/types.ts'
import {chapterJob, modelFromDrafts, readModelInputs, type ModelInputs, type Model} from '../pipeline/assemble-model.ts'
import {parseChapter} from '../pipeline/parse-job.ts'

export interface Options {
  /** Use the parse cache for the initial load (default: true unless `SPECMARK_CACHE=0`). */
  cache?: boolean
  /** Report warnings as errors, as `check --deny-warnings` does (default: `SPECMARK_DENY_WARNINGS=1`). */
  denyWarnings?: boolean
}

/** The model of the specification as the editor shows it, with `check`'s diagnostics for it. */
export interface Snapshot {
  model: Model
  diagnostics: Diagnostic[]
  /** Chapters by file (relative to the content root). */
  chapters: Map<string, Chapter>
}

export class Workspace {
  readonly root: string
  private readonly options: Options
  private base: ModelInputs
  private drafts: ChapterDraft[]
  private readonly entryByFile = new Map<string, number>()
  /** Bumped on every edit of a file, so that a slow re-parse never overwrites a newer one. */
  private readonly versions = new Map<string, number>()
  private current: Snapshot | null = null
  /** The last snapshot's model, whose unchanged chapters the next one keeps. */
  private previous: Model | null = null
  private readonly lints = new CheckMemo()
  /** Chapter entries by the absolute path of each file their includes read (or tried to). */
  private readonly includers = new Map<string, Set<number>>()

  private constructor(root: string, base: ModelInputs, options: Options) {
    this.root = root
    this.options = options
    this.base = base
    this.drafts = [...base.drafts]
    this.index()
  }

  /** Loads the specification at `root`. Throws `InputError` as `assembleModel` does. */
  static async open(root: string, options: Options = {}): Promise<Workspace> {
    return new Workspace(root, await readModelInputs(root, {cache: options.cache}), options)
  }

  get project(): ModelInputs['project'] {
    return this.base.project
  }

  /** Whether `file` (relative to the content root) is a chapter of the specification. */
  hasChapter(file: string): boolean {
    return this.entryByFile.has(file)
  }

  /** The text the model holds for a chapter file. */
  textOf(file: string): string | undefined {
    const entry = this.entryByFile.get(file)
    return entry === undefined ? undefined : this.base.sources.get(this.base.entries[entry]!.chapterId)
  }

  /**
   * Replaces the text of one chapter and parses it again; the next snapshot reflects it.
   * @returns false when `file` is not a chapter (nothing changes) or the text is unchanged
   */
  async setText(file: string, text: string): Promise<boolean> {
    const entryIndex = this.entryByFile.get(file)
    if (entryIndex === undefined) return false
    if (this.base.sources.get(this.base.entries[entryIndex]!.chapterId) === text) return false
    return this.parse(entryIndex, text)
  }

  /** Chapter files (relative to the content root) whose include directives read `file` (absolute), or tried to. */
  /** Every file the chapters include (absolute), those that do not exist yet too. */
  includedFiles(): string[] {
    return [...this.includers.keys()]
  }

  includersOf(file: string): string[] {
    return [...(this.includers.get(path.resolve(file)) ?? [])].map((entry) => this.base.entries[entry]!.file)
  }

  /**
   * A file that chapters include changed (or appeared, or went): reads their includes again and parses
   * them again; the next snapshot reflects it.
   * @returns the chapter files parsed again
   */
  async includedFileChanged(file: string): Promise<string[]> {
    const parsed: string[] = []
    for (const entryIndex of [...(this.includers.get(path.resolve(file)) ?? [])]) {
      const entry = this.base.entries[entryIndex]!
      if (await this.parse(entryIndex, this.base.sources.get(entry.chapterId)!)) parsed.push(entry.file)
    }
    return parsed
  }

  /** Reads a chapter's includes and parses it from `text`; false when a newer edit overtook this one. */
  private async parse(entryIndex: number, text: string): Promise<boolean> {
    const entry = this.base.entries[entryIndex]!
    const version = (this.versions.get(entry.file) ?? 0) + 1
    this.versions.set(entry.file, version)
    const includes = text.includes('{{') ? await readIncludes(includeRoot(this.project), path.join(this.project.contentRoot, entry.file), text) : {}
    if (this.versions.get(entry.file) !== version) return false
    const job = chapterJob(entry, this.project, text, includes)
    const {draft, tree} = parseChapter(job)
    this.drafts[entryIndex] = draft
    this.base.trees.set(entry.chapterId, tree, job)
    if (Object.keys(includes).length > 0) this.base.includes.set(entry.chapterId, includes)
    else this.base.includes.delete(entry.chapterId)
    this.base.sources.set(entry.chapterId, text)
    this.setIncludes(entryIndex, includes)
    this.current = null
    return true
  }

  /**
   * Reads the project again (outline, SUMMARY.md, files, registry), then re-applies `texts` — the editor's
   * unsaved texts by file — over what is on disk.
   */
  async reload(texts: Map<string, string> = new Map()): Promise<void> {
    const base = await readModelInputs(this.root, {cache: this.options.cache})
    this.base = base
    this.drafts = [...base.drafts]
    this.index()
    this.current = null
    for (const [file, text] of texts) await this.setText(file, text)
  }

  /** The model and diagnostics of the current texts (rebuilt only after a change). */
  snapshot(): Snapshot {
    if (this.current) return this.current
    const model = modelFromDrafts(this.base, this.drafts, this.previous ?? undefined)
    this.previous = model
    const {spec} = model
    const denyWarnings = this.options.denyWarnings ?? process.env.SPECMARK_DENY_WARNINGS === '1'
    const diagnostics = runCheck(model, {denyWarnings, memo: this.lints})
    const chapters = new Map(spec.chapters.map((chapter) => [chapter.file, chapter]))
    this.current = {model, diagnostics, chapters}
    return this.current
  }

  private index(): void {
    this.entryByFile.clear()
    this.includers.clear()
    this.base.entries.forEach((entry, index) => {
      this.entryByFile.set(entry.file, index)
      this.setIncludes(index, this.base.includes.get(entry.chapterId) ?? {})
    })
  }

  /** Records the files a chapter's includes read or, failing, named (`IncludeResult.files`). */
  private setIncludes(entryIndex: number, includes: Record<string, IncludeResult>): void {
    for (const entries of this.includers.values()) entries.delete(entryIndex)
    for (const result of Object.values(includes)) {
      for (const file of result.files ?? []) {
        const absolute = path.resolve(file)
        const entries = this.includers.get(absolute) ?? new Set()
        this.includers.set(absolute, entries.add(entryIndex))
      }
    }
  }
}

/** The spec root holding `file`: the nearest folder above it with `outline.yaml` or `book.toml`. */
export async function findSpecRoot(file: string, isFile: (candidate: string) => Promise<boolean>): Promise<string | null> {
  let dir = path.dirname(path.resolve(file))
  for (;;) {
    if ((await isFile(path.join(dir, 'book.toml'))) || (await isFile(path.join(dir, 'outline.yaml')))) return dir
    const parent = path.dirname(dir)
    if (parent === dir) return null
    dir = parent
  }
}
