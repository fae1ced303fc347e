/**
 * The front half of the pipeline, in one place: load the project, read and parse every chapter (from
 * the cache where unchanged; each chapter parsed once, in the worker that parses it), build each
 * chapter's model, then the whole specification's, beside everything read once upstream of the stages
 * (the ID registry, the release history, the interop data).
 *
 * Every consumer of the model starts here: each command through `assembleModel`, the language server
 * (which keeps the inputs and re-parses only the chapter being edited) through `readModelInputs` and
 * `modelFromDrafts`. The fields are all required, so no consumer can leave one out.
 */
import path from 'node:path'
import type {Root} from 'mdast'
import {loadProject} from '../load/load-project.ts'
import {UNLISTED_PART, type ListingEntry, type Project} from '../load/project.ts'
import {includeRoot, readIncludes, type IncludeResult} from '../load/includes.ts'
import {readSource} from '../load/read-source.ts'
import {readSourceStamp, sourceStamp, type SourceStamp} from '../load/source-stamp.ts'
import type {ChapterDraft} from '../model/build-chapter.ts'
import {buildSpec} from '../model/build-spec.ts'
import type {SpecFacts} from '../model/facts.ts'
import type {LinkIndex} from '../model/resolve-reference.ts'
import type {Layout, Spec} from '../model/types.ts'
import {displayPath} from '../core/paths.ts'
import {InternalError} from '../diagnostics/diagnostic.ts'
import {cacheEnabled} from '../cache/cache.ts'
import {draftKey, openDraftCache} from './draft-cache.ts'
import {parseChapter, type ParseJob} from './parse-job.ts'
import type {ParseOptions} from '../parse/parse-markdown.ts'
import {parseAll, prepareParsing} from './parse-pool.ts'
import {loadInteropData, type InteropData} from '../interop/load-data.ts'
import {loadExternalIdLists, type ExternalIdList} from '../load/external-ids.ts'
import {documentVersion} from '../release/document-version.ts'
import {loadRegistry} from '../registry/load-registry.ts'
import {migrateRegistry} from '../registry/migrate.ts'
import {firstNames, type Registry} from '../registry/registry-file.ts'
import {loadReleases, type Releases} from '../release/releases.ts'

export interface LoadOptions {
  /** Use the parse cache (default: true unless `SPECMARK_CACHE=0`). */
  cache?: boolean
  /**
   * Whether a stage after this one reads the chapters' trees (render does; default true). With false and
   * no cache to store them in, the trees are not copied back from the workers nor kept; `trees.get` then
   * parses a chapter again if asked.
   */
  trees?: boolean
  /**
   * Whether a stage after this one states where the sources came from (render and the exports do;
   * default true): then the two git commands behind `Model.stamp` run while the chapters are parsed.
   * With false (`check`), they run only if the stamp is read (a process started from a large heap costs
   * the main thread tens of milliseconds each).
   */
  stamp?: boolean
  /**
   * Whether a stage after this one uses the worker pool (render does; default true). With false
   * (`check`), the parse alone has to repay the workers' start-up (`parseThreshold`).
   */
  poolAfter?: boolean
}

/** The model of a specification, with everything the stages after it read. */
export interface Model {
  project: Project
  spec: Spec
  facts: SpecFacts
  index: LinkIndex
  /** Source text of every chapter, by chapter id. */
  sources: Map<string, string>
  /** The ID registry (`registry.txt` at the root), or null before the first release. */
  registry: Registry | null
  /** The release history (snapshots and changelogs), read and computed once here. */
  releases: Releases
  /** The interop guidance data (`interop/data/*.yaml`), or null when the spec has none. */
  interop: InteropData | null
  /** ID lists of other documents our IDs must not repeat (`settings.externalIds`, `check --external-ids`). */
  externalIds: ExternalIdList[]
  /** The parsed tree of each chapter, from the parse that built its model: render never parses again. */
  trees: ChapterTrees
  /** The commit and date of the sources (git and `SOURCE_DATE_EPOCH`), read once here: render does no I/O. */
  stamp: SourceStamp
}

