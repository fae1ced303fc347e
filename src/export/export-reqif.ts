/**
 * `specmark export --format reqif`: ReqIF 1.2 XML, the interchange format of DOORS- and Polarion-style
 * requirement tools, written from a `ReqifTree` (`reqif-tree.ts`) so that tools import it well:
 *
 * - one SPEC-OBJECT per part, chapter, section and clause, and per retired ID (status `retired`, its last
 *   released text); `ReqIF.Text` is XHTML (the renderer's sanitized HTML: lists, tables, code kept);
 * - enumeration datatypes for `specmark.Status` (active, renamed, retired) and `specmark.Kind` (part,
 *   chapter, section, normative, informative);
 * - the SPECIFICATION hierarchy parts → chapters → sections → clauses, and a second one for the withdrawn
 *   IDs; SPEC-RELATIONs for references between clauses;
 * - identifiers made from the first ID of a rename chain, so a renamed clause keeps its object;
 * - each object's LAST-CHANGE is the date of the release its clause last changed in (the export's date
 *   for text not released as it is).
 *
 * The output validates against the OMG schema (`../shared/schemas/reqif/`), and a test reads it back with
 * a generic XML parser. <https://www.omg.org/spec/ReqIF/1.2>
 */
import {hash} from 'node:crypto'
import type {Cache} from '../cache/cache.ts'
import type {Spec} from '../model/types.ts'
import type {Registry} from '../registry/registry-file.ts'
import type {ExportedParagraph} from './paragraphs.ts'
import {textOf, type Piece} from './pieces.ts'
import {reqifTreeFromModel, rollUp, type ChapterHtml, type ReqifKind, type ReqifNode, type ReqifStatus, type ReqifTree} from './reqif-tree.ts'

const KINDS: ReqifKind[] = ['part', 'chapter', 'section', 'normative', 'informative']
const STATUSES: ReqifStatus[] = ['active', 'renamed', 'retired']

type Attribute =
  | {id: string; name: string; type: 'string'; value: (node: ReqifNode) => string}
  | {id: string; name: string; type: 'xhtml'; value: (node: ReqifNode) => string}
  | {id: string; name: string; type: 'enum'; datatype: 'dt-kind' | 'dt-status'; value: (node: ReqifNode) => string}

const ATTRIBUTES: Attribute[] = [
  {id: 'ad-foreign-id', name: 'ReqIF.ForeignID', type: 'string', value: (node) => node.foreignId},
  {id: 'ad-name', name: 'ReqIF.Name', type: 'string', value: (node) => node.title},
  {id: 'ad-text', name: 'ReqIF.Text', type: 'xhtml', value: (node) => node.xhtml},
  {id: 'ad-kind', name: 'specmark.Kind', type: 'enum', datatype: 'dt-kind', value: (node) => node.kind},
  {id: 'ad-status', name: 'specmark.Status', type: 'enum', datatype: 'dt-status', value: (node) => node.status},
  {id: 'ad-sha256', name: 'specmark.SHA256', type: 'string', value: (node) => node.sha256},
  {id: 'ad-first-release', name: 'specmark.FirstRelease', type: 'string', value: (node) => node.firstRelease},
  {id: 'ad-last-changed', name: 'specmark.LastChangedRelease', type: 'string', value: (node) => node.lastChangedRelease},
  {id: 'ad-former-ids', name: 'specmark.FormerIDs', type: 'string', value: (node) => node.formerIds.join(' ')},
  {id: 'ad-retired', name: 'specmark.Retired', type: 'string', value: (node) => (node.retired ? `${node.retired.release}: ${node.retired.reason}` : '')},
]

const escapeXml = (text: string): string =>
  text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\n/g, '&#10;')

/** An xsd:ID for any key: a letter prefix, the key made NCName-safe, and a short hash of it. */
export function reqifIdentifier(prefix: string, key: string): string {
  const safe = key.replace(/[^A-Za-z0-9._-]/g, '_')
  return `${prefix}-${safe}-${hash('sha256', key, 'hex').slice(0, 8)}`
}

