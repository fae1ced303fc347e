/**
 * Exports: the JSON document validates against the shipped, versioned JSON Schema; CSV quotes what it
 * must; ReqIF validates against the OMG ReqIF 1.2 schema, for our fixtures and for the whole Reference.
 */
import fs from 'node:fs'
import path from 'node:path'
import {Ajv2020} from 'ajv/dist/2020.js'
import {describe, expect, it} from 'vitest'
import {exportCsv} from '../../src/export/export-csv.ts'
import {buildExportDocument, exportJson} from '../../src/export/export-json.ts'
import {exportReqif} from '../../src/export/export-reqif.ts'
import {assembleModel} from '../../src/pipeline/assemble-model.ts'
import {renderSpec} from '../../src/render/render-spec.ts'
import type {Cache} from '../../src/cache/cache.ts'
import {release} from '../../src/release/release.ts'
import {REQIF_SCHEMA_DIR, validateReqif} from '../helpers/reqif.ts'
import {chapter, outlineYaml, writeTree} from '../helpers/spec-fixture.ts'
import {REFERENCE} from '../helpers/shared.ts'

const schema = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../../schemas/export.v2.schema.json'), 'utf8'))
const validateExport = new Ajv2020({allErrors: true, strict: true}).compile(schema)

async function fixture() {
  const root = await writeTree({
    'outline.yaml': outlineYaml([{id: 'main', prefix: 'main', file: 'main.md'}]),
    'main.md': chapter(
      'main',
      '# Main\n\nr[main.intro]\nThe "intro", with a comma & `<angle>` brackets; see [main.rule].\n\nr[main.section]\n## Section\n\nr[main.rule]\nA rule\nover two lines.\n\nr[main.edition]\n> [!EDITION-2024]\n> Differs; see [main.intro].\n'
    ),
  })
  await release(await assembleModel(root, {cache: false}), '1.0')
  return assembleModel(root, {cache: false})
}

describe('export --format json', () => {
  it('validates against schemas/export.v2.schema.json and carries the release history', async () => {
    const {spec, registry} = await fixture()
    const document = JSON.parse(exportJson(spec, registry))
    expect(validateExport(document), JSON.stringify(validateExport.errors)).toBe(true)
    expect(document.schemaVersion).toBe(2)
    expect(document.paragraphs.map((p: {id: string}) => p.id)).toEqual(['main.intro', 'main.section', 'main.rule', 'main.edition'])
    expect(document.paragraphs[2]).toMatchObject({section: 'section', sectionTitle: 'Section', kind: 'normative', text: 'A rule over two lines.', firstRelease: '1.0', lastChangedRelease: '1.0'})
    expect(document.paragraphs[3]).toMatchObject({kind: 'normative', blockKind: 'edition', references: [{kind: 'rule', target: 'main.intro'}], links: ['rule:main.intro']})
    expect(document.paragraphs[1]).toMatchObject({id: 'main.section', clause: 'section', text: 'Section', informativeSha256: null})
    expect(document.paragraphs[0]).toMatchObject({clause: 'clause', links: ['rule:main.rule'], informativeText: ''})
  })

  it('the schema rejects a document that breaks it', async () => {
    const {spec, registry} = await fixture()
    const document = buildExportDocument(spec, registry) as unknown as {paragraphs: Array<Record<string, unknown>>}
    document.paragraphs[0]!.sha256 = 'not-a-hash'
    expect(validateExport(document)).toBe(false)
  })

  it.runIf(fs.existsSync(REFERENCE) || process.env.CI === 'true')('validates for the whole Reference', async () => {
    const {spec, registry} = await assembleModel(REFERENCE)
    const document = JSON.parse(exportJson(spec, registry))
    expect(validateExport(document), JSON.stringify(validateExport.errors?.slice(0, 3))).toBe(true)
    expect(document.paragraphs).toHaveLength(2996)
  })
})

describe('export --format csv', () => {
  it('writes a header and one quoted row per paragraph', async () => {
    const {spec, registry} = await fixture()
    const lines = exportCsv(spec, registry).split('\r\n')
    expect(lines[0]).toBe('id,status,chapter,section,kind,block_kind,first_release,last_changed_release,sha256,references,file,line,text')
    expect(lines[1]).toMatch(/^main\.intro,active,main,main,normative,normative,1\.0,1\.0,[0-9a-f]{64},rule:main\.rule,main\.md,8,"The ""intro"", with a comma & <angle> brackets; see main\.rule\."$/)
    expect(lines).toHaveLength(6)
  })
})

