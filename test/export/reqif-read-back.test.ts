/**
 * The ReqIF export as a requirement tool sees it: validated against the OMG schema, then read back with a
 * generic XML parser (fast-xml-parser, not the code that wrote it) and compared with the model — the
 * hierarchy parts → chapters → sections → clauses, the enumeration datatypes, XHTML content with lists,
 * tables and code, a relation per clause reference, withdrawn IDs with their status, identifiers kept
 * across a rename, LAST-CHANGE per object from its release, and `export --release` of a past release.
 */
import fs from 'node:fs/promises'
import path from 'node:path'
import {XMLParser} from 'fast-xml-parser'
import {beforeAll, describe, expect, it} from 'vitest'
import {renameId} from '../../src/ids/rename.ts'
import {retireId} from '../../src/ids/retire.ts'
import {assembleModel} from '../../src/pipeline/assemble-model.ts'
import {release} from '../../src/release/release.ts'
import {withReleasedModel} from '../../src/pipeline/released-model.ts'
import {validateReqif} from '../helpers/reqif.ts'
import {specmark} from '../helpers/run-cli.ts'
import {gitRepository} from '../helpers/git-repo.ts'
import {chapter, outlineYaml, writeTree} from '../helpers/spec-fixture.ts'

const ONE = `# One

r[one.intro]
Intro, see [one.list].

## Lists

r[one.list]
Each of:

- first;
- second.

r[one.table]
| a | b |
|---|---|
| 1 | 2 |

### Code

r[one.code]
\`\`\`rust
fn main() {}
\`\`\`

r[one.old]
Renamed later, see [one.table].

r[one.gone]
Retired later.
`

type Xml = Record<string, unknown>
const parser = new XMLParser({ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['SPEC-OBJECT', 'SPEC-HIERARCHY', 'SPEC-RELATION', 'ENUM-VALUE', 'ATTRIBUTE-VALUE-STRING', 'ATTRIBUTE-VALUE-ENUMERATION', 'SPECIFICATION', 'xhtml:li', 'xhtml:p'].includes(name)})

interface ReadObject {
  identifier: string
  lastChange: string
  foreignId: string
  kind: string
  status: string
  strings: Record<string, string>
  xhtml: Xml
}

/** The document read back: objects by identifier, the hierarchies, relations and datatypes. */
function readBack(xml: string) {
  const root = parser.parse(xml) as Xml
  const content = ((root['REQ-IF'] as Xml)['CORE-CONTENT'] as Xml)['REQ-IF-CONTENT'] as Xml
  const enumNames = new Map<string, string>()
  for (const type of (content.DATATYPES as Xml)['DATATYPE-DEFINITION-ENUMERATION'] as Xml[]) {
    for (const value of (type['SPECIFIED-VALUES'] as Xml)['ENUM-VALUE'] as Xml[]) enumNames.set(value['@IDENTIFIER'] as string, value['@LONG-NAME'] as string)
  }
  const objects = new Map<string, ReadObject>()
  for (const object of ((content['SPEC-OBJECTS'] as Xml)['SPEC-OBJECT'] as Xml[])) {
    const values = object.VALUES as Xml
    const strings: Record<string, string> = {}
    for (const value of (values['ATTRIBUTE-VALUE-STRING'] as Xml[] | undefined) ?? []) strings[((value.DEFINITION as Xml)['ATTRIBUTE-DEFINITION-STRING-REF']) as string] = String(value['@THE-VALUE'])
    const enums: Record<string, string> = {}
    for (const value of values['ATTRIBUTE-VALUE-ENUMERATION'] as Xml[]) enums[(value.DEFINITION as Xml)['ATTRIBUTE-DEFINITION-ENUMERATION-REF'] as string] = enumNames.get((value.VALUES as Xml)['ENUM-VALUE-REF'] as string)!
    const identifier = object['@IDENTIFIER'] as string
    objects.set(identifier, {
      identifier,
      lastChange: object['@LAST-CHANGE'] as string,
      foreignId: strings['ad-foreign-id'] ?? '',
      kind: enums['ad-kind']!,
      status: enums['ad-status']!,
      strings,
      xhtml: ((values['ATTRIBUTE-VALUE-XHTML'] as Xml)['THE-VALUE'] as Xml)['xhtml:div'] as Xml,
    })
  }
  const specifications = (content.SPECIFICATIONS as Xml).SPECIFICATION as Xml[]
  type Tree = {id: string; kind: string; children: Tree[]}
  const tree = (hierarchy: Xml): Tree => {
    const object = objects.get((hierarchy.OBJECT as Xml)['SPEC-OBJECT-REF'] as string)!
    const children = ((hierarchy.CHILDREN as Xml | undefined)?.['SPEC-HIERARCHY'] as Xml[] | undefined) ?? []
    return {id: object.foreignId, kind: object.kind, children: children.map(tree)}
  }
  const relations = (((content['SPEC-RELATIONS'] as Xml | undefined)?.['SPEC-RELATION'] as Xml[] | undefined) ?? []).map(
    (relation) => `${objects.get((relation.SOURCE as Xml)['SPEC-OBJECT-REF'] as string)!.foreignId} -> ${objects.get((relation.TARGET as Xml)['SPEC-OBJECT-REF'] as string)!.foreignId}`
  )
  const datatypes = (content.DATATYPES as Xml)['DATATYPE-DEFINITION-ENUMERATION'] as Xml[]
  const enumerations = Object.fromEntries(datatypes.map((type) => [type['@LONG-NAME'], ((type['SPECIFIED-VALUES'] as Xml)['ENUM-VALUE'] as Xml[]).map((value) => value['@LONG-NAME'])]))
  return {
    objects,
    byForeignId: (id: string) => [...objects.values()].find((object) => object.foreignId === id)!,
    trees: specifications.map((specification) => ((specification.CHILDREN as Xml)['SPEC-HIERARCHY'] as Xml[]).map(tree)),
    relations,
    enumerations,
  }
}

