/**
 * The language server, driven through the protocol as an editor drives it: a separate `specmark lsp
 * --stdio` process on the fixture of `fixture.ts`, then on the Rust Reference corpus. Diagnostics must be
 * `check`'s, positions in UTF-16 code units, and a rename the same edit as `specmark ids rename`.
 */
import fs from 'node:fs'
import fsp from 'node:fs/promises'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {TextDocument} from 'vscode-languageserver-textdocument'
import {CompletionItemKind, type CompletionItem, type CompletionList, type DocumentSymbol, type Hover, type Location, type Range, type WorkspaceEdit} from 'vscode-languageserver/node'
import {runCheck} from '../../src/check/run-check.ts'
import {renameId} from '../../src/ids/rename.ts'
import {assembleModel} from '../../src/pipeline/assemble-model.ts'
import {writeTree} from '../helpers/spec-fixture.ts'
import {MAIN, OTHER, writeFixture} from './fixture.ts'
import {LspClient} from './lsp-client.ts'
import {REFERENCE} from '../helpers/shared.ts'

/** The 0-based position of the `index`-th occurrence of `needle` in a chapter text, plus `shift` characters. */
function positionOf(text: string, needle: string, shift = 0, occurrence = 0): {line: number; character: number} {
  let offset = -1
  for (let count = 0; count <= occurrence; count++) offset = text.indexOf(needle, offset + 1)
  if (offset === -1) throw new Error(`\`${needle}\` not found`)
  const document = TextDocument.create('file:///x.md', 'markdown', 1, text)
  return document.positionAt(offset + shift)
}

const FRONT_MATTER_LINES = 5

/** A position in a fixture chapter body, shifted below the chapter's front matter. */
function inBody(body: string, needle: string, shift = 0, occurrence = 0): {line: number; character: number} {
  const position = positionOf(body, needle, shift, occurrence)
  return {line: position.line + FRONT_MATTER_LINES, character: position.character}
}

function range(start: {line: number; character: number}, length: number): Range {
  return {start, end: {line: start.line, character: start.character + length}}
}

