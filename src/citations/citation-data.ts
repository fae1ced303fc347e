/**
 * The texts a citation check reads, from the spec's own records: every release snapshot
 * (`releases/<version>.json`) and the sources as they are. The CLI reads them here; the site ships the
 * same data (`CitationData`) as `/citations/data.json` for its citation page.
 */
import {exportedParagraphs, withdrawnIds, type ExportedParagraph, type WithdrawnId} from '../export/paragraphs.ts'
import type {SnapshotDocument, SnapshotParagraph} from '../release/snapshot.ts'
import type {Model} from '../pipeline/assemble-model.ts'
import type {CitableClause, CitableText, WithdrawnClause} from './check-citations.ts'

/** Every release, oldest first, and the current text. */
export interface CitationData {
  releases: CitableText[]
  current: CitableText
}

/** Every release the model read, and the current text. */
export function citationData(model: Model): CitationData {
  return {releases: model.releases.snapshots.map(({version, document}) => citableSnapshot(document, version)), current: currentCitableText(model)}
}

/** The sources as they are, as a citable text. */
export function currentCitableText(model: Model): CitableText {
  return {
    version: model.spec.version,
    clauses: exportedParagraphs(model.spec, model.registry).map(citableRecord),
    withdrawn: withdrawnIds(model.registry).map(withdrawnClause),
  }
}

export function citableSnapshot(snapshot: SnapshotDocument, version: string): CitableText {
  return {version, clauses: snapshot.paragraphs.map(citableClause), withdrawn: snapshot.withdrawn.map(withdrawnClause)}
}

const citable = new WeakMap<ExportedParagraph, CitableClause>()

/** An export record as a citable clause, made once per record (records are shared and never changed). */
function citableRecord(record: ExportedParagraph): CitableClause {
  let clause = citable.get(record)
  if (!clause) citable.set(record, (clause = citableClause(record)))
  return clause
}

/** The fields `classifyChanges` compares (a schema 1 record has no links or informative part: left out). */
function citableClause(paragraph: SnapshotParagraph): CitableClause {
  const {id, chapter, section, kind, text, sha256, links, informativeText, informativeLinks, informativeSha256} = paragraph
  const optional = {links, informativeText, informativeLinks, informativeSha256}
  return {id, chapter, section, kind, text, sha256, ...Object.fromEntries(Object.entries(optional).filter(([, value]) => value !== undefined))}
}

function withdrawnClause(entry: WithdrawnId): WithdrawnClause {
  return {id: entry.id, status: entry.status, to: entry.to, release: entry.release, reason: entry.reason}
}
