/**
 * The state `specmark dev` keeps between saves, so that a save costs what it changed. The model's inputs
 * live in the language server's `Workspace` (one draft per chapter): a save of a chapter file re-parses
 * that chapter only and re-assembles the model with `modelFromDrafts`, as every command does. Rendered
 * chapters are kept by render key (in memory, and on disk when the cache is on), so only chapters whose
 * key changed — the saved one, and those linking to a rule that moved — are rendered again.
 *
 * A save of anything that is not a chapter (outline, SUMMARY.md, registry, a new or deleted file) reloads
 * the project, as the language server does.
 */
import fs from 'node:fs'
import path from 'node:path'
import type {Diagnostic} from '../diagnostics/diagnostic.ts'
import {displayPath} from '../core/paths.ts'
import {cacheEnabled, type Cache} from '../cache/cache.ts'
import {readSource} from '../load/read-source.ts'
import {Workspace} from '../lsp/workspace.ts'
import type {Model} from '../pipeline/assemble-model.ts'
import type {RenderedChapterBody} from '../render/render-chapter.ts'
import {renderSpec} from '../render/render-spec.ts'
import type {RenderedSpec} from '../render/types.ts'

export interface DevUpdate {
  model: Model
  diagnostics: Diagnostic[]
  rendered: RenderedSpec
  /** Ids of the chapters rendered again by this update (the others were kept). */
  renderedChapters: string[]
}

export class DevSession {
  readonly root: string
  private readonly workspace: Workspace
  private readonly chapterCache: Cache<RenderedChapterBody> | undefined

  private constructor(root: string, workspace: Workspace, chapterCache: Cache<RenderedChapterBody> | undefined) {
    this.root = root
    this.workspace = workspace
    this.chapterCache = chapterCache
  }

  /** Loads the specification at `root`. Throws `InputError` for unreadable input. */
  static async open(root: string, options: {cache?: boolean} = {}): Promise<DevSession> {
    const enabled = cacheEnabled(options.cache)
    const workspace = await Workspace.open(root, {cache: enabled, denyWarnings: false})
    // With the disk cache off, rendered chapters are still kept in this process between saves.
    return new DevSession(root, workspace, enabled ? undefined : memoryCache())
  }

  /**
   * Applies saved files (paths relative to `root`, as the file watcher names them; empty for none) and
   * returns the model, `check`'s diagnostics and the rendered data. Throws `InputError` for unreadable
   * input; the session keeps its last good state, so the next good save recovers.
   */
  async update(saved: string[], guide: string | null = null): Promise<DevUpdate> {
    const {contentRoot, root: projectRoot} = this.workspace.project
    const files = saved.map((name) => path.resolve(this.root, name))
    const chapters = files.map((file) => path.relative(contentRoot, file).split(path.sep).join('/'))
    if (chapters.every((file, index) => this.workspace.hasChapter(file) && fs.existsSync(files[index]!))) {
      for (const [index, file] of chapters.entries()) await this.workspace.setText(file, await readSource(files[index]!, displayPath(files[index]!), projectRoot))
    } else {
      await this.workspace.reload()
    }
    const {model, diagnostics} = this.workspace.snapshot()
    const renderedChapters: string[] = []
    const {rendered} = await renderSpec(model, {guide, chapterCache: this.chapterCache, onRender: (id) => renderedChapters.push(id)})
    return {model, diagnostics, rendered, renderedChapters}
  }
}

/** A cache held in this process only, bounded like the one cache's memory. */
function memoryCache<T>(limit = 4096): Cache<T> {
  const values = new Map<string, T>()
  return {
    get: (key) => values.get(key) ?? null,
    set(key, value) {
      if (values.size >= limit) values.clear()
      values.set(key, value)
    },
  }
}
