/** Images name files: in our own layout `x.png` is never read as a rule ID, written in markdown or HTML. */
import {describe, expect, it} from 'vitest'
import {check, oneChapterSpec} from '../helpers/spec-fixture.ts'

describe('image sources', () => {
  it('are no rule links, in markdown or in HTML', async () => {
    const diagnostics = await check(await oneChapterSpec('# Main\n\nr[main.intro]\nA logo ![logo](logo.png) and <img src="x.png" alt="x">; see [main.nope].\n'))
    expect(diagnostics.filter((d) => d.code === 'unresolved-rule-link').map((d) => d.reason)).toEqual([expect.stringContaining('`main.nope`')])
  })
})
