/**
 * The one parse job: a chapter's source parsed (once) and modelled. Run by the worker pool, and by the
 * language server for the chapter being edited. The tree is returned beside the draft so that render
 * reads it instead of parsing the markdown again.
 */
import type {Root} from 'mdast'
import {buildChapter, type ChapterDraft, type ChapterInput} from '../model/build-chapter.ts'
import {parseChapterSource, type ParseOptions} from '../parse/parse-markdown.ts'
import {openDraftCache, storedDraft} from './draft-cache.ts'

export type ParseJob = Omit<ChapterInput, 'tree' | 'limitProblem'> & {
  /**
   * How the markdown is read, from the project (`markdownOptions` in assemble-model.ts): the dialect's
   * settings and the preprocessors specmark runs. Part of the parse cache's key.
   */
  markdown: ParseOptions
}

export interface ParsedChapter {
  draft: ChapterDraft
  tree: Root
}

export function parseChapter(job: ParseJob): ParsedChapter {
  const parsed = parseChapterSource(job.source, job.includes, job.markdown)
  return {draft: buildChapter({...job, ...parsed}), tree: parsed.tree}
}

/**
 * What a worker sends back for `parseChapter`: the draft as stored (`storedDraft`: without its clauses)
 * and the tree, as JSON text. A string crosses threads as one copy, where an object is rebuilt node by
 * node on arrival — on the thread the build waits on, at several times the cost of writing and reading
 * it as JSON — and the cache stores the draft's text as it is.
 */
export interface SentChapter {
  draft: string
  tree: string
}

/** Where a parse's result is kept: the parse cache of the project at `root`, under `key` (`draftKey`). */
export interface ParseStore {
  root: string
  key: string
}

/** A parse job as the pool runs it: with where to keep its result, when the cache is on. */
export interface PooledParse {
  job: ParseJob
  store: ParseStore | null
}

/**
 * `parseChapter` in a worker: its result as JSON text (`SentChapter`), whose draft the worker also writes
 * to the parse cache itself (`store`), beside the main thread's work instead of in its way.
 */
export function parseChapterToSend({job, store}: PooledParse): SentChapter {
  const {draft, tree} = parseChapter(job)
  const sent = {draft: JSON.stringify(storedDraft(draft)), tree: JSON.stringify(tree)}
  if (store) keepParsed(store, draft, sent.draft)
  return sent
}

/** `parseChapter` on the main thread, kept in the parse cache (`store`) as a worker keeps its own. */
export function parseChapterHere({job, store}: PooledParse): ParsedChapter {
  const parsed = parseChapter(job)
  if (store) keepParsed(store, parsed.draft)
  return parsed
}

/**
 * Writes a parsed chapter's draft to the parse cache (with its JSON, where made already). Not its tree:
 * a tree is read again only by a chapter that renders again without having been parsed (something it
 * links to changed), rarely and cheaply parsed again, while keeping every tree cost each cold build of
 * the Reference 7.7 MB of JSON written (about 0.15 s of its CPU).
 */
function keepParsed(store: ParseStore, draft: ChapterDraft, text?: string): void {
  openDraftCache(store.root, true).set(store.key, draft, text)
}

/**
 * The same job when nothing downstream reads the tree (`check` without the cache): the tree is dropped
 * here, so a worker does not pay to copy it across threads, nor this process to keep it.
 */
export function parseChapterDraft(job: ParseJob): {draft: ChapterDraft; tree: null} {
  // Nor does the parse typeset text only render shows (`smart-punctuation.ts`): the draft is the same.
  return {draft: parseChapter({...job, markdown: {...job.markdown, smartPunctuation: false}}).draft, tree: null}
}
