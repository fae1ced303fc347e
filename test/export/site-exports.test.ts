/**
 * The site's exports joined from per-chapter parts kept in the cache (`site-exports.ts`): after an edit,
 * the same bytes as the exporters give for a cold build of the edited sources (no cache at all), with
 * only the chapters whose inputs changed made again — including a chapter whose links changed because
 * another chapter did.
 */
import fs from 'node:fs/promises'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {openBytesCache, openCache} from '../../src/cache/cache.ts'
import {exportCsv} from '../../src/export/export-csv.ts'
import {exportJson} from '../../src/export/export-json.ts'
import {exportReqif} from '../../src/export/export-reqif.ts'
import {siteExports} from '../../src/export/site-exports.ts'
import {renameId} from '../../src/ids/rename.ts'
import {retireId} from '../../src/ids/retire.ts'
import {assembleModel} from '../../src/pipeline/assemble-model.ts'
import {release} from '../../src/release/release.ts'
import {renderSpec} from '../../src/render/render-spec.ts'
import {chapter, outlineYaml, writeTree} from '../helpers/spec-fixture.ts'

const ONE = '# One\n\nr[one.rule]\nThe *first* rule; see [two.rule] and [two.other].\n\nr[one.old]\nTo be renamed.\n\n## Part\n\nr[one.gone]\nTo be retired.\n\nr[one.list]\n- a list\n- of two\n'
const TWO = '# Two\n\nr[two.rule]\nThe second rule, with `code`.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\nr[two.other]\nAnother rule.\n'

/** The three documents as a cold build makes them: no cache of any kind. */
async function cold(root: string): Promise<{json: string; csv: string; reqif: string}> {
  const model = await assembleModel(root, {cache: false})
  const {exportChapters} = await renderSpec(model, {cache: false})
  const {spec, registry, stamp} = model
  return {
    json: exportJson(spec, registry, stamp),
    csv: exportCsv(spec, registry, stamp),
    reqif: exportReqif(spec, registry, {timestamp: stamp.date, commit: stamp.commit, chapters: exportChapters, releases: model.releases.snapshots}),
  }
}

/** The three documents as a build with caches warm makes them, and how many chapters' parts it kept. */
async function incremental(root: string): Promise<{json: string; csv: string; reqif: string; kept: number}> {
  const model = await assembleModel(root)
  const {exportChapters} = await renderSpec(model)
  const cache = {parts: openBytesCache(root, 'export-parts', true), xhtml: openCache<string[]>(root, 'reqif-xhtml', true, {memory: false})}
  const made = siteExports(model.spec, model.registry, {stamp: model.stamp, chapters: exportChapters, releases: model.releases.snapshots, cache})
  const text = (pieces: Uint8Array[]): string => Buffer.concat(pieces).toString()
  return {json: text(made.json), csv: text(made.csv), reqif: text(made.reqif), kept: made.kept}
}

describe('site exports from per-chapter parts', () => {
  it('are the cold build’s bytes, cold, warm and after edits, making again only the chapters that changed', async () => {
    const root = await writeTree({
      'outline.yaml': outlineYaml([
        {id: 'one', prefix: 'one', file: 'one.md'},
        {id: 'two', prefix: 'two', file: 'two.md'},
      ]),
      'one.md': chapter('one', ONE),
      'two.md': chapter('two', TWO),
    })
    const saved = {epoch: process.env.SOURCE_DATE_EPOCH, cache: process.env.SPECMARK_CACHE, dir: process.env.SPECMARK_CACHE_DIR}
    process.env.SOURCE_DATE_EPOCH = '1767225600'
    // The suite runs without the cache; this test is about it (in a folder of its own).
    process.env.SPECMARK_CACHE = '1'
    process.env.SPECMARK_CACHE_DIR = path.join(root, '.cache-under-test')
    try {
      // A release, then a rename and a retirement: release history, rename chains and withdrawn IDs.
      await release(await assembleModel(root, {cache: false}), '1.0')
      await renameId(await assembleModel(root, {cache: false}), 'one.old', 'one.new', {allowDirty: true})
      await retireId(await assembleModel(root, {cache: false}), 'one.gone', 'said nothing', {allowDirty: true})
      const one = path.join(root, 'one.md')
      await fs.writeFile(one, (await fs.readFile(one, 'utf8')).replace('r[one.gone]\nTo be retired.\n\n', ''))

      const first = await incremental(root)
      expect(first.kept).toBe(0)
      const expected = await cold(root)
      expect({json: first.json, csv: first.csv, reqif: first.reqif}).toEqual(expected)
      expect(first.reqif).toContain('one.new')
      expect(first.reqif).toContain('said nothing')

      const warm = await incremental(root)
      expect(warm.kept).toBe(2)
      expect({json: warm.json, csv: warm.csv, reqif: warm.reqif}).toEqual(expected)

      // A one-word edit of chapter two: its parts only.
      const two = path.join(root, 'two.md')
      await fs.writeFile(two, (await fs.readFile(two, 'utf8')).replace('The second rule', 'The second edited rule'))
      const edited = await incremental(root)
      expect(edited.kept).toBe(1)
      const editedCold = await cold(root)
      expect({json: edited.json, csv: edited.csv, reqif: edited.reqif}).toEqual(editedCold)
      expect(edited.json).toContain('The second edited rule')
      // Again: the rule's text differs from its release already, so only its text and HTML tell.
      await fs.writeFile(two, (await fs.readFile(two, 'utf8')).replace('second edited rule', 'second rule, edited twice'))
      const again = await incremental(root)
      expect(again.kept).toBe(1)
      expect({json: again.json, csv: again.csv, reqif: again.reqif}).toEqual(await cold(root))

      // Removing a rule chapter one links to changes chapter one's references: both are made again.
      await fs.writeFile(two, (await fs.readFile(two, 'utf8')).replace('r[two.other]\nAnother rule.\n', ''))
      const removed = await incremental(root)
      expect(removed.kept).toBe(0)
      expect({json: removed.json, csv: removed.csv, reqif: removed.reqif}).toEqual(await cold(root))
    } finally {
      for (const [name, value] of [['SOURCE_DATE_EPOCH', saved.epoch], ['SPECMARK_CACHE', saved.cache], ['SPECMARK_CACHE_DIR', saved.dir]] as const) {
        if (value === undefined) delete process.env[name]
        else process.env[name] = value
      }
    }
  }, 60_000)
})