describe('export --format reqif with a cache of converted chapters', () => {
  /** A cache in memory that counts what it was asked for and what it had. */
  function countingCache(): Cache<string[]> & {hits: number; misses: number} {
    const values = new Map<string, string[]>()
    const cache = {
      hits: 0,
      misses: 0,
      get: (key: string) => {
        const value = values.get(key) ?? null
        if (value) cache.hits++
        else cache.misses++
        return value
      },
      has: (key: string) => values.has(key),
      hold: () => {},
      set: (key: string, value: string[]) => void values.set(key, value),
    }
    return cache
  }

  it('writes the same bytes as without it, cold, warm and after an edit, converting only the edited chapter again', async () => {
    const files = {
      'outline.yaml': outlineYaml([
        {id: 'one', prefix: 'one', file: 'one.md'},
        {id: 'two', prefix: 'two', file: 'two.md'},
      ]),
      'one.md': chapter('one', '# One\n\nr[one.rule]\nThe *first* rule, with `code`.\n\n- a list\n- of two\n\nr[one.other]\nSee [two.rule].\n'),
      'two.md': chapter('two', '# Two\n\nr[two.rule]\nThe second rule.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n'),
    }
    const root = await writeTree(files)
    const cache = countingCache()
    const exportBoth = async () => {
      const model = await assembleModel(root, {cache: false})
      const {rendered} = await renderSpec(model, {cache: false})
      const options = {timestamp: '2026-01-01T00:00:00Z', chapters: rendered.chapters}
      return {plain: exportReqif(model.spec, model.registry, options), cached: exportReqif(model.spec, model.registry, {...options, xhtmlCache: cache})}
    }
    const cold = await exportBoth()
    expect(cold.cached).toBe(cold.plain)
    expect(cold.cached).toContain('<xhtml:em>first</xhtml:em>')
    expect([cache.hits, cache.misses]).toEqual([0, 2])
    const warm = await exportBoth()
    expect(warm.cached).toBe(warm.plain)
    expect([cache.hits, cache.misses]).toEqual([2, 2])
    await fs.promises.writeFile(path.join(root, 'two.md'), files['two.md'].replace('second rule', 'second, edited rule'))
    const edited = await exportBoth()
    expect(edited.cached).toBe(edited.plain)
    expect(edited.cached).toContain('The second, edited rule.')
    expect([cache.hits, cache.misses]).toEqual([3, 3])
  })
})

describe.runIf(fs.existsSync(REQIF_SCHEMA_DIR) || process.env.CI === 'true')('export --format reqif', () => {
  it('validates against the ReqIF 1.2 schema', async () => {
    const {spec, registry} = await fixture()
    const xml = exportReqif(spec, registry, {timestamp: '2026-01-01T00:00:00Z'})
    expect(await validateReqif(xml)).toEqual({valid: true, errors: []})
    expect(xml).toContain('<xhtml:p>The "intro", with a comma &amp; &lt;angle&gt; brackets; see main.rule.</xhtml:p>')
    expect(xml.match(/<SPEC-RELATION /g)).toHaveLength(2)
  })

  it('the validation catches a broken document', async () => {
    const {spec, registry} = await fixture()
    const xml = exportReqif(spec, registry, {timestamp: '2026-01-01T00:00:00Z'}).replace('<REQ-IF-TOOL-ID>', '<REQ-IF-TOOL>').replace('</REQ-IF-TOOL-ID>', '</REQ-IF-TOOL>')
    expect((await validateReqif(xml)).valid).toBe(false)
  })

  it.runIf(fs.existsSync(REFERENCE) || process.env.CI === 'true')('validates for the whole Reference', async () => {
    const {spec, registry} = await assembleModel(REFERENCE)
    const xml = exportReqif(spec, registry, {timestamp: '2026-01-01T00:00:00Z'})
    expect(await validateReqif(xml)).toEqual({valid: true, errors: []})
    // One object per rule ID, besides those of parts, chapters and unlabelled sections.
    expect(xml.match(/<SPEC-OBJECT IDENTIFIER="[^"]*" LAST-CHANGE="[^"]*" LONG-NAME="(?!part:|chapter:|section:)/g)).toHaveLength(2996)
  })
})
