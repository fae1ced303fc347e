import {expect, it} from 'vitest'

it('exposes the public API deliberately', async () => {
  expect(Object.keys(await import('../src/index.ts')).sort()).toEqual([
    'InputError',
    'InternalError',
    'MODEL_VERSION',
    'buildChapter',
    'buildSpec',
    'compareDiagnostics',
    'formatText',
    'lintRules',
    'loadProject',
    'loadSpec',
    'parseGrammar',
    'parseMarkdown',
    'runCheck',
    'toJson',
  ])
})
