/**
 * The releases as the site shows them, from the snapshots the model read (`releases/<version>.json`):
 *
 * - every release's text, per chapter, for the pages of the text as released (`/v/<version>/…`);
 * - the data the citation page checks citations against in the browser (`/citations/data.json`);
 * - for each withdrawn ID, its last released text, hash and the changelog it left in (tombstones and
 *   renamed pages);
 * - for each current clause whose text is as released, the release and versioned URL the *cite* control
 *   copies.
 *
 * To show more of a release: add a field to `RenderedRelease` (`types.ts`) and fill it here.
 */
import {citableSnapshot, type CitationData} from '../citations/citation-data.ts'
import type {SnapshotDocument} from '../release/snapshot.ts'
import type {Model} from '../pipeline/assemble-model.ts'
import type {LastReleased, RenderedRelease, RenderedReleaseChapter} from './types.ts'
import {chapterPath} from './urls.ts'
import {anchorFor} from '../core/anchors.ts'

export interface ReleaseData {
  releases: RenderedRelease[]
  /** Withdrawn (and current) IDs → their text in the last release that had them. */
  lastReleased: Map<string, LastReleased>
  /** Current IDs whose clause is exactly as in the newest release → what to cite. */
  citeAs: Map<string, {version: string; path: string}>
  /** The snapshots as citable texts (the current text is added by the caller). */
  citable: CitationData['releases']
}

/** The path, relative to the base, of a chapter as released: `v/1.0/expressions/`. */
export function versionedChapterPath(version: string, chapterId: string): string {
  return `v/${version}/${chapterPath(chapterId)}`
}

export function releaseData(model: Model): ReleaseData {
  const {snapshots} = model.releases
  const lastReleased = new Map<string, LastReleased>()
  for (const {version, document} of snapshots) {
    for (const paragraph of document.paragraphs) {
      lastReleased.set(paragraph.id, {version, text: paragraph.text, sha256: paragraph.sha256, chapter: paragraph.chapter, path: `${versionedChapterPath(version, paragraph.chapter)}#${anchorFor(paragraph.id)}`})
    }
  }
  const citeAs = new Map<string, {version: string; path: string}>()
  const newest = snapshots.at(-1)
  if (newest) {
    const current = new Map<string, string>()
    for (const chapter of model.spec.chapters) for (const clause of chapter.clauses) current.set(clause.id, clause.hash)
    for (const paragraph of newest.document.paragraphs) {
      if (current.get(paragraph.id) === paragraph.sha256) citeAs.set(paragraph.id, {version: newest.version, path: `${versionedChapterPath(newest.version, paragraph.chapter)}#${anchorFor(paragraph.id)}`})
    }
  }
  return {
    releases: snapshots.map(({version, document}) => ({version, title: document.title, chapters: releaseChapters(version, document)})),
    lastReleased,
    citeAs,
    citable: snapshots.map(({version, document}) => citableSnapshot(document, version)),
  }
}

function releaseChapters(version: string, document: SnapshotDocument): RenderedReleaseChapter[] {
  const chapters = new Map<string, RenderedReleaseChapter>()
  for (const paragraph of document.paragraphs) {
    let chapter = chapters.get(paragraph.chapter)
    if (!chapter) {
      chapter = {id: paragraph.chapter, title: paragraph.chapterTitle, path: versionedChapterPath(version, paragraph.chapter), clauses: []}
      chapters.set(paragraph.chapter, chapter)
    }
    chapter.clauses.push({id: paragraph.id, section: paragraph.sectionTitle, kind: paragraph.kind, sha256: paragraph.sha256, text: paragraph.text})
  }
  return [...chapters.values()]
}