export interface ReqifOptions {
  /** The export's date (ISO 8601), for text not released as it is; fixed for reproducible output. */
  timestamp: string
  /** The git commit the export is made from, stated in the header's comment. */
  commit?: string | null
  /**
   * The renderer's chapters (`renderSpec`): each clause's XHTML is its sanitized HTML, each section's
   * depth its heading's. Without them (the API's plain use), each block's text stands in.
   */
  chapters?: readonly ChapterHtml[]
  /**
   * The release snapshots up to the one exported, oldest first: the date of each (each clause's
   * LAST-CHANGE is its last-changed release's) and the last released text of withdrawn IDs.
   */
  releases?: ReadonlyArray<ReleasedText>
  /**
   * Where to keep each chapter's XHTML by the HTML it was converted from (the build's cache), so that
   * a build after an edit converts only the chapters that changed. The output is the same without it.
   */
  xhtmlCache?: Cache<string[]>
}

/** A release as ReqIF reads it: its snapshot's date and records (a release snapshot is one). */
export interface ReleasedText {
  version: string
  document: {date?: string; paragraphs: ReadonlyArray<Pick<ExportedParagraph, 'id' | 'kind' | 'text' | 'lastChangedRelease'>>}
}

/**
 * The ReqIF of `spec`. What `specmark export --format reqif` writes (for the current text and, rebuilt
 * from its commit, a past release) and what the site publishes under `/exports/`: one exporter.
 */
export function exportReqif(spec: Spec, registry: Registry | null, options: ReqifOptions): string {
  const releases = options.releases ?? []
  const dates = new Map(releases.flatMap(({version, document}) => (document.date ? [[version, document.date] as const] : [])))
  const lastReleased = new Map<string, ExportedParagraph>()
  // A schema 1 snapshot's records lack the clause fields (`SnapshotParagraph`), which ReqIF does not read.
  for (const {document} of releases) for (const paragraph of document.paragraphs) lastReleased.set(paragraph.id, paragraph as ExportedParagraph)
  return writeReqif(reqifTreeFromModel(spec, registry, options.chapters ?? [], {dates, date: options.timestamp, commit: options.commit ?? null, lastReleased, xhtmlCache: options.xhtmlCache}))
}

export function writeReqif(tree: ReqifTree): string {
  return textOf(joinReqif(tree, tree.parts.map((part) => ({node: part, chapters: part.children.map(reqifChapterPart)})), tree.withdrawn, tree.relations))
}

/**
 * What a chapter adds to the document (`reqifChapterPart`): its objects and its hierarchy as written,
 * and what the rest of the document reads of it. A build keeps it while the chapter is unchanged
 * (`site-exports.ts`), so that an edit writes the objects of the edited chapter only.
 */
export interface ReqifChapterPart {
  /** The SPEC-OBJECT elements of the chapter and every node below it, in document order. */
  objects: Piece
  /** The chapter's SPEC-HIERARCHY element, at a part's children's depth. */
  hierarchy: Piece
  /** The chapter's LAST-CHANGE (the latest below it), which its part rolls up. */
  lastChange: string
  /** Every node's key and LAST-CHANGE (the relations' dates, and the keys withdrawn IDs must not reuse). */
  nodes: Array<[string, string]>
}

/** The part of the document a chapter's node (with its children) makes. */
export function reqifChapterPart(chapter: ReqifNode): ReqifChapterPart {
  const lastChange = rollUp(chapter)
  const nodes = [...walk(chapter)]
  const objects = lines()
  for (const node of nodes) writeObject(objects.push, node)
  const hierarchy = lines()
  writeHierarchy(hierarchy.push, PART_CHILD_DEPTH, chapter)
  return {objects: objects.text(), hierarchy: hierarchy.text(), lastChange, nodes: nodes.map((node) => [node.key, node.lastChange])}
}

/** The depth of a part's children (the chapters) in the SPECIFICATION hierarchy. */
const PART_CHILD_DEPTH = 8

/** Lines written at a depth (two spaces each), joined by newlines. */
function lines(): {push: Push; text: () => string} {
  const out: string[] = []
  return {push: (depth, line) => void out.push(`${'  '.repeat(depth)}${line}`), text: () => out.join('\n')}
}

