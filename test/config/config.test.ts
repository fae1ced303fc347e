/**
 * The one configuration schema, read from both layouts: `settings:` in outline.yaml and `[specmark]` in
 * book.toml. Lint levels apply (except to fixed rules), and bad configuration is reported at its line.
 */
import fs from 'node:fs/promises'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {SettingsSchema} from '../../src/config/schema.ts'
import {InputError} from '../../src/diagnostics/diagnostic.ts'
import {assembleModel} from '../../src/pipeline/assemble-model.ts'
import {chapter, check, outlineYaml, positionsOf, writeTree} from '../helpers/spec-fixture.ts'

const stale = '# Main\n\nr[main.intro]\nSee [the top](#nowhere).\n'

function outlineWith(settings: string): string {
  const outline = outlineYaml([{id: 'main', prefix: 'main', file: 'main.md'}])
  return settings === '' ? outline : outline.replace('parts:', `settings:\n${settings}\nparts:`)
}

const book = (specmark: string): Record<string, string> => ({
  'book.toml': `[book]\ntitle = "B"\n\n[preprocessor.pagetoc]\ncommand = "mdbook-pagetoc"\n\n${specmark}`,
  'src/SUMMARY.md': '# Summary\n\n- [One](one.md)\n',
  'src/one.md': '# One\n\nSee [the top](nowhere.md).\n',
})

describe('lint levels in outline.yaml', () => {
  it('demotes a lint to a warning, or turns it off', async () => {
    const base = {'main.md': chapter('main', stale)}
    const strict = await check(await writeTree({...base, 'outline.yaml': outlineWith('')}))
    expect(strict.find((d) => d.code === 'unresolved-internal-link')?.severity).toBe('error')
    const warned = await check(await writeTree({...base, 'outline.yaml': outlineWith('  lints:\n    unresolved-internal-link: warning')}))
    expect(warned.find((d) => d.code === 'unresolved-internal-link')?.severity).toBe('warning')
    const off = await check(await writeTree({...base, 'outline.yaml': outlineWith('  lints: {unresolved-internal-link: "off"}')}))
    expect(off.filter((d) => d.code === 'unresolved-internal-link')).toEqual([])
  })

  it('refuses to demote input limits and ID diagnostics, and names unknown codes, at their lines', async () => {
    const root = await writeTree({
      'main.md': chapter('main', '# Main\n\nr[main.intro]\nOne.\n\nr[main.intro]\nTwo.\n'),
      'outline.yaml': outlineWith('  lints:\n    duplicate-rule-id: warning\n    no-such-lint: "off"'),
    })
    const diagnostics = await check(root)
    expect(positionsOf(diagnostics, 'invalid-lint-level')).toEqual(['outline.yaml:5:24', 'outline.yaml:6:19'])
    expect(diagnostics.find((d) => d.code === 'duplicate-rule-id')?.severity).toBe('error')
  })

  it('stops at an invalid level with the file, line and column', async () => {
    const root = await writeTree({'main.md': chapter('main', stale), 'outline.yaml': outlineWith('  lints:\n    unresolved-internal-link: loud')})
    await expect(assembleModel(root, {cache: false})).rejects.toThrow(/outline\.yaml:5:31: .*expected one of/)
  })
})

describe('lint levels in book.toml', () => {
  it('reads `[specmark]` (which mdBook ignores) with the same schema', async () => {
    // A link to a missing page is a warning in an mdBook (mdBook builds it); a team may make it an error.
    const lenient = await check(await writeTree(book('')))
    expect(lenient.map((d) => `${d.severity} ${d.code}`).sort()).toEqual(['warning unknown-preprocessor', 'warning unresolved-internal-link'])
    expect(positionsOf(lenient, 'unknown-preprocessor')).toEqual(['../book.toml:4:1'])
    const strict = await check(await writeTree(book('[specmark]\nlints = { unresolved-internal-link = "error", unknown-preprocessor = "off" }\n')))
    expect(strict.map((d) => `${d.severity} ${d.code}`)).toEqual(['error unresolved-internal-link'])
    const table = await check(await writeTree(book('[specmark.lints]\nunresolved-internal-link = "off"\n')))
    expect(table.map((d) => d.code)).toEqual(['unknown-preprocessor'])
  })

  it('places problems at the key in book.toml', async () => {
    const root = await writeTree(book('[specmark.lints]\nwhatever = "off"\n'))
    expect(positionsOf(await check(root), 'invalid-lint-level')).toEqual(['../book.toml:8:1'])
    const bad = await writeTree(book('[specmark]\ndataMaxAgeDays = -3\n'))
    const error = await assembleModel(bad, {cache: false}).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(InputError)
    expect((error as Error).message).toMatch(/book\.toml:8:1: .*at `specmark\.dataMaxAgeDays`/)
    const unknownKey = await writeTree(book('[specmark]\ncolour = "red"\n'))
    await expect(assembleModel(unknownKey, {cache: false})).rejects.toThrow(/book\.toml:8:1: .*colour/)
  })
})

describe('the configuration documentation', () => {
  it('documents every key of the schema', async () => {
    const doc = await fs.readFile(path.join(import.meta.dirname, '../../docs/configuration.md'), 'utf8')
    for (const key of Object.keys(SettingsSchema.shape)) expect(doc).toContain(`\`${key}\``)
  })
})