/**
 * Each chapter's tree, by chapter id: held in memory from the parse that built the chapter's model, or
 * read from the cache beside the cached model (only render asks, and only for chapters it re-renders).
 */
export interface ChapterTrees {
  get(chapterId: string): Root
  /**
   * The tree as it is cheapest to send to another thread: its JSON text while this thread has not read
   * it (a worker parsed it, or the cache held it), else the tree.
   */
  sendable(chapterId: string): Root | string
  /**
   * A digest of everything a chapter's tree (and draft) was parsed from: its bytes, what its includes
   * read, its listing entry and the layout (the parse cache's key, `draftKey`). Render keys build on it.
   */
  key(chapterId: string): string
  /** Replaces a chapter's tree, parsed by `job` (the language server, after parsing an edited chapter). */
  set(chapterId: string, tree: Root, job: ParseJob): void
}

/** Loads, parses and models the specification at `root`. Throws `InputError` for unreadable input. */
export async function assembleModel(root: string, options: LoadOptions = {}): Promise<Model> {
  const inputs = await readModelInputs(root, options)
  return modelFromDrafts(inputs, inputs.drafts)
}

/**
 * Builds the whole-spec model from the inputs and one draft per entry (the inputs' own, or edited ones).
 * Given the model of a previous call, chapters that did not change are its very objects (`BuildOptions.previous`).
 */
export function modelFromDrafts(inputs: ModelInputs, drafts: ChapterDraft[], previous?: Pick<Model, 'spec' | 'facts'>): Model {
  // Links to a renamed rule hash as links to its first name (`BuildOptions.firstNames`).
  const built = buildSpec(inputs.project, drafts, {firstNames: firstNames(inputs.registry), ...(previous ? {previous} : {})})
  const {project, sources, releases, interop, externalIds, trees, stamp} = inputs
  // A registry in an older schema is migrated in memory (see `src/registry/migrate.ts`).
  const registry = migrateRegistry(inputs.registry, built.spec)
  // The releases are the source of truth for the version the document states (`document-version.ts`).
  const spec = {...built.spec, version: documentVersion(built.spec, registry, releases.latest).label}
  const {facts, index} = built
  return {project, spec, facts, index, sources: new Map(sources), registry, releases, interop, externalIds: [...externalIds], trees, stamp}
}

/**
 * Everything `assembleModel` reads, before the whole-spec model is built: the `Model` fields read
 * upstream of the stages, and one draft per chapter entry.
 */
export interface ModelInputs extends Pick<Model, 'project' | 'sources' | 'registry' | 'releases' | 'interop' | 'externalIds' | 'trees' | 'stamp'> {
  /** The chapter entries, in table-of-contents order (see `chapterEntries`). */
  entries: ChapterEntry[]
  /** One draft per entry, in the same order. Never modified: `buildSpec` copies what it changes. */
  drafts: ChapterDraft[]
  /** The chapters (ids) this load parsed; the others came from the cache. */
  parsed: string[]
  /** What each chapter's include directives read (`src/load/includes.ts`), by chapter id; absent for chapters with none. */
  includes: Map<string, Record<string, IncludeResult>>
}

export type ChapterEntry = ListingEntry & {chapterId: string; file: string}

/**
 * The per-file half of `assembleModel`: reads and parses every chapter (from the cache where unchanged)
 * and reads the registry, releases and interop data.
 */