/** Lines as `lines()`, and pieces (each taken as one or more whole lines), each ended by a newline. */
function pieceLines(): {push: Push; add: (piece: Piece) => void; pieces: () => Piece[]} {
  const pieces: Piece[] = []
  let run: string[] = []
  const flush = (): void => {
    if (run.length > 0) pieces.push(`${run.join('\n')}\n`)
    run = []
  }
  return {
    push: (depth, line) => void run.push(`${'  '.repeat(depth)}${line}`),
    add: (piece) => {
      if (piece.length === 0) return
      if (typeof piece === 'string') run.push(piece)
      else {
        flush()
        pieces.push(piece, '\n')
      }
    },
    pieces: () => {
      flush()
      return pieces
    },
  }
}

/**
 * The document from its parts: each part's node (its children are the chapters' parts, `reqifChapterPart`),
 * the withdrawn IDs and the relations. `writeReqif` joins a whole tree's.
 */
export function joinReqif(
  document: Pick<ReqifTree, 'title' | 'version' | 'commit' | 'date'>,
  parts: ReadonlyArray<{node: ReqifNode; chapters: readonly ReqifChapterPart[]}>,
  withdrawn: readonly ReqifNode[],
  relations: ReqifTree['relations']
): Piece[] {
  // Types are as old as the format's first use here: the export's date would change them on every commit.
  const typesTime = '2026-01-01T00:00:00Z'
  const {push, add, pieces} = pieceLines()
  push(0, '<?xml version="1.0" encoding="UTF-8"?>')
  push(0, '<REQ-IF xmlns="http://www.omg.org/spec/ReqIF/20110401/reqif.xsd" xmlns:xhtml="http://www.w3.org/1999/xhtml">')
  push(1, '<THE-HEADER>')
  push(2, `<REQ-IF-HEADER IDENTIFIER="${reqifIdentifier('header', document.title)}">`)
  push(3, `<COMMENT>${escapeXml(`${document.title}, version ${document.version}, source commit ${document.commit ?? 'unknown'}, date ${document.date}`)}</COMMENT>`)
  push(3, `<CREATION-TIME>${document.date}</CREATION-TIME>`)
  push(3, '<REQ-IF-TOOL-ID>specmark</REQ-IF-TOOL-ID>')
  push(3, '<REQ-IF-VERSION>1.0</REQ-IF-VERSION>')
  push(3, '<SOURCE-TOOL-ID>specmark</SOURCE-TOOL-ID>')
  push(3, `<TITLE>${escapeXml(`${document.title} ${document.version}`)}</TITLE>`)
  push(2, '</REQ-IF-HEADER>')
  push(1, '</THE-HEADER>')
  push(1, '<CORE-CONTENT>')
  push(2, '<REQ-IF-CONTENT>')

  push(3, '<DATATYPES>')
  push(4, `<DATATYPE-DEFINITION-STRING IDENTIFIER="dt-string" LAST-CHANGE="${typesTime}" LONG-NAME="String" MAX-LENGTH="1000000"/>`)
  push(4, `<DATATYPE-DEFINITION-XHTML IDENTIFIER="dt-xhtml" LAST-CHANGE="${typesTime}" LONG-NAME="XHTML"/>`)
  for (const [id, name, values] of [['dt-kind', 'Kind', KINDS], ['dt-status', 'Status', STATUSES]] as const) {
    push(4, `<DATATYPE-DEFINITION-ENUMERATION IDENTIFIER="${id}" LAST-CHANGE="${typesTime}" LONG-NAME="${name}">`)
    push(5, '<SPECIFIED-VALUES>')
    values.forEach((value, key) => {
      push(6, `<ENUM-VALUE IDENTIFIER="${id}-${value}" LAST-CHANGE="${typesTime}" LONG-NAME="${value}">`)
      push(7, `<PROPERTIES><EMBEDDED-VALUE KEY="${key}" OTHER-CONTENT="${value}"/></PROPERTIES>`)
      push(6, '</ENUM-VALUE>')
    })
    push(5, '</SPECIFIED-VALUES>')
    push(4, '</DATATYPE-DEFINITION-ENUMERATION>')
  }
  push(3, '</DATATYPES>')

  push(3, '<SPEC-TYPES>')
  push(4, `<SPEC-OBJECT-TYPE IDENTIFIER="sot-clause" LAST-CHANGE="${typesTime}" LONG-NAME="Clause">`)
  push(5, '<SPEC-ATTRIBUTES>')
  for (const attribute of ATTRIBUTES) {
    if (attribute.type === 'enum') {
      push(6, `<ATTRIBUTE-DEFINITION-ENUMERATION IDENTIFIER="${attribute.id}" LAST-CHANGE="${typesTime}" LONG-NAME="${attribute.name}" MULTI-VALUED="false">`)
      push(7, `<TYPE><DATATYPE-DEFINITION-ENUMERATION-REF>${attribute.datatype}</DATATYPE-DEFINITION-ENUMERATION-REF></TYPE>`)
      push(6, '</ATTRIBUTE-DEFINITION-ENUMERATION>')
    } else {
      const type = attribute.type === 'xhtml' ? 'XHTML' : 'STRING'
      push(6, `<ATTRIBUTE-DEFINITION-${type} IDENTIFIER="${attribute.id}" LAST-CHANGE="${typesTime}" LONG-NAME="${attribute.name}">`)
      push(7, `<TYPE><DATATYPE-DEFINITION-${type}-REF>dt-${attribute.type}</DATATYPE-DEFINITION-${type}-REF></TYPE>`)
      push(6, `</ATTRIBUTE-DEFINITION-${type}>`)
    }
  }
  push(5, '</SPEC-ATTRIBUTES>')
  push(4, '</SPEC-OBJECT-TYPE>')
  push(4, `<SPECIFICATION-TYPE IDENTIFIER="st-document" LAST-CHANGE="${typesTime}" LONG-NAME="Document"/>`)
  push(4, `<SPEC-RELATION-TYPE IDENTIFIER="srt-references" LAST-CHANGE="${typesTime}" LONG-NAME="References"/>`)
  push(3, '</SPEC-TYPES>')

  // A part changed when one of its chapters did.
  const rolled = parts.map(({node, chapters}) => ({
    node: {...node, lastChange: chapters.reduce((latest, chapter) => (chapter.lastChange > latest ? chapter.lastChange : latest), node.lastChange)},
    chapters,
  }))
  push(3, '<SPEC-OBJECTS>')
  for (const {node, chapters} of rolled) {
    writeObject(push, node)
    for (const chapter of chapters) add(chapter.objects)
  }
  for (const node of withdrawn) writeObject(push, node)
  push(3, '</SPEC-OBJECTS>')

  const lastChange = new Map<string, string>()
  for (const {node, chapters} of rolled) {
    lastChange.set(node.key, node.lastChange)
    for (const chapter of chapters) for (const [key, date] of chapter.nodes) lastChange.set(key, date)
  }
  for (const node of withdrawn) lastChange.set(node.key, node.lastChange)
  if (relations.length > 0) {
    push(3, '<SPEC-RELATIONS>')
    for (const {source, target} of relations) {
      push(4, `<SPEC-RELATION IDENTIFIER="${reqifIdentifier('sr', `${source}->${target}`)}" LAST-CHANGE="${lastChange.get(source) ?? document.date}">`)
      push(5, `<SOURCE><SPEC-OBJECT-REF>${reqifIdentifier('so', source)}</SPEC-OBJECT-REF></SOURCE>`)
      push(5, `<TARGET><SPEC-OBJECT-REF>${reqifIdentifier('so', target)}</SPEC-OBJECT-REF></TARGET>`)
      push(5, '<TYPE><SPEC-RELATION-TYPE-REF>srt-references</SPEC-RELATION-TYPE-REF></TYPE>')
      push(4, '</SPEC-RELATION>')
    }
    push(3, '</SPEC-RELATIONS>')
  }

  const specification = (key: string, name: string, roots: ReadonlyArray<{node: ReqifNode; chapters?: readonly ReqifChapterPart[]}>): void => {
    const changed = roots.reduce((latest, {node}) => (node.lastChange > latest ? node.lastChange : latest), '')
    push(4, `<SPECIFICATION IDENTIFIER="${reqifIdentifier('spec', key)}" LAST-CHANGE="${changed || document.date}" LONG-NAME="${escapeXml(name)}">`)
    push(5, '<TYPE><SPECIFICATION-TYPE-REF>st-document</SPECIFICATION-TYPE-REF></TYPE>')
    if (roots.length > 0) {
      push(5, '<CHILDREN>')
      for (const {node, chapters} of roots) {
        if (chapters === undefined) writeHierarchy(push, 6, node)
        else {
          // A part: its node, then its chapters' hierarchies as written.
          writeHierarchyOpen(push, 6, node)
          if (chapters.length > 0) {
            push(7, '<CHILDREN>')
            for (const chapter of chapters) add(chapter.hierarchy)
            push(7, '</CHILDREN>')
          }
          push(6, '</SPEC-HIERARCHY>')
        }
      }
      push(5, '</CHILDREN>')
    }
    push(4, '</SPECIFICATION>')
  }
  push(3, '<SPECIFICATIONS>')
  specification(document.title, document.title, rolled)
  if (withdrawn.length > 0) specification(`${document.title}#withdrawn`, `${document.title}: withdrawn IDs`, withdrawn.map((node) => ({node})))
  push(3, '</SPECIFICATIONS>')
  push(2, '</REQ-IF-CONTENT>')
  push(1, '</CORE-CONTENT>')
  push(0, '</REQ-IF>')
  return pieces()
}

