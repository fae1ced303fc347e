/**
 * Language server, the incremental model: the model's inputs as `readModelInputs` reads them (one
 * `ChapterDraft` per chapter file, from the parse cache where unchanged; registry, releases, interop data),
 * of which only the file being edited is parsed again — from the editor's text, not the disk. A snapshot
 * then assembles the whole-spec model with `modelFromDrafts`, exactly as every command does, and runs
 * `runCheck`, both cheap, so diagnostics are exactly `check`'s for the text on screen.
 *
 * What needs more than one chapter re-parsed (a changed outline or SUMMARY.md, a markdown file created or
 * deleted, a new registry) is a `reload`: the project is read again and the editor's texts re-applied.
 */
import path from 'node:path'
import {runCheck} from '../check/run-check.ts'
import type {Diagnostic} from '../diagnostics/diagnostic.ts'
import {readIncludes} from '../load/includes.ts'
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
    const entry = this.base.entries[entryIndex]!
    if (this.base.sources.get(entry.chapterId) === text) return false
    const version = (this.versions.get(file) ?? 0) + 1
    this.versions.set(file, version)
    const includes = text.includes('{{') ? await readIncludes(this.project.root, path.join(this.project.contentRoot, file), text) : {}
    if (this.versions.get(file) !== version) return false
    const {draft, tree} = parseChapter(chapterJob(entry, this.project.layout, text, includes))
    this.drafts[entryIndex] = draft
    this.base.trees.set(entry.chapterId, tree)
    this.base.sources.set(entry.chapterId, text)
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
    const model = modelFromDrafts(this.base, this.drafts)
    const {spec} = model
    const denyWarnings = this.options.denyWarnings ?? process.env.SPECMARK_DENY_WARNINGS === '1'
    const diagnostics = runCheck(model, {denyWarnings})
    const chapters = new Map(spec.chapters.map((chapter) => [chapter.file, chapter]))
    this.current = {model, diagnostics, chapters}
    return this.current
  }

  private index(): void {
    this.entryByFile.clear()
    this.base.entries.forEach((entry, index) => this.entryByFile.set(entry.file, index))
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