describe('specmark lsp on a fixture', () => {
  let root: string
  let client: LspClient
  let capabilities: Record<string, unknown>
  let mainUri: string
  let otherUri: string
  let mainText: string

  beforeAll(async () => {
    root = await writeFixture()
    const started = await LspClient.start({folder: root})
    client = started.client
    capabilities = started.result.capabilities as Record<string, unknown>
    mainUri = client.uri(root, 'main.md')
    otherUri = client.uri(root, 'other.md')
    mainText = await fsp.readFile(path.join(root, 'main.md'), 'utf8')
    await client.open(mainUri, mainText)
    await client.open(otherUri, await fsp.readFile(path.join(root, 'other.md'), 'utf8'))
    await client.waitFor(() => (client.diagnostics.get(mainUri)?.length ?? 0) > 0)
  })

  afterAll(async () => {
    await client?.stop()
  })

  it('announces its features', () => {
    expect(Object.keys(capabilities).sort()).toEqual([
      'codeActionProvider',
      'codeLensProvider',
      'completionProvider',
      'definitionProvider',
      'documentLinkProvider',
      'documentSymbolProvider',
      'foldingRangeProvider',
      'hoverProvider',
      'referencesProvider',
      'renameProvider',
      'semanticTokensProvider',
      'textDocumentSync',
      'workspace',
      'workspaceSymbolProvider',
    ])
  })

  it('publishes check’s diagnostics, at UTF-16 positions on a non-ASCII line', async () => {
    const expected = runCheck(await assembleModel(root, {cache: false}))
    expect(expected.map((diagnostic) => diagnostic.code)).toEqual(['unresolved-rule-link'])
    const published = client.diagnostics.get(mainUri)!
    expect(published.map(({code, message, range: where}) => ({code, message, line: where.start.line + 1, column: where.start.character + 1}))).toEqual(
      expected.map((diagnostic) => ({code: diagnostic.code, message: diagnostic.reason + (diagnostic.hint ? `\nhelp: ${diagnostic.hint}` : ''), line: diagnostic.place!.start.line, column: diagnostic.place!.start.column}))
    )
    // `Héllo 😀 see [main.a] and [main.missing]`: the emoji is two UTF-16 code units.
    expect(published[0]!.range).toEqual(range(inBody(MAIN, '[main.missing]'), '[main.missing]'.length))
    expect(published[0]!.range.start.character).toBe(26)
  })

  it('clears the diagnostic when an edit fixes the link', async () => {
    await client.change(mainUri, mainText.replace('[main.missing]', '[main.intro]'))
    await client.waitFor(() => client.diagnostics.get(mainUri)?.length === 0)
    await client.change(mainUri, mainText)
    await client.waitFor(() => client.diagnostics.get(mainUri)?.length === 1)
  })

  it('reports a problem in another file that an edit causes', async () => {
    await client.change(mainUri, mainText.replace('r[main.a]', 'r[main.gone]'))
    await client.waitFor(() => (client.diagnostics.get(otherUri)?.length ?? 0) > 0)
    expect(client.diagnostics.get(otherUri)!.map((diagnostic) => diagnostic.code)).toContain('unresolved-rule-link')
    await client.change(mainUri, mainText)
    await client.waitFor(() => (client.diagnostics.get(otherUri)?.length ?? 0) === 0)
  })

  it('completes rule IDs after `[main.` and grammar names after `[`', async () => {
    const text = mainText.replace('also [Item]', 'also [main.')
    await client.change(mainUri, text)
    const at = positionOf(text, 'also [main.', 'also [main.'.length)
    const list = await client.request<CompletionList>('textDocument/completion', {textDocument: {uri: mainUri}, position: at})
    expect(list.items.map((item) => item.label).sort()).toEqual(['main.a', 'main.b', 'main.intro', 'main.syntax'])
    expect(list.itemDefaults?.editRange).toEqual({start: {line: at.line, character: at.character - 'main.'.length}, end: at})
    const bare = positionOf(text, 'also [', 'also ['.length)
    const all = await client.request<CompletionList>('textDocument/completion', {textDocument: {uri: mainUri}, position: bare})
    expect(all.items.map((item) => item.label).sort()).toEqual(['Item', 'Start', 'main.a', 'main.b', 'main.intro', 'main.syntax', 'other.intro'])
    const resolved = await client.request<CompletionItem>('completionItem/resolve', all.items.find((item) => item.label === 'main.a'))
    expect((resolved.documentation as {value: string}).value).toContain('A widget is a rule with text.')
    await client.change(mainUri, mainText)
  })

  it('completes each item with its own edit when the client takes no defaults', async () => {
    const plain = await LspClient.start({folder: root, itemDefaults: false})
    try {
      const text = mainText.replace('also [Item]', 'also [It')
      await plain.client.open(mainUri, text)
      const at = positionOf(text, 'also [It', 'also [It'.length)
      const list = await plain.client.request<CompletionList>('textDocument/completion', {textDocument: {uri: mainUri}, position: at})
      expect(list.items).toEqual([expect.objectContaining({label: 'Item', textEdit: {range: {start: {line: at.line, character: at.character - 2}, end: at}, newText: 'Item'}})])
    } finally {
      await plain.client.stop()
    }
  })

  it('completes terms after `](term:` and grammar names inside a grammar block', async () => {
    const text = mainText.replace('[widget](term:)', '[widget](term:wi').replace('Item -> `x`', 'Item -> `x` St')
    await client.change(mainUri, text)
    const term = await client.request<CompletionList>('textDocument/completion', {textDocument: {uri: mainUri}, position: positionOf(text, '(term:wi', '(term:wi'.length)})
    expect(term.items.map((item) => item.label)).toEqual(['widget'])
    const grammar = await client.request<CompletionList>('textDocument/completion', {textDocument: {uri: mainUri}, position: positionOf(text, '`x` St', '`x` St'.length)})
    expect(grammar.items.map((item) => item.label)).toEqual(['Start'])
    const label = await client.request<CompletionList | null>('textDocument/completion', {textDocument: {uri: mainUri}, position: positionOf(text, 'r[main.a]', 'r[main.'.length)})
    expect(label).toBeNull()
    await client.change(mainUri, mainText)
  })

  it('goes from a rule link, a grammar name and a term to their definitions', async () => {
    const label = range(inBody(MAIN, 'r[main.a]', 2), 'main.a'.length)
    for (const [needle, shift, occurrence] of [['[main.a]', 3, 0], ['[the rule][main.a]', 14, 0], ['[this rule]', 2, 0], ['(main.md#r-main.a)', 3, 0], ['[this rule]: main.a', 15, 0]] as const) {
      const definition = await client.request<Location[]>('textDocument/definition', {textDocument: {uri: otherUri}, position: inBody(OTHER, needle, shift, occurrence)})
      expect(definition, needle).toEqual([{uri: mainUri, range: label}])
    }
    // From the non-ASCII line, and from the label itself.
    expect(await client.request('textDocument/definition', {textDocument: {uri: mainUri}, position: inBody(MAIN, '[main.a]', 1)})).toEqual([{uri: mainUri, range: label}])
    expect(await client.request('textDocument/definition', {textDocument: {uri: mainUri}, position: inBody(MAIN, 'r[main.a]', 4)})).toEqual([{uri: mainUri, range: label}])
    const item = range(inBody(MAIN, 'Item -> '), 'Item'.length)
    expect(await client.request('textDocument/definition', {textDocument: {uri: mainUri}, position: inBody(MAIN, '[Item]', 2)})).toEqual([{uri: mainUri, range: item}])
    expect(await client.request('textDocument/definition', {textDocument: {uri: mainUri}, position: inBody(MAIN, 'Start -> Item', 10)})).toEqual([{uri: mainUri, range: item}])
    const widget = range(inBody(MAIN, '[widget](dfn:)'), '[widget](dfn:)'.length)
    expect(await client.request('textDocument/definition', {textDocument: {uri: mainUri}, position: inBody(MAIN, '[widget](term:)', 3)})).toEqual([{uri: mainUri, range: widget}])
    expect(await client.request('textDocument/definition', {textDocument: {uri: mainUri}, position: inBody(MAIN, 'The intro', 2)})).toBeNull()
  })

  it('finds every reference to a rule, a grammar name and a term', async () => {
    const references = await client.request<Location[]>('textDocument/references', {textDocument: {uri: mainUri}, position: inBody(MAIN, 'r[main.a]', 3), context: {includeDeclaration: true}})
    expect(references.map((location) => `${path.basename(location.uri)}:${location.range.start.line}:${location.range.start.character}`)).toEqual([
      `main.md:${inBody(MAIN, 'r[main.a]', 2).line}:2`,
      `main.md:${inBody(MAIN, '[main.a]', 0, 1).line}:${inBody(MAIN, '[main.a]', 0, 1).character}`,
      ...['[main.a]', '[the rule]', '[this rule]', '[the anchor]', '[this rule]:'].map((needle) => `other.md:${inBody(OTHER, needle).line}:${inBody(OTHER, needle).character}`),
    ])
    const withoutDeclaration = await client.request<Location[]>('textDocument/references', {textDocument: {uri: otherUri}, position: inBody(OTHER, '[main.a]', 2), context: {includeDeclaration: false}})
    expect(withoutDeclaration).toHaveLength(6)
    const item = await client.request<Location[]>('textDocument/references', {textDocument: {uri: mainUri}, position: inBody(MAIN, 'Item -> ', 1), context: {includeDeclaration: false}})
    expect(item.map((location) => location.range.start)).toEqual([inBody(MAIN, 'Item `;`'), inBody(MAIN, '[Item]')])
    const widget = await client.request<Location[]>('textDocument/references', {textDocument: {uri: mainUri}, position: inBody(MAIN, '[widget](dfn:)', 2), context: {includeDeclaration: false}})
    expect(widget.map((location) => location.range.start)).toEqual([inBody(MAIN, '[widget](term:)')])
  })

  it('shows the target paragraph’s ID, chapter, hash and text on hover', async () => {
    const model = await assembleModel(root, {cache: false})
    const block = model.spec.chapters[0]!.blocks.find((candidate) => candidate.ruleId === 'main.a')!
    const hover = await client.request<Hover>('textDocument/hover', {textDocument: {uri: otherUri}, position: inBody(OTHER, '[main.a]', 2)})
    const value = (hover.contents as {value: string}).value
    expect(value).toContain('**`main.a`** — Main (`main.md`)')
    expect(value).toContain(`sha256 \`${block.hash}\``)
    expect(value).toContain('A widget is a rule with text.')
    expect(hover.range).toEqual(range(inBody(OTHER, '[main.a]'), '[main.a]'.length))
    const grammar = await client.request<Hover>('textDocument/hover', {textDocument: {uri: mainUri}, position: inBody(MAIN, '[Item]', 1)})
    expect((grammar.contents as {value: string}).value).toContain('Item -> `x`')
  })

  it('lists sections, rules and productions as document symbols', async () => {
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', {textDocument: {uri: mainUri}})
    const outline = (list: DocumentSymbol[]): unknown[] => list.map((symbol) => (symbol.children?.length ? {[symbol.name]: outline(symbol.children)} : symbol.name))
    expect(outline(symbols)).toEqual([{Main: ['main.intro', {Details: ['main.a', 'main.syntax', 'Start', 'Item', 'main.b']}]}])
    const details = symbols[0]!.children!.find((symbol) => symbol.name === 'Details')!
    expect(details.children![0]!.selectionRange).toEqual(range(inBody(MAIN, 'r[main.a]', 2), 'main.a'.length))
  })

  it('searches rule IDs across the specification', async () => {
    const found = await client.request<Array<{name: string}>>('workspace/symbol', {query: 'intro'})
    expect(found.map((symbol) => symbol.name).sort()).toEqual(['main.intro', 'other.intro'])
  })

  it('renames a rule ID exactly as `specmark ids rename` does, registry included', async () => {
    const prepared = await client.request<{range: Range; placeholder: string}>('textDocument/prepareRename', {textDocument: {uri: otherUri}, position: inBody(OTHER, '[the rule][main.a]', 13)})
    expect(prepared).toEqual({range: range(inBody(OTHER, 'main.a]', 0, 1), 'main.a'.length), placeholder: 'main.a'})
    const edit = await client.request<WorkspaceEdit>('textDocument/rename', {textDocument: {uri: otherUri}, position: inBody(OTHER, '[main.a]', 2), newName: 'main.renamed'})
    const registryUri = client.uri(root, 'registry.txt')
    expect(Object.keys(edit.changes!).sort()).toEqual([mainUri, otherUri, registryUri].sort())
    // `[main.a]`, `[the rule][main.a]`, the `#r-main.a` anchor and the link definition `[this rule]: main.a`.
    expect(edit.changes![otherUri]).toHaveLength(4)

    // Apply the edit in memory, and the command on a copy on disk: the results must be equal.
    const applied = new Map<string, string>()
    for (const [uri, edits] of Object.entries(edit.changes!)) {
      const file = path.basename(new URL(uri).pathname)
      const text = await fsp.readFile(path.join(root, file), 'utf8')
      applied.set(file, TextDocument.applyEdits(TextDocument.create(uri, 'markdown', 1, text), edits))
    }
    const copy = await writeTree(Object.fromEntries(['outline.yaml', 'main.md', 'other.md', 'registry.txt'].map((file) => [file, fs.readFileSync(path.join(root, file), 'utf8')])))
    await renameId(await assembleModel(copy, {cache: false}), 'main.a', 'main.renamed')
    for (const file of ['main.md', 'other.md', 'registry.txt']) expect(applied.get(file), file).toBe(await fsp.readFile(path.join(copy, file), 'utf8'))
    expect(applied.get('registry.txt')).toContain('main.a\trenamed:main.renamed\t')
    // The server wrote nothing itself.
    expect(await fsp.readFile(path.join(root, 'registry.txt'), 'utf8')).not.toContain('renamed')
  })

  it('follows files on disk once closed, and reads the project again when the outline changes', async () => {
    await client.connection.sendNotification('textDocument/didClose', {textDocument: {uri: otherUri}})
    const otherFile = path.join(root, 'other.md')
    const original = await fsp.readFile(otherFile, 'utf8')
    await fsp.writeFile(otherFile, original.replace('See [main.a]', 'See [main.nope]'))
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', {changes: [{uri: otherUri, type: 2}]})
    await client.waitFor(() => client.diagnostics.get(otherUri)?.length === 1)
    // A third chapter in the outline: its file is read, and its link to `main.a` resolves.
    await fsp.writeFile(path.join(root, 'third.md'), '---\ntopic: third\nowner: [T-lang]\nstatus: draft\n---\n# Third\n\nr[third.intro]\nSee [main.a] and [third.nope].\n')
    const outline = await fsp.readFile(path.join(root, 'outline.yaml'), 'utf8')
    await fsp.writeFile(path.join(root, 'outline.yaml'), `${outline}      - {id: third, title: third, owner: [T-lang], prefix: third, file: third.md}\n`)
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', {changes: [{uri: client.uri(root, 'outline.yaml'), type: 2}, {uri: client.uri(root, 'third.md'), type: 1}]})
    const thirdUri = client.uri(root, 'third.md')
    await client.waitFor(() => client.diagnostics.get(thirdUri)?.length === 1)
    expect(client.diagnostics.get(thirdUri)![0]!.message).toContain('`third.nope`')
    await fsp.writeFile(otherFile, original)
    await fsp.writeFile(path.join(root, 'outline.yaml'), outline)
    await fsp.rm(path.join(root, 'third.md'))
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', {changes: [{uri: client.uri(root, 'outline.yaml'), type: 2}, {uri: thirdUri, type: 3}]})
    await client.waitFor(() => client.diagnostics.get(otherUri)?.length === 0 && client.diagnostics.get(thirdUri)?.length === 0)
    await client.open(otherUri, original)
  })

  it('refuses a rename to a taken ID, and of anything but a rule ID', async () => {
    await expect(client.request('textDocument/rename', {textDocument: {uri: otherUri}, position: inBody(OTHER, '[main.a]', 2), newName: 'main.intro'})).rejects.toThrow(/already defined/)
    await expect(client.request('textDocument/prepareRename', {textDocument: {uri: mainUri}, position: inBody(MAIN, '[Item]', 2)})).rejects.toThrow(/rule IDs only/)
    expect(await client.request('textDocument/prepareRename', {textDocument: {uri: mainUri}, position: inBody(MAIN, 'The intro', 1)})).toBeNull()
  })
})