type Push = (depth: number, line: string) => void

/** One node's SPEC-OBJECT element (not its children's). */
function writeObject(push: Push, node: ReqifNode): void {
  push(4, `<SPEC-OBJECT IDENTIFIER="${reqifIdentifier('so', node.key)}" LAST-CHANGE="${node.lastChange}" LONG-NAME="${escapeXml(node.foreignId)}">`)
  push(5, '<VALUES>')
  for (const attribute of ATTRIBUTES) {
    const value = attribute.value(node)
    if (attribute.type === 'enum') {
      push(6, '<ATTRIBUTE-VALUE-ENUMERATION>')
      push(7, `<DEFINITION><ATTRIBUTE-DEFINITION-ENUMERATION-REF>${attribute.id}</ATTRIBUTE-DEFINITION-ENUMERATION-REF></DEFINITION>`)
      push(7, `<VALUES><ENUM-VALUE-REF>${attribute.datatype}-${value}</ENUM-VALUE-REF></VALUES>`)
      push(6, '</ATTRIBUTE-VALUE-ENUMERATION>')
    } else if (attribute.type === 'xhtml') {
      push(6, '<ATTRIBUTE-VALUE-XHTML>')
      push(7, `<DEFINITION><ATTRIBUTE-DEFINITION-XHTML-REF>${attribute.id}</ATTRIBUTE-DEFINITION-XHTML-REF></DEFINITION>`)
      push(7, `<THE-VALUE>${value}</THE-VALUE>`)
      push(6, '</ATTRIBUTE-VALUE-XHTML>')
    } else if (value !== '') {
      push(6, `<ATTRIBUTE-VALUE-STRING THE-VALUE="${escapeXml(value)}">`)
      push(7, `<DEFINITION><ATTRIBUTE-DEFINITION-STRING-REF>${attribute.id}</ATTRIBUTE-DEFINITION-STRING-REF></DEFINITION>`)
      push(6, '</ATTRIBUTE-VALUE-STRING>')
    }
  }
  push(5, '</VALUES>')
  push(5, '<TYPE><SPEC-OBJECT-TYPE-REF>sot-clause</SPEC-OBJECT-TYPE-REF></TYPE>')
  push(4, '</SPEC-OBJECT>')
}

function writeHierarchyOpen(push: Push, depth: number, node: ReqifNode): void {
  push(depth, `<SPEC-HIERARCHY IDENTIFIER="${reqifIdentifier('sh', node.key)}" LAST-CHANGE="${node.lastChange}" LONG-NAME="${escapeXml(node.title)}">`)
  push(depth + 1, `<OBJECT><SPEC-OBJECT-REF>${reqifIdentifier('so', node.key)}</SPEC-OBJECT-REF></OBJECT>`)
}

/** A node's SPEC-HIERARCHY element, with its children's. */
function writeHierarchy(push: Push, depth: number, node: ReqifNode): void {
  writeHierarchyOpen(push, depth, node)
  if (node.children.length > 0) {
    push(depth + 1, '<CHILDREN>')
    for (const child of node.children) writeHierarchy(push, depth + 2, child)
    push(depth + 1, '</CHILDREN>')
  }
  push(depth, '</SPEC-HIERARCHY>')
}

function* walk(node: ReqifNode): Generator<ReqifNode> {
  yield node
  for (const child of node.children) yield* walk(child)
}
