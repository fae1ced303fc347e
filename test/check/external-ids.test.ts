/**
 * `external-id-collision`: IDs of ours that an external document also defines are warned about, whether
 * the list is a file of IDs or another specification's folder, configured in outline.yaml or given on
 * the command line; an unreadable list is warned about too.
 */
import {describe, expect, it} from 'vitest'
import {runCheck} from '../../src/check/run-check.ts'
import {loadExternalIdLists} from '../../src/load/external-ids.ts'
import {assembleModel} from '../../src/pipeline/assemble-model.ts'
import {chapter, outlineYaml, writeTree} from '../helpers/spec-fixture.ts'

const BODY = '# Main\n\nr[main.intro]\nIntro.\n\nr[main.shared]\nShared.\n\nr[main.own]\nOurs.\n'

describe('external-id-collision', () => {
  it('warns on IDs a configured list or spec folder also defines, and on an unreadable list', async () => {
    const outline = outlineYaml([{id: 'main', prefix: 'main', file: 'main.md'}]).replace('version: 1.0.0\n', 'version: 1.0.0\nsettings:\n  externalIds: [other.ids, ../other-spec, missing.ids]\n')
    const root = await writeTree({
      'spec/outline.yaml': outline,
      'spec/main.md': chapter('main', BODY),
      'spec/other.ids': '# comment\nmain.shared\nnot an id!\n',
      'other-spec/src/a.md': 'r[main.intro]\nTheirs.\n\nnot r[main.own]\n',
    })
    const model = await assembleModel(`${root}/spec`, {cache: false})
    const found = runCheck(model)
      .filter((d) => d.code === 'external-id-collision')
      .map((d) => `${d.severity} ${d.place ? `${d.place.start.line}` : '-'} ${d.reason}`)
    expect(found).toEqual([
      'warning - Unexpected unreadable external ID list `missing.ids`, expected a file of IDs or a specification folder',
      'warning 8 Unexpected rule ID `main.intro` that `../other-spec` also defines, expected IDs unique across both documents',
      'warning 11 Unexpected rule ID `main.shared` that `other.ids` also defines, expected IDs unique across both documents',
    ])
  })

  it('reads lists given on the command line relative to the working directory', async () => {
    const root = await writeTree({'list.ids': 'a.b\nc.d # trailing comment\n'})
    const [list] = await loadExternalIdLists('/nowhere', [], [`${root}/list.ids`])
    expect([...list!.ids!]).toEqual(['a.b', 'c.d'])
  })
})
