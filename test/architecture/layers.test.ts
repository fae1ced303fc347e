/**
 * The layers of `src/` (drawn in docs/architecture.md), enforced over the import graph: a module may
 * import its own folder and the folders of lower layers, never a higher one. Type-only imports count too.
 * `KNOWN_BACK_EDGES` lists back-edges not untangled yet (none now); the test fails on any new one, and on
 * a listed one that no longer exists (so the list only shrinks).
 */
import fs from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'

const SRC = path.resolve(import.meta.dirname, '../../src')

/** Lowest first. A folder not listed here fails the test: give every new folder its layer. */
export const LAYERS: string[][] = [
  ['core', 'diagnostics', 'fs', 'cache', 'workers'],
  ['config', 'load', 'parse', 'grammar'],
  ['model'],
  ['interop', 'export', 'diff', 'registry'],
  ['release'],
  ['pipeline'],
  ['check', 'render', 'search', 'trace', 'ids', 'examples', 'citations', 'conformance'],
  ['build', 'dev', 'lsp'],
  ['cli', '(root)'],
]

/**
 * Back-edges still to untangle, `from -> to` by folder, each with what it is. Empty: keep it so (a new
 * back-edge is fixed by moving the shared code down, or by passing the data in, not by listing it).
 */
const KNOWN_BACK_EDGES: string[] = []

function folderOf(file: string): string {
  const relative = path.relative(SRC, file)
  return relative.includes(path.sep) ? relative.split(path.sep)[0]! : '(root)'
}

function importGraph(): Map<string, Set<string>> {
  const edges = new Map<string, Set<string>>()
  for (const name of fs.readdirSync(SRC, {recursive: true}).map(String)) {
    if (!name.endsWith('.ts')) continue
    const file = path.join(SRC, name)
    const from = folderOf(file)
    const text = fs.readFileSync(file, 'utf8')
    for (const match of text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s*'(\.[^']+)'|import\(\s*'(\.[^']+)'\s*\)|new URL\('(\.[^']+\.ts)'/g)) {
      const target = path.resolve(path.dirname(file), match[1] ?? match[2] ?? match[3]!)
      if (!target.startsWith(SRC)) continue
      const to = folderOf(target)
      if (to !== from) edges.set(from, (edges.get(from) ?? new Set()).add(to))
    }
  }
  return edges
}

describe('the layers of src/', () => {
  const rank = new Map(LAYERS.flatMap((folders, layer) => folders.map((folder) => [folder, layer] as const)))
  const graph = importGraph()

  it('gives every folder a layer', () => {
    const folders = fs.readdirSync(SRC, {withFileTypes: true}).filter((entry) => entry.isDirectory()).map((entry) => entry.name)
    expect(folders.filter((folder) => !rank.has(folder))).toEqual([])
  })

  it('imports only downwards (or a listed back-edge)', () => {
    const backEdges: string[] = []
    for (const [from, targets] of graph) {
      for (const to of targets) if (rank.get(to)! > rank.get(from)!) backEdges.push(`${from} -> ${to}`)
    }
    expect(backEdges.filter((edge) => !KNOWN_BACK_EDGES.includes(edge)).sort()).toEqual([])
    expect(KNOWN_BACK_EDGES.filter((edge) => !backEdges.includes(edge)).sort()).toEqual([])
  })

  it('keeps the core a leaf: it imports nothing of specmark but the escaping of messages', () => {
    expect([...(graph.get('core') ?? [])].sort()).toEqual(['diagnostics'])
  })
})