describe('specmark lsp without a spec root in the workspace folder', () => {
  it('finds the root above the first document opened', async () => {
    const fixture = await writeFixture()
    const files = Object.fromEntries(['outline.yaml', 'main.md', 'other.md', 'registry.txt'].map((file) => [`specs/one/${file}`, fs.readFileSync(path.join(fixture, file), 'utf8')]))
    const folder = await writeTree(files)
    const {client} = await LspClient.start({folder})
    try {
      expect(await client.request('workspace/symbol', {query: 'main'})).toBeNull()
      const uri = client.uri(folder, 'specs/one/main.md')
      await client.open(uri, files['specs/one/main.md']!)
      await client.waitFor(() => client.diagnostics.get(uri)?.length === 1)
      expect(client.diagnostics.get(uri)![0]!.code).toBe('unresolved-rule-link')
    } finally {
      await client.stop()
    }
  })
})

const available = fs.existsSync(path.join(REFERENCE, 'book.toml'))

describe.runIf(available || process.env.CI === 'true')('specmark lsp on the Rust Reference', () => {
  let client: LspClient
  const file = 'expressions/if-expr.md'
  let uri: string
  let text: string

  beforeAll(async () => {
    client = (await LspClient.start({folder: REFERENCE})).client
    uri = client.uri(path.join(REFERENCE, 'src'), file)
    text = await fsp.readFile(path.join(REFERENCE, 'src', file), 'utf8')
    await client.open(uri, text)
  })

  afterAll(async () => {
    await client?.stop()
  })

  it('goes from a real rule link to its label', async () => {
    const definition = await client.request<Location[]>('textDocument/definition', {textDocument: {uri}, position: positionOf(text, '[expr.bool-logic]', 3)})
    const target = await fsp.readFile(path.join(REFERENCE, 'src/expressions/operator-expr.md'), 'utf8')
    expect(definition).toEqual([{uri: client.uri(path.join(REFERENCE, 'src'), 'expressions/operator-expr.md'), range: range(positionOf(target, 'r[expr.bool-logic]\n', 2), 'expr.bool-logic'.length)}])
  })

  it('completes every rule ID after `[`, and filters them by prefix', async () => {
    const edited = text.replace('[expr.bool-logic]', '[')
    await client.change(uri, edited)
    const all = await client.request<CompletionList>('textDocument/completion', {textDocument: {uri}, position: positionOf(edited, 'expression][', 'expression]['.length)})
    const rules = all.items.filter((item) => item.kind === CompletionItemKind.Reference)
    expect(rules.length).toBe(2996)
    expect(all.items.length).toBeGreaterThan(2996 + 300)
    const prefixed = edited.replace('expression][', 'expression][expr.if')
    await client.change(uri, prefixed)
    const some = await client.request<CompletionList>('textDocument/completion', {textDocument: {uri}, position: positionOf(prefixed, '][expr.if', '][expr.if'.length)})
    expect(some.items.length).toBeGreaterThan(10)
    expect(some.items.every((item) => item.label.startsWith('expr.if'))).toBe(true)
    await client.change(uri, text)
  })

  it('publishes check’s warnings, and nothing else', async () => {
    const expected = runCheck(await assembleModel(REFERENCE, {cache: false}))
    expect(expected.length).toBeGreaterThan(0)
    const byFile = (entries: Array<[string, string]>): string[] => entries.map(([file, code]) => `${file} ${code}`).sort()
    const textual = client.uri(path.join(REFERENCE, 'src'), 'types/textual.md')
    await client.waitFor(() => client.diagnostics.has(textual))
    await client.waitFor(() => [...client.diagnostics.values()].flat().length === expected.length)
    const published = [...client.diagnostics].flatMap(([where, list]) => list.map((diagnostic) => [path.basename(where), String(diagnostic.code)] as [string, string]))
    expect(byFile(published)).toEqual(byFile(expected.map((diagnostic) => [path.basename(diagnostic.place!.file), diagnostic.code])))
  })
})
