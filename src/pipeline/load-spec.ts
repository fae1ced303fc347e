/**
 * The front half of the pipeline, in one function: load the project, read and parse every chapter
 * (from the cache where unchanged), build each chapter's model, then the whole specification's.
 * Every command that needs the model starts here.
 */
import path from 'node:path'
import {loadProject} from '../load/load-project.ts'
import {UNLISTED_PART, type ListingEntry, type Project} from '../load/project.ts'
import {readIncludes, type IncludeResult} from '../load/includes.ts'
import {readSource} from '../load/read-source.ts'
import type {ChapterDraft} from '../model/build-chapter.ts'
import {buildSpec} from '../model/build-spec.ts'
import type {SpecFacts} from '../model/facts.ts'
import type {LinkIndex} from '../model/resolve-reference.ts'
import type {Spec} from '../model/types.ts'
import {displayPath} from '../load/load-project.ts'
import {cacheEnabled, draftKey, openDraftCache} from './draft-cache.ts'
import {parseAll} from './parse-pool.ts'
import {loadInteropData, type InteropData} from '../interop/load-data.ts'
import {loadExternalIdLists, type ExternalIdList} from '../check/external-ids.ts'
import {loadRegistry} from '../registry/load-registry.ts'
import {listSnapshots, readSnapshot} from '../registry/snapshot.ts'
import type {Registry} from '../registry/registry-file.ts'
import {documentVersion} from '../registry/document-version.ts'
import type {ExportDocument} from '../export/export-json.ts'

export interface LoadOptions {
  /** Use the parse cache (default: true unless `SPECMARK_CACHE=0`). */
  cache?: boolean
}

export interface LoadedSpec {
  project: Project
  spec: Spec
  facts: SpecFacts
  index: LinkIndex
  /** Source text of every chapter, by chapter id. */
  sources: Map<string, string>
  /** The ID registry (`registry.txt` at the root), or null before the first release. */
  registry: Registry | null
  /** Where each ID of the newest release snapshot lived (file), for messages about vanished IDs. */
  releasedFiles?: Map<string, string>
  /** The interop guidance data (`interop/data/*.yaml`), or null when the spec has none. */
  interop?: InteropData | null
  /** ID lists of other documents our IDs must not repeat (`settings.externalIds`). */
  externalIds?: ExternalIdList[]
}

export type ChapterEntry = ListingEntry & {chapterId: string; file: string}

/** Loads, parses and models the specification at `root`. Throws `InputError` for unreadable input. */
export async function loadSpec(root: string, options: LoadOptions = {}): Promise<LoadedSpec> {
  const {project, drafts, sources, registry} = await loadDrafts(root, options)
  const built = buildSpec(project, drafts)
  const newest = await newestSnapshot(project.root)
  // The releases are the source of truth for the version the document states (`document-version.ts`).
  const version = documentVersion(built.spec, registry, newest && {version: newest.version, ids: new Set(newest.paragraphs.map((paragraph) => paragraph.id))})
  const spec = {...built.spec, version: version.label}
  const releasedFiles = new Map((newest?.paragraphs ?? []).map((paragraph) => [paragraph.id, paragraph.file]))
  return {project, spec, facts: built.facts, index: built.index, sources, registry, releasedFiles, interop: await loadInteropData(project.contentRoot), externalIds: await loadExternalIdLists(project.root, project.settings.externalIds)}
}

/** Everything `loadSpec` reads, before the whole-spec model is built: one draft per chapter entry. */
export interface LoadedDrafts {
  project: Project
  /** The chapter entries, in table-of-contents order (see `chapterEntries`). */
  entries: ChapterEntry[]
  /** One draft per entry, in the same order. `buildSpec` adds resolved references to their blocks. */
  drafts: ChapterDraft[]
  sources: Map<string, string>
  registry: Registry | null
}

/**
 * The per-file half of `loadSpec`: reads and parses every chapter (from the cache where unchanged). The
 * language server keeps these drafts and re-parses only the chapter being edited.
 */
export async function loadDrafts(root: string, options: LoadOptions = {}): Promise<LoadedDrafts> {
  const project = await loadProject(root)
  const entries = chapterEntries(project)
  const sources = new Map<string, string>()
  await Promise.all(
    entries.map(async (entry) => {
      const absolute = path.join(project.contentRoot, entry.file)
      sources.set(entry.chapterId, await readSource(absolute, displayPath(absolute)))
    })
  )
  const cache = openDraftCache(cacheEnabled(options.cache))
  const includes = new Map<string, Record<string, IncludeResult>>()
  await Promise.all(
    entries.map(async (entry) => {
      const source = sources.get(entry.chapterId)!
      if (source.includes('{{#')) includes.set(entry.chapterId, await readIncludes(project.contentRoot, entry.file, source))
    })
  )
  const keys = entries.map((entry) => draftKey(sources.get(entry.chapterId)!, {entry, layout: project.layout, includes: includes.get(entry.chapterId) ?? null}))
  const drafts: Array<ChapterDraft | null> = keys.map((key) => cache.get(key))
  const misses = entries.flatMap((entry, index) => (drafts[index] ? [] : [index]))
  const parsed = await parseAll(
    misses.map((index) => {
      const entry = entries[index]!
      return {entry, layout: project.layout, source: sources.get(entry.chapterId)!, includes: includes.get(entry.chapterId) ?? {}}
    })
  )
  misses.forEach((entryIndex, position) => {
    drafts[entryIndex] = parsed[position]!
    cache.set(keys[entryIndex]!, parsed[position]!)
  })
  return {project, entries, drafts: drafts as ChapterDraft[], sources, registry: await loadRegistry(project.root)}
}

/**
 * The entries that make chapters: listed and existing, each file once (first listing wins), then every
 * markdown file nothing lists (see `ListingEntry.unlisted`).
 */
export function chapterEntries(project: Project): ChapterEntry[] {
  const seen = new Set<string>([project.listingFile])
  const entries: ChapterEntry[] = []
  for (const entry of project.entries) {
    if (entry.chapterId === null || entry.file === null || !entry.exists || seen.has(entry.file)) continue
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

/** The newest release snapshot (null before the first release). */
async function newestSnapshot(root: string): Promise<ExportDocument | null> {
  const newest = (await listSnapshots(root)).at(-1)
  return newest === undefined ? null : readSnapshot(root, newest)
}