export async function readModelInputs(root: string, options: LoadOptions = {}): Promise<ModelInputs> {
  const caching = cacheEnabled(options.cache)
  // Without a parse cache every chapter is parsed: the workers start while the project loads.
  if (!caching) prepareParsing(root, {alone: options.poolAfter === false})
  const project = await loadProject(root)
  // Two git commands: run while the chapters are read and parsed.
  const stamp = options.stamp === false ? stampWhenRead(project.root) : readSourceStamp(project.root)
  const candidates = chapterEntries(project)
  const sources = new Map<string, string>()
  await Promise.all(
    candidates.map(async (entry) => {
      const absolute = path.join(project.contentRoot, entry.file)
      sources.set(entry.chapterId, entry.placeholder ?? (await readSource(absolute, displayPath(absolute), project.root)))
    })
  )
  const cache = openDraftCache(project.root, caching)
  const includes = new Map<string, Record<string, IncludeResult>>()
  const readable = includeRoot(project)
  await Promise.all(
    candidates.map(async (entry) => {
      const source = sources.get(entry.chapterId)!
      if (source.includes('{{')) includes.set(entry.chapterId, await readIncludes(readable, path.join(project.contentRoot, entry.file), source))
    })
  )
  // A markdown file that a chapter includes is part of that chapter (mdBook's `{{#include part.md}}`),
  // not a chapter nothing lists.
  const included = new Set([...includes.values()].flatMap((results) => Object.values(results).flatMap((result) => (result.ok ? (result.files ?? []) : []))))
  const entries = candidates.filter((entry) => !entry.unlisted || !included.has(path.join(project.contentRoot, entry.file)))
  for (const entry of candidates) if (!entries.includes(entry)) sources.delete(entry.chapterId)
  const jobs = entries.map((entry) => chapterJob(entry, project, sources.get(entry.chapterId)!, includes.get(entry.chapterId) ?? {}))
  // No keys without a cache: a key hashes specmark's own code (`codeVersion`), which costs a cold run.
  const keys = caching ? jobs.map(jobKey) : null
  const drafts: Array<ChapterDraft | null> = keys ? keys.map((key) => cache.get(key)) : jobs.map(() => null)
  const misses = entries.flatMap((_, index) => (drafts[index] ? [] : [index]))
  const stores = keys ? misses.map((index) => ({root: project.root, key: keys[index]!})) : undefined
  const parsed = await parseAll(
    misses.map((index) => jobs[index]!),
    {trees: options.trees !== false || keys !== null, alone: options.poolAfter === false, ...(stores ? {stores} : {})}
  )
  // A tree a worker sent stays JSON text until something reads it (`ChapterTrees`).
  const held = new Map<string, Root | string>()
  misses.forEach((entryIndex, position) => {
    const {draft, tree} = parsed[position]!
    drafts[entryIndex] = draft
    if (tree) held.set(entries[entryIndex]!.chapterId, tree)
    // The thread that parsed it wrote it to the cache (`stores`); this process keeps the draft for its next load.
    if (keys) cache.hold(keys[entryIndex]!, draft)
  })
  const entryIndex = new Map(entries.map((entry, index) => [entry.chapterId, index]))
  const jobOf = new Map<string, ParseJob>(jobs.map((job) => [job.entry.chapterId, job]))
  const jobKeys = new Map(keys ? entries.map((entry, index) => [entry.chapterId, keys[index]!]) : [])
  const trees: ChapterTrees = {
    get(chapterId) {
      const sendable = trees.sendable(chapterId)
      if (typeof sendable !== 'string') return sendable
      // The JSON a worker sent, read when first needed.
      const tree = JSON.parse(sendable) as Root
      held.set(chapterId, tree)
      return tree
    },
    sendable(chapterId) {
      const known = held.get(chapterId)
      if (known) return known
      const index = entryIndex.get(chapterId)
      if (index === undefined) throw new InternalError(`no chapter \`${chapterId}\` to give the tree of`)
      // Not parsed by this process (its draft came from the cache): the one place a chapter is parsed again.
      const tree = parseChapter(jobOf.get(chapterId)!).tree
      held.set(chapterId, tree)
      return tree
    },
    key(chapterId) {
      let key = jobKeys.get(chapterId)
      if (key === undefined) {
        const job = jobOf.get(chapterId)
        if (!job) throw new InternalError(`no chapter \`${chapterId}\` to give the key of`)
        jobKeys.set(chapterId, (key = jobKey(job)))
      }
      return key
    },
    set(chapterId, tree, job) {
      held.set(chapterId, tree)
      jobOf.set(chapterId, job)
      jobKeys.delete(chapterId)
    },
  }
  const [registry, interop, externalIds] = await Promise.all([
    loadRegistry(project.root),
    loadInteropData(project.contentRoot),
    loadExternalIdLists(project.root, project.settings.externalIds),
  ])
  const releases = await loadReleases(project.root, registry)
  for (const id of includes.keys()) if (!sources.has(id)) includes.delete(id)
  return {project, entries, drafts: drafts as ChapterDraft[], sources, registry, releases, interop, externalIds, trees, stamp: await stamp, parsed: misses.map((index) => entries[index]!.chapterId), includes}
}

