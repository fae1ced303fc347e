/**
 * `specmark export --format reqif`: ReqIF 1.2 XML, the interchange format of DOORS- and Polarion-style
 * requirement tools. Each citable paragraph is a SPEC-OBJECT with string attributes (ReqIF.ForeignID = the
 * rule ID, ReqIF.Text, ReqIF.ChapterName, section, kind, sha256, releases); the document's chapters and
 * sections form the SPECIFICATION hierarchy; rule links between paragraphs are SPEC-RELATIONs. The output
 * validates against the OMG schema (`../shared/schemas/reqif/`), which a test checks.
 * <https://www.omg.org/spec/ReqIF/1.2>
 */
import {createHash} from 'node:crypto'
import type {Spec} from '../model/types.ts'
import type {Registry} from '../registry/registry-file.ts'
import {exportedParagraphs, type ExportedParagraph} from './paragraphs.ts'

const ATTRIBUTES: Array<{id: string; name: string; value: (paragraph: ExportedParagraph) => string}> = [
  {id: 'ad-foreign-id', name: 'ReqIF.ForeignID', value: (p) => p.id},
  {id: 'ad-text', name: 'ReqIF.Text', value: (p) => p.text},
  {id: 'ad-chapter', name: 'ReqIF.ChapterName', value: (p) => p.chapterTitle},
  {id: 'ad-section', name: 'specmark.Section', value: (p) => p.sectionTitle ?? ''},
  {id: 'ad-kind', name: 'specmark.Kind', value: (p) => p.kind},
  {id: 'ad-block-kind', name: 'specmark.BlockKind', value: (p) => p.blockKind},
  {id: 'ad-sha256', name: 'specmark.SHA256', value: (p) => p.sha256},
  {id: 'ad-first-release', name: 'specmark.FirstRelease', value: (p) => p.firstRelease ?? ''},
  {id: 'ad-last-changed', name: 'specmark.LastChangedRelease', value: (p) => p.lastChangedRelease ?? ''},
]

const escapeXml = (text: string): string =>
  text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\n/g, '&#10;')

/** An xsd:ID for any string: a letter prefix, then the string made NCName-safe, plus a short hash. */
function xmlId(prefix: string, value: string): string {
  const safe = value.replace(/[^A-Za-z0-9._-]/g, '_')
  return `${prefix}-${safe}-${createHash('sha256').update(value).digest('hex').slice(0, 8)}`
}

export interface ReqifOptions {
  /** The time written as creation and last-change time (ISO 8601); fixed for reproducible output. */
  timestamp: string
  /** The git commit the export is made from, stated in the header's comment. */
  commit?: string | null
}

