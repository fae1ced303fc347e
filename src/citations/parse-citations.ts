/**
 * Reads a list of citations, as an auditor holds it, into `(version, ID, optional hash)` records. Pure (no
 * Node API), so the site's citation page runs the same code in the browser. Accepted forms:
 *
 * - JSON: an array of `{version, id, hash?}` (or `{citations: [...]}`);
 * - CSV with a header naming `version` and `id` columns (and optionally `hash`);
 * - plain lines, one citation each: what the site's *cite* control copies
 *   (`Title (1.0), [expr.if.cond] #1b8828b1, https://…/v/1.0/…`), or `1.0 expr.if.cond 1b8828b1`
 *   (spaces, commas or tabs between; brackets around the ID and `#` before the hash are optional).
 *
 * Blank lines and lines starting with `#` are skipped; anything else that is no citation is an error
 * naming its line.
 */

export interface Citation {
  version: string
  id: string
  /** The cited hash (a prefix of the clause's sha256), lowercase; null when the citation has none. */
  hash: string | null
  /** 1-based line (for JSON: the item's position) in the input, for messages. */
  line: number
}

export interface ParseProblem {
  line: number
  message: string
}

const ID = /^[a-z0-9][a-z0-9_-]*(?:\.[a-z0-9][a-z0-9_-]*)*$/
const HASH = /^[0-9a-f]{4,64}$/
/** What the cite control copies: the version in parentheses (it may hold its own: `unreleased (since 1.0)`). */
const CITE_STRING = /\((?<version>[^()]*(?:\([^()]*\))?[^()]*)\),\s*\[(?<id>[^\]\s]+)\](?:\s*#(?<hash>[0-9a-fA-F]+))?/

export function parseCitations(input: string): {citations: Citation[]; problems: ParseProblem[]} {
  const text = input.replace(/^\uFEFF/, '')
  const trimmed = text.trim()
  if (trimmed.startsWith('[') || trimmed.startsWith('{')) return parseJson(trimmed)
  const lines = text.split(/\r?\n/)
  const headerIndex = lines.findIndex((line) => line.trim() !== '' && !line.startsWith('#'))
  const header = headerIndex === -1 ? [] : splitCsvLine(lines[headerIndex]!).map((cell) => cell.trim().toLowerCase())
  if (header.includes('version') && header.includes('id')) return parseCsv(lines, headerIndex, header)
  const citations: Citation[] = []
  const problems: ParseProblem[] = []
  lines.forEach((raw, index) => {
    const line = raw.trim()
    if (line === '' || line.startsWith('#')) return
    const result = parseLine(line, index + 1)
    if ('message' in result) problems.push(result)
    else citations.push(result)
  })
  return {citations, problems}
}

function parseLine(line: string, number: number): Citation | ParseProblem {
  const cited = CITE_STRING.exec(line)
  if (cited?.groups) return record(cited.groups.version!, cited.groups.id!, cited.groups.hash ?? null, number)
  const [version = '', id = '', hash = null, ...rest] = line.split(/[\s,;]+/).filter((token) => token !== '')
  if (rest.length > 0 && !/^https?:/.test(rest[0]!)) return {line: number, message: `Unexpected \`${rest[0]}\`, expected \`VERSION ID [HASH]\``}
  return record(version, id, hash, number)
}

function record(version: string, rawId: string, rawHash: string | null, line: number): Citation | ParseProblem {
  const id = rawId.replace(/^\[|\]$/g, '')
  const hash = rawHash === null || rawHash === '' ? null : rawHash.replace(/^#/, '').toLowerCase()
  if (version.trim() === '') return {line, message: 'Unexpected citation without a version, expected `VERSION ID [HASH]`'}
  if (!ID.test(id)) return {line, message: `Unexpected \`${rawId}\`, expected a rule ID such as \`expr.if.cond\``}
  if (hash !== null && !HASH.test(hash)) return {line, message: `Unexpected hash \`${rawHash}\`, expected 4 to 64 hexadecimal digits`}
  return {version: version.trim(), id, hash, line}
}

function parseJson(text: string): {citations: Citation[]; problems: ParseProblem[]} {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error) {
    return {citations: [], problems: [{line: 1, message: `Unexpected JSON: ${(error as Error).message}`}]}
  }
  const items = Array.isArray(data) ? data : (data as {citations?: unknown}).citations
  if (!Array.isArray(items)) return {citations: [], problems: [{line: 1, message: 'Unexpected JSON, expected an array of `{version, id, hash}`'}]}
  const citations: Citation[] = []
  const problems: ParseProblem[] = []
  items.forEach((item: unknown, index) => {
    const fields = (item ?? {}) as {version?: unknown; id?: unknown; hash?: unknown}
    const result =
      typeof fields.version === 'string' && typeof fields.id === 'string' && (fields.hash === undefined || fields.hash === null || typeof fields.hash === 'string')
        ? record(fields.version, fields.id, (fields.hash as string | null | undefined) ?? null, index + 1)
        : {line: index + 1, message: 'Unexpected item, expected `{"version": string, "id": string, "hash"?: string}`'}
    if ('message' in result) problems.push(result)
    else citations.push(result)
  })
  return {citations, problems}
}

function parseCsv(lines: string[], headerIndex: number, header: string[]): {citations: Citation[]; problems: ParseProblem[]} {
  const column = (name: string): number => header.indexOf(name)
  const citations: Citation[] = []
  const problems: ParseProblem[] = []
  lines.forEach((raw, index) => {
    if (index <= headerIndex || raw.trim() === '' || raw.startsWith('#')) return
    const cells = splitCsvLine(raw)
    const hash = column('hash') === -1 ? null : (cells[column('hash')] ?? '').trim()
    const result = record(cells[column('version')] ?? '', (cells[column('id')] ?? '').trim(), hash || null, index + 1)
    if ('message' in result) problems.push(result)
    else citations.push(result)
  })
  return {citations, problems}
}

/** One CSV record's fields (RFC 4180 quoting; a citation never spans lines). */
function splitCsvLine(line: string): string[] {
  const cells: string[] = []
  let cell = ''
  let quoted = false
  for (let i = 0; i < line.length; i++) {
    const char = line[i]!
    if (quoted) {
      if (char === '"' && line[i + 1] === '"') {
        cell += '"'
        i++
      } else if (char === '"') quoted = false
      else cell += char
    } else if (char === '"') quoted = true
    else if (char === ',') {
      cells.push(cell)
      cell = ''
    } else cell += char
  }
  cells.push(cell)
  return cells
}
