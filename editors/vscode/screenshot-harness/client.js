// A minimal language client inside Monaco, for the extension README's screenshots: it keeps one document
// in step with the server (full-text `didChange`), shows published diagnostics as markers, and asks the
// server for hovers, completions and code actions, converting between the protocol's shapes and Monaco's.
// `lspRequest` and `lspNotify` are functions the page is given by scripts/vscode-screenshots.ts (Playwright's
// `exposeFunction`), which forwards them to `specmark lsp --stdio`; diagnostics come back through
// `window.specmarkDiagnostics`. Only what the screenshots show is implemented.
/* global require, monaco, lspRequest, lspNotify */
'use strict'

require.config({paths: {vs: '/monaco/vs'}})

/** The protocol's CompletionItemKind names, by number (1-based). */
const KIND_NAMES = [
  'Text', 'Method', 'Function', 'Constructor', 'Field', 'Variable', 'Class', 'Interface', 'Module', 'Property', 'Unit',
  'Value', 'Enum', 'Keyword', 'Snippet', 'Color', 'File', 'Reference', 'Folder', 'EnumMember', 'Constant', 'Struct',
  'Event', 'Operator', 'TypeParameter',
]

window.specmarkReady = new Promise((resolve) => {
  require(['vs/editor/editor.main'], () => {
    const editor = monaco.editor.create(document.getElementById('editor'), {
      theme: 'vs-dark',
      language: 'markdown',
      wordWrap: 'on',
      fontSize: 14,
      minimap: {enabled: false},
      automaticLayout: true,
      lightbulb: {enabled: 'on'},
      hover: {delay: 100},
    })
    /** The protocol's diagnostics of each document, for code action requests. */
    const diagnostics = new Map()
    let version = 1

    const toRange = (range) => new monaco.Range(range.start.line + 1, range.start.character + 1, range.end.line + 1, range.end.character + 1)
    const toPosition = (position) => ({line: position.lineNumber - 1, character: position.column - 1})
    const fromRange = (range) => ({start: {line: range.startLineNumber - 1, character: range.startColumn - 1}, end: {line: range.endLineNumber - 1, character: range.endColumn - 1}})
    const markdown = (contents) => {
      if (contents === undefined || contents === null) return []
      if (Array.isArray(contents)) return contents.flatMap(markdown)
      if (typeof contents === 'string') return [{value: contents}]
      if ('kind' in contents) return [{value: contents.value}]
      return [{value: `\`\`\`${contents.language}\n${contents.value}\n\`\`\``}]
    }
    const severity = (value) =>
      [undefined, monaco.MarkerSeverity.Error, monaco.MarkerSeverity.Warning, monaco.MarkerSeverity.Info, monaco.MarkerSeverity.Hint][value ?? 1]
    const textDocument = (model) => ({uri: model.uri.toString(true)})

    window.specmarkDiagnostics = ({uri, diagnostics: list}) => {
      diagnostics.set(uri, list)
      const model = monaco.editor.getModels().find((candidate) => candidate.uri.toString(true) === uri)
      if (!model) return
      monaco.editor.setModelMarkers(
        model,
        'specmark',
        list.map((diagnostic) => ({
          ...toRange(diagnostic.range),
          severity: severity(diagnostic.severity),
          message: diagnostic.message,
          source: diagnostic.source,
          code: diagnostic.code === undefined ? undefined : String(diagnostic.code),
        }))
      )
    }

    monaco.languages.registerHoverProvider('markdown', {
      async provideHover(model, position) {
        const hover = await lspRequest('textDocument/hover', {textDocument: textDocument(model), position: toPosition(position)})
        return hover ? {contents: markdown(hover.contents), range: hover.range ? toRange(hover.range) : undefined} : null
      },
    })

    const toItem = (model, position, item) => {
      const edit = item.textEdit
      const editRange = edit ? toRange(edit.range ?? edit.replace) : undefined
      const word = model.getWordUntilPosition(position)
      return {
        label: item.label,
        kind: monaco.languages.CompletionItemKind[KIND_NAMES[(item.kind ?? 1) - 1]] ?? monaco.languages.CompletionItemKind.Text,
        detail: item.detail,
        documentation: item.documentation ? markdown(item.documentation)[0] : undefined,
        insertText: edit ? edit.newText : (item.insertText ?? item.label),
        filterText: item.filterText,
        sortText: item.sortText,
        range: editRange ?? new monaco.Range(position.lineNumber, word.startColumn, position.lineNumber, word.endColumn),
        lsp: item,
      }
    }
    monaco.languages.registerCompletionItemProvider('markdown', {
      triggerCharacters: ['[', '.', ':'],
      async provideCompletionItems(model, position) {
        const result = await lspRequest('textDocument/completion', {textDocument: textDocument(model), position: toPosition(position)})
        const items = Array.isArray(result) ? result : (result?.items ?? [])
        return {suggestions: items.map((item) => toItem(model, position, item)), incomplete: result?.isIncomplete === true}
      },
      async resolveCompletionItem(item) {
        const resolved = await lspRequest('completionItem/resolve', item.lsp)
        return {...item, detail: resolved.detail ?? item.detail, documentation: resolved.documentation ? markdown(resolved.documentation)[0] : item.documentation}
      },
    })

    monaco.languages.registerCodeActionProvider('markdown', {
      async provideCodeActions(model, range) {
        const uri = model.uri.toString(true)
        const touching = (diagnostics.get(uri) ?? []).filter((diagnostic) => monaco.Range.areIntersectingOrTouching(toRange(diagnostic.range), range))
        const actions = (await lspRequest('textDocument/codeAction', {textDocument: {uri}, range: fromRange(range), context: {diagnostics: touching}})) ?? []
        return {
          actions: actions
            .filter((action) => 'edit' in action || 'title' in action)
            .map((action) => ({
              title: action.title,
              kind: action.kind,
              isPreferred: action.isPreferred,
              diagnostics: (action.diagnostics ?? []).map((diagnostic) => ({...toRange(diagnostic.range), severity: severity(diagnostic.severity), message: diagnostic.message})),
              edit: action.edit
                ? {
                    edits: Object.entries(action.edit.changes ?? {}).flatMap(([target, edits]) =>
                      edits.map((edit) => ({resource: monaco.Uri.parse(target), textEdit: {range: toRange(edit.range), text: edit.newText}, versionId: undefined}))
                    ),
                  }
                : undefined,
            })),
          dispose() {},
        }
      },
    })

    /** Opens `text` as the document `uri` (a file: URI the server serves). */
    window.openDocument = async (uri, text) => {
      for (const model of monaco.editor.getModels()) model.dispose()
      const model = monaco.editor.createModel(text, 'markdown', monaco.Uri.parse(uri))
      editor.setModel(model)
      await lspNotify('textDocument/didOpen', {textDocument: {uri: model.uri.toString(true), languageId: 'markdown', version, text}})
      model.onDidChangeContent(() => {
        version += 1
        void lspNotify('textDocument/didChange', {textDocument: {uri: model.uri.toString(true), version}, contentChanges: [{text: model.getValue()}]})
      })
    }
    window.specmarkEditor = editor
    resolve()
  })
})
