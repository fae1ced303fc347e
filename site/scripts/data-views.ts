/**
 * Filters for the capability matrix (markup from `src/render/data-views.ts`): a tool, a construct and a
 * direction select above each full matrix; choosing hides the other rows, row groups and columns. This
 * is progressive enhancement: without script the whole table shows and no controls are added.
 *
 * To filter by something else: put a `data-*` attribute on the rows or cells it concerns and add a
 * select here.
 */

function select(label: string, all: string, options: Array<[string, string]>, onChange: (value: string) => void): HTMLLabelElement {
  const wrapper = document.createElement('label')
  wrapper.textContent = `${label} `
  const element = document.createElement('select')
  for (const [value, text] of [['', all] as [string, string], ...options]) {
    const option = document.createElement('option')
    option.value = value
    option.textContent = text
    element.append(option)
  }
  element.addEventListener('change', () => onChange(element.value))
  wrapper.append(element)
  return wrapper
}

function enhance(table: HTMLTableElement): void {
  const state = {tool: '', construct: '', direction: ''}
  const groups = [...table.querySelectorAll<HTMLTableSectionElement>('tbody[data-construct]')]
  const toolNames = new Map<string, string>()
  for (const row of table.querySelectorAll<HTMLTableRowElement>('tr[data-tool]')) toolNames.set(row.dataset.tool!, row.cells[0]?.textContent ?? row.dataset.tool!)
  const constructs: Array<[string, string]> = groups.map((group) => [group.dataset.construct!, group.rows[0]?.textContent ?? group.dataset.construct!])
  // The directions as the table's head names them ("Rust → C++"): this script, inlined into every chapter
  // page, holds no character beyond Latin-1, so those pages stay one-byte strings (see BaseLayout.astro).
  const directions: Array<[string, string]> = [...table.querySelectorAll<HTMLTableCellElement>('thead th[data-direction]')].map((heading) => [heading.dataset.direction!, heading.textContent ?? heading.dataset.direction!])

  const apply = (): void => {
    for (const group of groups) {
      let visibleRows = 0
      for (const row of group.querySelectorAll<HTMLTableRowElement>('tr[data-tool]')) {
        row.hidden = state.tool !== '' && row.dataset.tool !== state.tool
        if (!row.hidden) visibleRows++
      }
      group.hidden = (state.construct !== '' && group.dataset.construct !== state.construct) || visibleRows === 0
    }
    for (const cell of table.querySelectorAll<HTMLElement>('[data-direction]')) cell.hidden = state.direction !== '' && cell.dataset.direction !== state.direction
    for (const heading of table.querySelectorAll<HTMLTableCellElement>('tr.matrix-construct th')) heading.colSpan = state.direction === '' ? 3 : 2
  }

  const controls = document.createElement('div')
  controls.className = 'matrix-filters'
  controls.append(
    select('Tool', 'all tools', [...toolNames], (value) => ((state.tool = value), apply())),
    select('Construct', 'all constructs', constructs, (value) => ((state.construct = value), apply())),
    select('Direction', 'both directions', directions, (value) => ((state.direction = value), apply()))
  )
  table.before(controls)
}

// Only the full matrix: per-tool and per-construct views are already filtered.
for (const table of document.querySelectorAll<HTMLTableElement>('[data-view="capability-matrix"] table.capability-matrix')) enhance(table)
