/**
 * The language server's editor features beyond navigation, over the protocol: quick fixes, code lens,
 * semantic tokens, folding, document links, fuzzy workspace symbols, `$/progress`, the maximum debounce
 * wait, file watching (registered with the client, or done by the server), several roots, files outside
 * every root, and one model with `check` (interop data included) on our own `spec/`.
 */
import fsp from 'node:fs/promises'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {TextDocument} from 'vscode-languageserver-textdocument'
import type {CodeAction, CodeLens, Diagnostic, DocumentLink, FoldingRange, SemanticTokens, TextEdit, WorkspaceSymbol} from 'vscode-languageserver/node'
import {runCheck} from '../../src/check/run-check.ts'
import {semanticTokensLegend} from '../../src/lsp/semantic-tokens.ts'
import {assembleModel} from '../../src/pipeline/assemble-model.ts'
import {chapter, outlineYaml, writeTree} from '../helpers/spec-fixture.ts'
import {MAIN, OTHER, writeFixture} from './fixture.ts'
import {LspClient} from './lsp-client.ts'

const FRONT_MATTER_LINES = 5

function message(diagnostic: Diagnostic): string {
  return typeof diagnostic.message === 'string' ? diagnostic.message : (diagnostic.message as {value: string}).value
}

function apply(text: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('file:///x.md', 'markdown', 1, text), edits)
}

