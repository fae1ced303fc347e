/**
 * The front half of the pipeline, in one function: load the project, read and parse every chapter
 * (from the cache where unchanged), build each chapter's model, then the whole specification's.
 * Every command that needs the model starts here.
 */
import path from 'node:path'
import {loadProject} from '../load/load-project.ts'
import {UNLISTED_PART, type ListingEntry, type Project} from '../load/project.ts'
import {readSource} from '../load/read-source.ts'
import {buildChapter, type ChapterDraft} from '../model/build-chapter.ts'
import {buildSpec} from '../model/build-spec.ts'
import type {SpecFacts} from '../model/facts.ts'
import type {LinkIndex} from '../model/resolve-reference.ts'
import type {Spec} from '../model/types.ts'
import {parseMarkdown} from '../parse/parse-markdown.ts'
import {displayPath} from '../load/load-project.ts'
import {cacheEnabled, draftKey, openDraftCache} from './draft-cache.ts'

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
}

type ChapterEntry = ListingEntry & {chapterId: string; file: string}

/** Loads, parses and models the specification at `root`. Throws `InputError` for unreadable input. */
export async function loadSpec(root: string, options: LoadOptions = {}): Promise<LoadedSpec> {
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
  const drafts: ChapterDraft[] = entries.map((entry) => {
    const source = sources.get(entry.chapterId)!
    const key = draftKey(source, {entry, layout: project.layout})
    const cached = cache.get(key)
    if (cached) return cached
    const draft = buildChapter({entry, layout: project.layout, source, tree: parseMarkdown(source)})
    cache.set(key, draft)
    return draft
  })
  const {spec, facts, index} = buildSpec(project, drafts)
  return {project, spec, facts, index, sources}
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