export function exportReqif(spec: Spec, registry: Registry | null, options: ReqifOptions): string {
  const time = options.timestamp
  const paragraphs = exportedParagraphs(spec, registry)
  const known = new Set(paragraphs.map((paragraph) => paragraph.id))
  const out: string[] = []
  const push = (depth: number, line: string): void => {
    out.push(`${'  '.repeat(depth)}${line}`)
  }
  push(0, '<?xml version="1.0" encoding="UTF-8"?>')
  push(0, '<REQ-IF xmlns="http://www.omg.org/spec/ReqIF/20110401/reqif.xsd">')
  push(1, '<THE-HEADER>')
  push(2, `<REQ-IF-HEADER IDENTIFIER="${xmlId('header', spec.title)}">`)
  push(3, `<COMMENT>${escapeXml(`${spec.title}, version ${spec.version}, source commit ${options.commit ?? 'unknown'}, date ${time}`)}</COMMENT>`)
  push(3, `<CREATION-TIME>${time}</CREATION-TIME>`)
  push(3, '<REQ-IF-TOOL-ID>specmark</REQ-IF-TOOL-ID>')
  push(3, '<REQ-IF-VERSION>1.0</REQ-IF-VERSION>')
  push(3, '<SOURCE-TOOL-ID>specmark</SOURCE-TOOL-ID>')
  push(3, `<TITLE>${escapeXml(`${spec.title} ${spec.version}`)}</TITLE>`)
  push(2, '</REQ-IF-HEADER>')
  push(1, '</THE-HEADER>')
  push(1, '<CORE-CONTENT>')
  push(2, '<REQ-IF-CONTENT>')
  push(3, '<DATATYPES>')
  push(4, `<DATATYPE-DEFINITION-STRING IDENTIFIER="dt-string" LAST-CHANGE="${time}" LONG-NAME="String" MAX-LENGTH="1000000"/>`)
  push(3, '</DATATYPES>')
  push(3, '<SPEC-TYPES>')
  push(4, `<SPEC-OBJECT-TYPE IDENTIFIER="sot-paragraph" LAST-CHANGE="${time}" LONG-NAME="Paragraph">`)
  push(5, '<SPEC-ATTRIBUTES>')
  for (const attribute of ATTRIBUTES) {
    push(6, `<ATTRIBUTE-DEFINITION-STRING IDENTIFIER="${attribute.id}" LAST-CHANGE="${time}" LONG-NAME="${attribute.name}">`)
    push(7, '<TYPE><DATATYPE-DEFINITION-STRING-REF>dt-string</DATATYPE-DEFINITION-STRING-REF></TYPE>')
    push(6, '</ATTRIBUTE-DEFINITION-STRING>')
  }
  push(5, '</SPEC-ATTRIBUTES>')
  push(4, '</SPEC-OBJECT-TYPE>')
  push(4, `<SPECIFICATION-TYPE IDENTIFIER="st-document" LAST-CHANGE="${time}" LONG-NAME="Document"/>`)
  push(4, `<SPEC-RELATION-TYPE IDENTIFIER="srt-references" LAST-CHANGE="${time}" LONG-NAME="References"/>`)
  push(3, '</SPEC-TYPES>')
  push(3, '<SPEC-OBJECTS>')
  for (const paragraph of paragraphs) {
    push(4, `<SPEC-OBJECT IDENTIFIER="${xmlId('so', paragraph.id)}" LAST-CHANGE="${time}" LONG-NAME="${escapeXml(paragraph.id)}">`)
    push(5, '<VALUES>')
    for (const attribute of ATTRIBUTES) {
      push(6, `<ATTRIBUTE-VALUE-STRING THE-VALUE="${escapeXml(attribute.value(paragraph))}">`)
      push(7, `<DEFINITION><ATTRIBUTE-DEFINITION-STRING-REF>${attribute.id}</ATTRIBUTE-DEFINITION-STRING-REF></DEFINITION>`)
      push(6, '</ATTRIBUTE-VALUE-STRING>')
    }
    push(5, '</VALUES>')
    push(5, '<TYPE><SPEC-OBJECT-TYPE-REF>sot-paragraph</SPEC-OBJECT-TYPE-REF></TYPE>')
    push(4, '</SPEC-OBJECT>')
  }
  push(3, '</SPEC-OBJECTS>')
  const relations = paragraphs.flatMap((paragraph) =>
    paragraph.references.filter((reference) => reference.kind === 'rule' && known.has(reference.target)).map((reference) => [paragraph.id, reference.target] as const)
  )
  if (relations.length > 0) {
    push(3, '<SPEC-RELATIONS>')
    for (const [source, target] of relations) {
      push(4, `<SPEC-RELATION IDENTIFIER="${xmlId('sr', `${source}->${target}`)}" LAST-CHANGE="${time}">`)
      push(5, `<SOURCE><SPEC-OBJECT-REF>${xmlId('so', source)}</SPEC-OBJECT-REF></SOURCE>`)
      push(5, `<TARGET><SPEC-OBJECT-REF>${xmlId('so', target)}</SPEC-OBJECT-REF></TARGET>`)
      push(5, '<TYPE><SPEC-RELATION-TYPE-REF>srt-references</SPEC-RELATION-TYPE-REF></TYPE>')
      push(4, '</SPEC-RELATION>')
    }
    push(3, '</SPEC-RELATIONS>')
  }
  push(3, '<SPECIFICATIONS>')
  push(4, `<SPECIFICATION IDENTIFIER="${xmlId('spec', spec.title)}" LAST-CHANGE="${time}" LONG-NAME="${escapeXml(spec.title)}">`)
  push(5, '<TYPE><SPECIFICATION-TYPE-REF>st-document</SPECIFICATION-TYPE-REF></TYPE>')
  const byChapter = new Map<string, ExportedParagraph[]>()
  for (const paragraph of paragraphs) byChapter.set(paragraph.chapter, [...(byChapter.get(paragraph.chapter) ?? []), paragraph])
  if (byChapter.size > 0) {
    push(5, '<CHILDREN>')
    for (const [chapter, items] of byChapter) {
      push(6, `<SPEC-HIERARCHY IDENTIFIER="${xmlId('sh', chapter)}" LAST-CHANGE="${time}" LONG-NAME="${escapeXml(items[0]!.chapterTitle)}">`)
      push(7, `<OBJECT><SPEC-OBJECT-REF>${xmlId('so', items[0]!.id)}</SPEC-OBJECT-REF></OBJECT>`)
      if (items.length > 1) {
        push(7, '<CHILDREN>')
        for (const item of items.slice(1)) {
          push(8, `<SPEC-HIERARCHY IDENTIFIER="${xmlId('sh', `${chapter}/${item.id}`)}" LAST-CHANGE="${time}">`)
          push(9, `<OBJECT><SPEC-OBJECT-REF>${xmlId('so', item.id)}</SPEC-OBJECT-REF></OBJECT>`)
          push(8, '</SPEC-HIERARCHY>')
        }
        push(7, '</CHILDREN>')
      }
      push(6, '</SPEC-HIERARCHY>')
    }
    push(5, '</CHILDREN>')
  }
  push(4, '</SPECIFICATION>')
  push(3, '</SPECIFICATIONS>')
  push(2, '</REQ-IF-CONTENT>')
  push(1, '</CORE-CONTENT>')
  push(0, '</REQ-IF>')
  return `${out.join('\n')}\n`
}
