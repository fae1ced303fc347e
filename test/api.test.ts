import {expect, it} from 'vitest'

it('exposes the public API deliberately', async () => {
  expect(Object.keys(await import('../src/index.ts')).sort()).toEqual([
    'InputError',
    'InternalError',
    'MODEL_VERSION',
    'assembleModel',
    'assignIds',
    'buildChapter',
    'buildSite',
    'buildSpec',
    'classifyChanges',
    'compareDiagnostics',
    'diffParagraphs',
    'exportCsv',
    'exportJson',
    'exportReqif',
    'formatText',
    'lintRules',
    'loadProject',
    'parseGrammar',
    'parseMarkdown',
    'release',
    'renameId',
    'renderSpec',
    'retireId',
    'runCheck',
    'runExamples',
    'runTrace',
    'toJson',
  ])
})