describe('quick fixes, code lens, tokens, folding, links and symbols', () => {
  let root: string
  let client: LspClient
  let mainUri: string
  let otherUri: string
  let mainText: string

  beforeAll(async () => {
    root = await writeFixture()
    await fsp.mkdir(path.join(root, 'tests'))
    await fsp.writeFile(path.join(root, 'tests/if.rs'), '//@ reference: main.a\nfn main() {}\n')
    await fsp.writeFile(path.join(root, 'tests/else.rs'), '//@ reference: main.a\n//@ reference: main.b\n')
    client = (await LspClient.start({folder: root, initializationOptions: {tests: ['tests']}})).client
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

  const actionsFor = async (uri: string, code: string, about = ''): Promise<{diagnostic: Diagnostic; actions: CodeAction[]}> => {
    const matches = (candidate: Diagnostic): boolean => candidate.code === code && message(candidate).includes(about)
    await client.waitFor(() => client.diagnostics.get(uri)?.some(matches) ?? false)
    const diagnostic = client.diagnostics.get(uri)!.find(matches)!
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {textDocument: {uri}, range: diagnostic.range, context: {diagnostics: [diagnostic]}})
    return {diagnostic, actions}
  }

  it('fixes a mistyped rule link with its did-you-mean, or with a link definition', async () => {
    const text = mainText.replace('see [main.a] and', 'see [main.ab] and')
    await client.change(mainUri, text)
    const {actions} = await actionsFor(mainUri, 'unresolved-rule-link', '`main.ab`')
    expect(actions.map((action) => action.title)).toEqual(['Change to `main.a`', 'Add a link definition for `[main.ab]`'])
    const fixed = apply(text, actions[0]!.edit!.changes![mainUri]!)
    expect(fixed).toBe(mainText)
    expect(apply(text, actions[1]!.edit!.changes![mainUri]!)).toBe(`${text}\n[main.ab]: main.a\n`)
    await client.change(mainUri, fixed)
    await client.waitFor(() => !client.diagnostics.get(mainUri)!.some((diagnostic) => message(diagnostic).includes('main.ab')))
  })

  it('assigns the rule ID `ids assign` would give to an unlabelled paragraph', async () => {
    // After an unlabelled heading the paragraph is in no clause (before it, it would be main.syntax's).
    const text = mainText.replace('r[main.b]\n', '## Colours\n\nEvery widget must be blue.\n\nr[main.b]\n')
    await client.change(mainUri, text)
    const {diagnostic, actions} = await actionsFor(mainUri, 'missing-rule-id')
    expect(actions.map((action) => action.title)).toEqual(['Assign rule ID `main.every-widget-must`'])
    const labelled = apply(text, actions[0]!.edit!.changes![mainUri]!)
    expect(labelled.split('\n')[diagnostic.range.start.line]).toBe('r[main.every-widget-must]')
    await client.change(mainUri, labelled)
    await client.waitFor(() => !client.diagnostics.get(mainUri)!.some((candidate) => candidate.code === 'missing-rule-id'))
    await client.change(mainUri, mainText)
  })

  it('retires a released ID that vanished, in the registry', async () => {
    await client.change(mainUri, mainText.replace('r[main.intro]\n', ''))
    const registryUri = client.uri(root, 'registry.txt')
    const {actions} = await actionsFor(registryUri, 'released-id-vanished')
    expect(actions.map((action) => action.title)).toEqual(['Retire `main.intro` (then replace REASON in registry.txt)'])
    const registry = await fsp.readFile(path.join(root, 'registry.txt'), 'utf8')
    const retired = apply(registry, actions[0]!.edit!.changes![registryUri]!)
    expect(retired).toContain(`main.intro\tretired:unreleased\t0.1.0\t0.1.0\t${'0'.repeat(64)}\t-\tREASON: say why the rule was removed\n`)
    expect(retired).toContain('main.a\tactive')
    await client.change(mainUri, mainText)
    await client.waitFor(() => (client.diagnostics.get(registryUri)?.length ?? 0) === 0)
  })

  it('shows references and citing tests above every rule label', async () => {
    const lenses = await client.request<CodeLens[]>('textDocument/codeLens', {textDocument: {uri: mainUri}})
    const at = (id: string): string[] => {
      const line = FRONT_MATTER_LINES + MAIN.split('\n').indexOf(`r[${id}]`)
      return lenses.filter((lens) => lens.range.start.line === line).map((lens) => lens.command!.title)
    }
    // main.a: `[main.a]` in main.md; in other.md plain, full, `[this rule]` and its definition, by anchor.
    expect(at('main.a')).toEqual(['6 references', '2 citing tests'])
    expect(at('main.b')).toEqual(['0 references', '1 citing test'])
    expect(at('main.intro')).toEqual(['0 references', '0 citing tests'])
  })

  it('marks rule labels and links as semantic tokens', async () => {
    const tokens = await client.request<SemanticTokens>('textDocument/semanticTokens/full', {textDocument: {uri: otherUri}})
    const decoded: Array<{line: number; character: number; length: number; type: string; modifiers: number}> = []
    let line = 0
    let character = 0
    for (let index = 0; index < tokens.data.length; index += 5) {
      const [deltaLine, deltaStart, length, type, modifiers] = tokens.data.slice(index, index + 5) as [number, number, number, number, number]
      line += deltaLine
      character = deltaLine === 0 ? character + deltaStart : deltaStart
      decoded.push({line, character, length, type: semanticTokensLegend.tokenTypes[type]!, modifiers})
    }
    const labelLine = FRONT_MATTER_LINES + 2
    expect(decoded[0]).toEqual({line: labelLine, character: 2, length: 'other.intro'.length, type: 'label', modifiers: 1})
    const linkLine = OTHER.split('\n')[3]!
    expect(decoded.filter((token) => token.line === labelLine + 1).map((token) => linkLine.slice(token.character, token.character + token.length))).toEqual([
      '[main.a]',
      '[the rule][main.a]',
      '[this rule]',
      '[the anchor](main.md#r-main.a)',
    ])
  })

  it('folds the front matter, sections and blocks', async () => {
    const ranges = await client.request<FoldingRange[]>('textDocument/foldingRange', {textDocument: {uri: mainUri}})
    const lines = (needle: string): number => FRONT_MATTER_LINES + MAIN.split('\n').indexOf(needle)
    expect(ranges).toContainEqual({startLine: 0, endLine: 4, kind: 'region'})
    // `## Details` runs to the chapter's last line; the grammar block from its label to its fence.
    expect(ranges).toContainEqual({startLine: lines('## Details'), endLine: lines('Héllo 😀 see [main.a] and [main.missing], also [Item].')})
    expect(ranges).toContainEqual({startLine: lines('r[main.syntax]'), endLine: lines('Item -> `x`') + 1})
  })

  it('links rule references to the line of their label', async () => {
    const links = await client.request<DocumentLink[]>('textDocument/documentLink', {textDocument: {uri: otherUri}})
    const label = FRONT_MATTER_LINES + MAIN.split('\n').indexOf('r[main.a]') + 1
    // Plain, full, `[this rule]`, the anchor, and the link definition `[this rule]: main.a`.
    expect(links.map((link) => link.target)).toEqual(Array(5).fill(`${mainUri}#L${label}`))
  })

  it('finds rule IDs, headings, productions and terms fuzzily, best first, without a cap', async () => {
    const byInitials = await client.request<WorkspaceSymbol[]>('workspace/symbol', {query: 'mnsyn'})
    expect(byInitials[0]!.name).toBe('main.syntax')
    const headings = await client.request<WorkspaceSymbol[]>('workspace/symbol', {query: 'detls'})
    expect(headings.map((symbol) => symbol.name)).toEqual(['Details'])
    const everything = await client.request<WorkspaceSymbol[]>('workspace/symbol', {query: ''})
    // 5 rules, 3 headings (Main, Details, Other), 2 productions, 1 term.
    expect(everything).toHaveLength(11)
  })
})

describe('the server around the model', () => {
  it('reports progress while loading, and registers file watching with a client that can watch', async () => {
    const root = await writeFixture()
    const {client} = await LspClient.start({folder: root, capabilities: {window: {workDoneProgress: true}, workspace: {didChangeWatchedFiles: {dynamicRegistration: true}}}})
    try {
      await client.waitFor(() => client.progress.some((entry) => entry.value.kind === 'end'))
      expect(client.serverRequests.map((request) => request.method)).toEqual(['client/registerCapability', 'window/workDoneProgress/create'])
      const registration = (client.serverRequests[0]!.params as {registrations: Array<{method: string; registerOptions: {watchers: Array<{globPattern: string}>}}>}).registrations[0]!
      expect(registration.method).toBe('workspace/didChangeWatchedFiles')
      expect(registration.registerOptions.watchers.map((watcher) => watcher.globPattern)).toContain('**/*.md')
      expect(client.progress.map((entry) => entry.value.kind)).toEqual(['begin', 'report', 'end'])
      expect(client.progress[0]!.value.title).toBe('specmark')
    } finally {
      await client.stop()
    }
  })

  it('watches the files itself when the client cannot', async () => {
    const root = await writeFixture()
    const {client} = await LspClient.start({folder: root})
    try {
      const otherUri = client.uri(root, 'other.md')
      await client.waitFor(() => client.log.some((line) => line.includes('loaded')))
      expect(client.log.join('\n')).toContain('specmark watches the spec roots itself')
      // Changed on disk, never opened and no notification from the client.
      await fsp.writeFile(path.join(root, 'other.md'), chapter('other', OTHER.replace('See [main.a]', 'See [main.nope]')))
      await client.waitFor(() => client.diagnostics.get(otherUri)?.length === 1)
      expect(client.diagnostics.get(otherUri)![0]!.message).toContain('main.nope')
      // A new chapter listed in the outline.
      await fsp.writeFile(path.join(root, 'third.md'), chapter('third', '# Third\n\nr[third.intro]\nSee [third.nope].\n'))
      const outline = await fsp.readFile(path.join(root, 'outline.yaml'), 'utf8')
      await fsp.writeFile(path.join(root, 'outline.yaml'), `${outline}      - {id: third, title: third, owner: [T-lang], prefix: third, file: third.md}\n`)
      await client.waitFor(() => client.diagnostics.get(client.uri(root, 'third.md'))?.length === 1)
    } finally {
      await client.stop()
    }
  })

  it('shows a project that cannot be loaded, stays up, and recovers once it is fixed', async () => {
    const root = await writeFixture()
    // This client, like many, answers no `window/showMessageRequest`: the server must not depend on one.
    const {client} = await LspClient.start({folder: root})
    try {
      const uri = client.uri(root, 'main.md')
      await client.open(uri, await fsp.readFile(path.join(root, 'main.md'), 'utf8'))
      await client.waitFor(() => client.diagnostics.get(uri)?.length === 1)
      const outlineFile = path.join(root, 'outline.yaml')
      const outline = await fsp.readFile(outlineFile, 'utf8')
      await fsp.writeFile(outlineFile, `${outline}  - {id: [broken\n`)
      await client.connection.sendNotification('workspace/didChangeWatchedFiles', {changes: [{uri: client.uri(root, 'outline.yaml'), type: 2}]})
      const outlineUri = client.uri(root, 'outline.yaml')
      await client.waitFor(() => client.diagnostics.get(outlineUri)?.length === 1 && client.shown.length === 1)
      expect(client.shown[0]).toMatch(/^specmark: .*outline\.yaml/)
      await fsp.writeFile(outlineFile, outline)
      await client.connection.sendNotification('workspace/didChangeWatchedFiles', {changes: [{uri: client.uri(root, 'outline.yaml'), type: 2}]})
      await client.waitFor(() => client.diagnostics.get(outlineUri)?.length === 0)
      const symbols = await client.request<Array<{name: string}>>('workspace/symbol', {query: 'main.intro'})
      expect(symbols.map((symbol) => symbol.name)).toContain('main.intro')
    } finally {
      await client.stop()
    }
  })

  it('publishes within the maximum wait while edits keep coming', async () => {
    const root = await writeFixture()
    const {client} = await LspClient.start({folder: root, args: ['--debounce', '400', '--max-wait', '800']})
    try {
      const uri = client.uri(root, 'main.md')
      const text = await fsp.readFile(path.join(root, 'main.md'), 'utf8')
      await client.open(uri, text)
      await client.waitFor(() => client.diagnostics.get(uri)?.length === 1)
      // An edit every 100 ms for 3 s, each adding a broken link: quiet never lasts the 400 ms debounce.
      let typing = true
      let seenWhileTyping = 0
      for (let edit = 1; edit <= 30; edit++) {
        await client.change(uri, `${text}\n${Array.from({length: edit}, (_, n) => `[main.typed${n}]`).join(' ')}\n`)
        await new Promise((resolve) => setTimeout(resolve, 100))
        if (typing) seenWhileTyping = Math.max(seenWhileTyping, client.diagnostics.get(uri)!.length)
      }
      typing = false
      expect(seenWhileTyping).toBeGreaterThan(1)
      await client.waitFor(() => client.diagnostics.get(uri)!.some((diagnostic) => message(diagnostic).includes('`main.typed29`')))
    } finally {
      await client.stop()
    }
  })

  it('counts citing tests from the test folders the spec configures', async () => {
    const root = await writeFixture()
    await fsp.appendFile(path.join(root, 'outline.yaml'), 'settings:\n  tests: [conformance]\n')
    await fsp.mkdir(path.join(root, 'conformance'))
    await fsp.writeFile(path.join(root, 'conformance/a.rs'), '//@ reference: main.intro\n')
    const {client} = await LspClient.start({folder: root})
    try {
      const uri = client.uri(root, 'main.md')
      await client.open(uri, await fsp.readFile(path.join(root, 'main.md'), 'utf8'))
      await client.waitFor(() => client.log.some((line) => line.includes('loaded')))
      const lenses = await client.request<CodeLens[]>('textDocument/codeLens', {textDocument: {uri}})
      const line = FRONT_MATTER_LINES + MAIN.split('\n').indexOf('r[main.intro]')
      expect(lenses.filter((lens) => lens.range.start.line === line).map((lens) => lens.command!.title)).toEqual(['0 references', '1 citing test'])
    } finally {
      await client.stop()
    }
  })

  it('serves several roots, and explains files outside all of them', async () => {
    const one = await writeFixture()
    const two = await writeTree({
      'outline.yaml': outlineYaml([{id: 'two', prefix: 'two', file: 'two.md'}]),
      'two.md': chapter('two', '# Two\n\nr[two.intro]\nSee [main.a].\n'),
    })
    const loose = await writeTree({'notes.md': '# Notes\n'})
    const {client} = await LspClient.start({folder: one, moreFolders: [two]})
    try {
      const twoUri = client.uri(two, 'two.md')
      const mainUri = client.uri(one, 'main.md')
      await client.open(twoUri, await fsp.readFile(path.join(two, 'two.md'), 'utf8'))
      await client.open(mainUri, await fsp.readFile(path.join(one, 'main.md'), 'utf8'))
      // Each root is its own spec: `main.a` does not exist in the second.
      await client.waitFor(() => client.diagnostics.get(twoUri)?.length === 1 && client.diagnostics.get(mainUri)?.length === 1)
      expect(client.diagnostics.get(twoUri)![0]!.message).toContain('`main.a`')
      const symbols = await client.request<WorkspaceSymbol[]>('workspace/symbol', {query: 'intro'})
      expect(symbols.map((symbol) => symbol.name).sort()).toEqual(['main.intro', 'other.intro', 'two.intro'])
      const notesUri = client.uri(loose, 'notes.md')
      await client.open(notesUri, '# Notes\n')
      await client.waitFor(() => client.diagnostics.get(notesUri)?.length === 1)
      const [outside] = client.diagnostics.get(notesUri)!
      expect(outside).toMatchObject({code: 'outside-spec-root', severity: 3})
      expect(outside!.message).toContain('outside every spec root')
    } finally {
      await client.stop()
    }
  })
})

describe('one model with check', () => {
  it('shows check’s diagnostics on our spec/ with its interop data, no unknown-data-view', async () => {
    const root = path.resolve(import.meta.dirname, '../../spec')
    const expected = runCheck(await assembleModel(root, {cache: false}))
    const {client} = await LspClient.start({folder: root})
    try {
      const data = (await fsp.readdir(path.join(root, 'interop'))).find((file) => file.endsWith('.md'))!
      const uri = client.uri(root, `interop/${data}`)
      await client.open(uri, await fsp.readFile(path.join(root, 'interop', data), 'utf8'))
      await client.waitFor(() => client.log.some((line) => line.includes('loaded')), 120_000)
      await new Promise((resolve) => setTimeout(resolve, 1000))
      const published = [...client.diagnostics.values()].flat()
      expect(published.filter((diagnostic) => diagnostic.code === 'unknown-data-view')).toEqual([])
      expect(published.map((diagnostic) => diagnostic.code).sort()).toEqual(expected.map((diagnostic) => diagnostic.code).sort())
    } finally {
      await client.stop()
    }
  }, 180_000)
})