/** The source stamp of `root`, read from git (`sourceStamp`) the first time one of its fields is. */
function stampWhenRead(root: string): SourceStamp {
  let read: SourceStamp | null = null
  const stamp = (): SourceStamp => (read ??= sourceStamp(root))
  return {
    get commit() {
      return stamp().commit
    },
    get date() {
      return stamp().date
    },
  }
}

/** The project's markdown as `parseChapterSource` reads it: a new preprocessor's setting goes here only. */
type MarkdownSettings = Pick<Project, 'smartPunctuation' | 'definitionLists' | 'admonish' | 'katex' | 'toc' | 'trplListing' | 'trplNote' | 'tabs'>

/** The parse options of `project`'s chapters, every one set (they are part of the parse cache's key). */
function markdownOptions(project: MarkdownSettings): Required<ParseOptions> {
  return {
    smartPunctuation: project.smartPunctuation,
    definitionLists: project.definitionLists === true,
    admonish: project.admonish ?? null,
    katex: project.katex?.delimiters ?? null,
    toc: project.toc ?? null,
    trplListing: project.trplListing === true,
    trplNote: project.trplNote === true,
    tabs: project.tabs === true,
  }
}

/** The one parse job of a chapter: what `parseChapter` (`parse-job.ts`) needs. */
export function chapterJob(entry: ChapterEntry, project: Pick<Project, 'layout' | 'math'> & MarkdownSettings, source: string, includes: Record<string, IncludeResult>): ParseJob {
  return {entry, layout: project.layout, markdown: markdownOptions(project), math: project.math === true, source, includes}
}

/** A parse job's cache key: its bytes and every other input of `buildChapter` (a chapter without includes has `null`). */
function jobKey(job: ParseJob): string {
  const includes = job.includes && Object.keys(job.includes).length > 0 ? job.includes : null
  return draftKey(job.source, {entry: job.entry, layout: job.layout, markdown: job.markdown, math: job.math === true, includes})
}

/**
 * The entries that make chapters: listed and existing, each file once (first listing wins), then every
 * markdown file nothing lists (see `ListingEntry.unlisted`).
 */
export function chapterEntries(project: Project): ChapterEntry[] {
  const seen = new Set<string>([project.listingFile])
  const entries: ChapterEntry[] = []
  for (const entry of project.entries) {
    if (entry.chapterId === null || entry.file === null || (!entry.exists && entry.placeholder === undefined) || seen.has(entry.file)) continue
    seen.add(entry.file)
    entries.push(entry as ChapterEntry)
  }
  for (const file of project.markdownFiles) {
    if (seen.has(file)) continue
    const start = {line: 1, column: 1, offset: 0}
    entries.push({
      chapterId: file.replace(/\.md$/, ''),
      file,
      exists: true,
      title: file,
      partId: UNLISTED_PART.id,
      topic: null,
      prefix: null,
      owners: [],
      ownershipOpen: false,
      informative: false,
      depth: 0,
      parentId: null,
      listedAt: {file, start, end: start},
      unlisted: true,
    })
  }
  return entries
}
