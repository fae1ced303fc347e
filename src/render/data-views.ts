/**
 * Data views: a ```` ```data,<view> ```` block stands for one of the interop part's data views, drawn
 * here as tables from the validated YAML (`src/interop/`): `capability-matrix` (constructs × tools, one
 * cell per direction; `site/scripts/data-views.ts` adds filters by tool, construct and direction in the
 * browser, and without script the whole table shows), `tools` (every tool the data lists), `type-map[:category]`,
 * `tool:<id>` and `construct:<id>`. A view that does not resolve (which `check` reports) renders a
 * placeholder naming it.
 *
 * Everything is built as hast nodes from data, never as HTML strings, so every value is escaped when the
 * tree is stringified; only `https://` and `http://` URLs become links. Views are rendered after the
 * render cache (`render-spec.ts`), so editing the YAML needs no cache invalidation.
 *
 * To add a view: parse its name in `src/interop/views.ts`, then add a case to `renderDataView`.
 */
import type {Element, ElementContent, Properties} from 'hast'
import type {InteropData} from '../interop/load-data.ts'
import type {SupportCell} from '../interop/schema.ts'
import {parseDataView} from '../interop/views.ts'

import type {Spec} from '../model/types.ts'
import {destinationHref} from './urls.ts'
import {anchorFor} from '../core/anchors.ts'

export interface DataViewContext {
  data: InteropData | null
  /** Where each rule ID lives, to link normative references. */
  rules: Spec['rules']
  /** The chapter the view is shown on (links to the same page are bare anchors). */
  from: string
  base: string
}

const DIRECTIONS = ['rust-to-cpp', 'cpp-to-rust'] as const
const DIRECTION_LABELS: Record<string, string> = {'rust-to-cpp': 'Rust → C++', 'cpp-to-rust': 'C++ → Rust', both: 'both'}

/**
 * Anchors of type-map rows, constructs' views and tools' rows, for links from guidance citations. The dot
 * keeps them apart from heading anchors, which never contain one (`src/core/anchors.ts`).
 */
export const typeRowAnchor = (id: string): string => `type-map.${id}`
export const constructAnchor = (id: string): string => `construct.${id}`
export const toolAnchor = (id: string): string => `tool.${id}`
/** A construct's rows in the full capability matrix. */
export const matrixAnchor = (id: string): string => `matrix.${id}`

/** Renders the named view, or a placeholder when it does not resolve. */
export function renderDataView(name: string | null, context: DataViewContext): Element {
  if (name === null || context.data === null) return dataViewPlaceholder(name)
  const view = parseDataView(name, context.data)
  if ('error' in view) return dataViewPlaceholder(name)
  const body = ((): ElementContent[] => {
    switch (view.kind) {
      case 'capability-matrix':
        return [capabilityMatrix(context.data!, context.data!.support)]
      case 'tools':
        return [toolsTable(context.data!)]
      case 'type-map':
        return [typeMapTable(context, view.category)]
      case 'tool':
        return toolView(context.data!, view.id)
      case 'construct':
        return constructView(context, view.id)
    }
  })()
  return h('div', {className: ['data-view'], dataView: name}, body)
}

export function dataViewPlaceholder(view: string | null): Element {
  const name = view ?? '(unnamed)'
  return h('div', {className: ['data-view'], dataView: name}, [
    h('p', {}, [t('Data view '), h('code', {}, [t(name)]), t(': no interop data matches it.')]),
  ])
}

/** Constructs down, tools within each construct, one column per direction. */
function capabilityMatrix(data: InteropData, cells: SupportCell[], only?: {construct?: string; tool?: string}): Element {
  const toolNames = new Map(data.tools.map((tool) => [tool.id, tool.name]))
  const groups: Element[] = []
  for (const construct of data.constructs) {
    if (only?.construct !== undefined && construct.id !== only.construct) continue
    const rows: Element[] = []
    const tools = [...new Set(cells.filter((cell) => cell.construct === construct.id).map((cell) => cell.tool))]
    for (const tool of data.tools.map((candidate) => candidate.id).filter((id) => tools.includes(id))) {
      if (only?.tool !== undefined && tool !== only.tool) continue
      const own = cells.filter((cell) => cell.construct === construct.id && cell.tool === tool)
      rows.push(
        h('tr', {dataTool: tool}, [
          h('th', {scope: 'row'}, [t(toolNames.get(tool) ?? tool)]),
          ...DIRECTIONS.map((direction) => {
            const found = own.filter((cell) => cell.direction === direction || cell.direction === 'both')
            return h('td', {dataDirection: direction}, found.length === 0 ? [h('span', {className: ['level-none']}, [t('—')])] : found.flatMap(supportCell))
          }),
        ])
      )
    }
    if (rows.length === 0) continue
    groups.push(
      h('tbody', only === undefined ? {dataConstruct: construct.id, id: matrixAnchor(construct.id)} : {dataConstruct: construct.id}, [
        h('tr', {className: ['matrix-construct']}, [h('th', {colSpan: 3, scope: 'rowgroup'}, [t(construct.name)])]),
        ...rows,
      ])
    )
  }
  return h('table', {className: ['capability-matrix']}, [
    h('thead', {}, [
      h('tr', {}, [h('th', {scope: 'col'}, [t('Tool')]), ...DIRECTIONS.map((direction) => h('th', {scope: 'col', dataDirection: direction}, [t(DIRECTION_LABELS[direction]!)]))]),
    ]),
    ...groups,
  ])
}