describe('ReqIF read back by a generic XML parser', () => {
  let root: string
  let first: string
  let current: string
  let released: string
  beforeAll(async () => {
    root = await writeTree({'outline.yaml': outlineYaml([{id: 'one', prefix: 'one', file: 'one.md'}]), 'one.md': chapter('one', ONE)})
    // Releases are made from committed sources, and record the commit (`export --release` rebuilds from it).
    const repository = gitRepository(root)
    repository.commit('1.0')
    const load = () => assembleModel(root, {cache: false})
    process.env.SOURCE_DATE_EPOCH = '1767225600' // 2026-01-01
    await release(await load(), '1.0')
    repository.commit('release 1.0')
    first = (await specmark('export', '--root', root, '--format', 'reqif')).stdout
    process.env.SOURCE_DATE_EPOCH = '1769904000' // 2026-02-01
    await renameId(await load(), 'one.old', 'one.new', {allowDirty: true})
    await retireId(await load(), 'one.gone', 'said nothing', {allowDirty: true})
    const file = path.join(root, 'one.md')
    await fs.writeFile(file, (await fs.readFile(file, 'utf8')).replace('Retired later.\n', '').replace('Intro, see', 'The intro, see'))
    repository.commit('1.1')
    await release(await load(), '1.1')
    repository.commit('release 1.1')
    current = (await specmark('export', '--root', root, '--format', 'reqif')).stdout
    released = (await specmark('export', '--root', root, '--format', 'reqif', '--release', '1.0')).stdout
    delete process.env.SOURCE_DATE_EPOCH
  }, 120_000)

  it('validates against the OMG schema, now and for a past release', async () => {
    for (const xml of [first, current, released]) expect(await validateReqif(xml)).toEqual({valid: true, errors: []})
  })

  it('has the hierarchy parts → chapters → sections → clauses of the model', async () => {
    const model = await assembleModel(root, {cache: false})
    const {trees} = readBack(current)
    const [main, withdrawn] = trees
    expect(main!.map((part) => [part.kind, part.id])).toEqual(model.spec.parts.filter((part) => part.chapters.length > 0).map((part) => ['part', `part:${part.id}`]))
    const chapterNode = main![0]!.children[0]!
    expect([chapterNode.kind, chapterNode.id]).toEqual(['chapter', 'chapter:one'])
    const outline = (node: {id: string; kind: string; children: Array<{id: string; kind: string; children: unknown[]}>}): unknown => [node.kind, node.id.replace(/-[0-9a-f]{8}$/, ''), ...node.children.map((child) => outline(child as never))]
    expect(outline(chapterNode)).toEqual([
      'chapter', 'chapter:one',
      ['normative', 'one.intro'],
      ['section', 'section:one#lists', ['normative', 'one.list'], ['normative', 'one.table'], ['section', 'section:one#code', ['informative', 'one.code'], ['normative', 'one.new']]],
    ])
    expect(withdrawn!.map((node) => [node.kind, node.id])).toEqual([['normative', 'one.gone']])
  })

  it('declares enumerations for kind and status, and relates clauses that reference each other', () => {
    const {enumerations, relations} = readBack(current)
    expect(enumerations).toEqual({Kind: ['part', 'chapter', 'section', 'normative', 'informative'], Status: ['active', 'renamed', 'retired']})
    expect(relations.sort()).toEqual(['one.intro -> one.list', 'one.new -> one.table'])
  })

  it('keeps lists, tables and code as XHTML', () => {
    const {byForeignId} = readBack(current)
    expect(JSON.stringify(byForeignId('one.list').xhtml)).toMatch(/"xhtml:ul":\{"xhtml:li":\["first;","second."\]/)
    expect(JSON.stringify(byForeignId('one.table').xhtml)).toContain('"xhtml:table"')
    expect(JSON.stringify(byForeignId('one.code').xhtml)).toContain('"xhtml:pre"')
  })

  it('keeps identifiers across a rename, gives withdrawn IDs their status, and dates each object by its release', () => {
    const before = readBack(first)
    const after = readBack(current)
    expect(after.byForeignId('one.new').identifier).toBe(before.byForeignId('one.old').identifier)
    expect(after.byForeignId('one.new').strings['ad-former-ids']).toBe('one.old')
    for (const id of ['one.list', 'one.table', 'one.code', 'one.intro']) expect(after.byForeignId(id).identifier).toBe(before.byForeignId(id).identifier)
    const gone = after.byForeignId('one.gone')
    expect([gone.status, gone.strings['ad-retired']]).toEqual(['retired', '1.1: said nothing'])
    expect(after.byForeignId('one.list').lastChange).toBe('2026-01-01T00:00:00Z')
    expect(after.byForeignId('one.intro').lastChange).toBe('2026-02-01T00:00:00Z')
  })

  it('exports a past release as it exported then: the same hierarchy, XHTML and identifiers', () => {
    const past = readBack(released)
    expect(past.byForeignId('one.old').identifier).toBe(readBack(current).byForeignId('one.new').identifier)
    expect(released).toContain('<TITLE>Test spec 1.0</TITLE>')
    // Exported right after the release, or later from its snapshot's commit: the same objects, text,
    // hierarchy and relations (only the header's commit differs: then the working tree's, now the released one).
    const then = readBack(first)
    expect([...past.objects.values()]).toEqual([...then.objects.values()])
    expect(past.trees).toEqual(then.trees)
    expect(past.relations.sort()).toEqual(then.relations.sort())
    expect(JSON.stringify(past.byForeignId('one.list').xhtml)).toMatch(/"xhtml:ul":\{"xhtml:li":\["first;","second."\]/)
    expect(past.trees[0]![0]!.children[0]!.children.map((node) => node.kind)).toEqual(['normative', 'section'])
  })

  it('refuses a past release it cannot rebuild, saying why; JSON and CSV still come from the snapshot', async () => {
    const snapshotFile = path.join(root, 'releases/1.0.json')
    const snapshot = await fs.readFile(snapshotFile, 'utf8')
    try {
      await fs.writeFile(snapshotFile, snapshot.replace(/\n  "commit": "[0-9a-f]+",/, ''))
      const noCommit = await specmark('export', '--root', root, '--format', 'reqif', '--release', '1.0')
      expect([noCommit.code, noCommit.stdout]).toEqual([2, ''])
      expect(noCommit.stderr).toContain('releases/1.0.json records no source commit')
      expect(noCommit.stderr).toContain('--format json|csv')
      expect(noCommit.stderr).not.toMatch(/\n\s+at /)
      const json = await specmark('export', '--root', root, '--format', 'json', '--release', '1.0')
      expect([json.code, (JSON.parse(json.stdout) as {version: string}).version]).toEqual([0, '1.0'])
      // A commit whose sources are not what was released (a release made from uncommitted changes).
      // In process from here (the CLI's part, exit 2 without a trace, is shown above).
      const rebuild = async (): Promise<unknown> => withReleasedModel(await assembleModel(root, {cache: false}), '1.0', async () => 'rebuilt')
      const head = gitRepository(root).git('rev-parse', 'HEAD')
      await fs.writeFile(snapshotFile, snapshot.replace(/"commit": "[0-9a-f]+"/, `"commit": "${head}"`))
      await expect(rebuild()).rejects.toThrow(/^the sources of commit [0-9a-f]{12} are not what releases\/1\.0\.json released: `one\.intro` has hash #[0-9a-f]{8}, the snapshot #[0-9a-f]{8} \(the release was made from uncommitted changes\)/)
      await fs.writeFile(snapshotFile, snapshot.replace(/"commit": "[0-9a-f]+"/, `"commit": "${'0'.repeat(40)}"`))
      await expect(rebuild()).rejects.toThrow('releases/1.0.json was made from commit 000000000000, which cannot be read here')
      await fs.writeFile(snapshotFile, snapshot)
      await expect(rebuild()).resolves.toBe('rebuilt')
    } finally {
      await fs.writeFile(snapshotFile, snapshot)
    }
  })
})