function supportCell(cell: SupportCell): ElementContent[] {
  const parts: ElementContent[] = [h('span', {className: ['level', `level-${cell.level}`]}, [t(cell.level)])]
  if (cell.direction === 'both') parts.push(t(' (both directions)'))
  if (cell.notes) parts.push(h('span', {className: ['cell-notes']}, [t(cell.notes)]))
  const source = sourceLink(cell.source, cell.as_of)
  if (source.length > 0) parts.push(h('span', {className: ['cell-source']}, source))
  return [h('div', {className: ['support-cell']}, parts)]
}

function toolsTable(data: InteropData): Element {
  const rows = data.tools.map((tool) =>
    h('tr', {id: toolAnchor(tool.id)}, [
      h('th', {scope: 'row'}, [link(tool.url, tool.name)]),
      h('td', {}, [t(tool.directions.map((direction) => DIRECTION_LABELS[direction]).join(', '))]),
      h('td', {}, [t(tool.build_systems.join(', '))]),
      h('td', {}, [t(tool.maintenance), ...(tool.maintenance_basis ? [h('span', {className: ['cell-notes']}, [t(tool.maintenance_basis)])] : [])]),
      h('td', {}, [t(tool.version), ...(tool.commit ? [h('span', {className: ['cell-notes']}, [h('code', {}, [t(tool.commit.slice(0, 12))])])] : [])]),
      h('td', {}, [t(tool.summary)]),
      h('td', {}, sourceLink(tool.source, tool.as_of)),
    ])
  )
  return table('tools-table', ['Tool', 'Directions', 'Build systems', 'Maintenance', 'Version', 'Summary', 'Source'], rows)
}

function typeMapTable(context: DataViewContext, category: string | null): Element {
  const rows = context.data!.types
    .filter((row) => category === null || row.category === category)
    .map((row) =>
      h('tr', {id: typeRowAnchor(row.id)}, [
        h('td', {}, [h('code', {}, [t(row.rust)])]),
        h('td', {}, [h('code', {}, [t(row.cpp)])]),
        h('td', {}, [t(DIRECTION_LABELS[row.direction] ?? row.direction)]),
        h('td', {}, [h('span', {className: ['equivalence', `equivalence-${row.equivalence}`]}, [t(row.equivalence)])]),
        h('td', {}, [
          ...(row.conditions.length > 0 ? [h('ul', {}, row.conditions.map((condition) => h('li', {}, [t(condition)])))] : []),
          ...(row.notes ? [h('span', {className: ['cell-notes']}, [t(row.notes)])] : []),
        ]),
        h('td', {}, ruleLinks(row.normative_refs, context)),
        h('td', {}, sourceLink(row.source, row.as_of)),
      ])
    )
  return table('type-map', ['Rust type', 'C++ type', 'Direction', 'Equivalence', 'Conditions', 'Normative refs', 'Source'], rows)
}

function toolView(data: InteropData, id: string): ElementContent[] {
  const tool = data.tools.find((candidate) => candidate.id === id)!
  return [
    h('p', {className: ['data-view-title']}, [link(tool.url, tool.name), t(` ${tool.version} (${tool.maintenance}): ${tool.summary}`)]),
    capabilityMatrix(data, data.support, {tool: id}),
  ]
}

function constructView(context: DataViewContext, id: string): ElementContent[] {
  const construct = context.data!.constructs.find((candidate) => candidate.id === id)!
  const refs = ruleLinks(construct.normative_refs, context)
  return [
    h('p', {className: ['data-view-title'], id: constructAnchor(id)}, [h('strong', {}, [t(construct.name)]), t(`: ${construct.description}`)]),
    ...(refs.length > 0 ? [h('p', {className: ['data-view-refs']}, [t('Bounded by '), ...refs])] : []),
    capabilityMatrix(context.data!, context.data!.support, {construct: id}),
  ]
}

/** Links to rule IDs' paragraphs; IDs the spec does not define stay plain text (`check` reports them). */
function ruleLinks(ids: string[], context: DataViewContext): ElementContent[] {
  return ids.flatMap((id, position) => {
    const location = context.rules[id]
    const node = location
      ? h('a', {className: ['rule-link'], href: destinationHref({chapter: location.chapter, anchor: anchorFor(id)}, context.from, context.base)}, [t(`[${id}]`)])
      : h('code', {}, [t(id)])
    return position === 0 ? [node] : [t(' '), node]
  })
}

function sourceLink(url: string | undefined, asOf: string | undefined): ElementContent[] {
  const date = asOf ? ` (as of ${asOf})` : ''
  if (url === undefined) return asOf ? [t(`as of ${asOf}`)] : []
  return [link(url, 'source'), t(date)]
}

/** A link to an external web page, or its text alone when the URL is not http(s). */
function link(url: string, text: string): ElementContent {
  return /^https?:\/\//i.test(url) ? h('a', {href: url, rel: ['noopener', 'external']}, [t(text)]) : t(text)
}

function table(className: string, headings: string[], rows: Element[]): Element {
  return h('table', {className: ['data-table', className]}, [
    h('thead', {}, [h('tr', {}, headings.map((heading) => h('th', {scope: 'col'}, [t(heading)])))]),
    h('tbody', {}, rows),
  ])
}

function h(tagName: string, properties: Properties, children: ElementContent[]): Element {
  return {type: 'element', tagName, properties, children}
}

function t(value: string): ElementContent {
  return {type: 'text', value}
}
