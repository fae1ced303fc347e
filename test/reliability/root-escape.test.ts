/**
 * No escape from the spec root: outline entries, SUMMARY.md links and include directives that point
 * outside it (`../`, absolute paths, symlinks) are refused with a diagnostic and never read, and so is
 * every file the loader reads (configuration, SUMMARY.md, registry, releases, interop data) when a
 * symbolic link leads it outside.
 */
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {visit} from 'unist-util-visit'
import {describe, expect, it} from 'vitest'
import {selectLines} from '../../src/load/includes.ts'
import {loadProject} from '../../src/load/load-project.ts'
import {assembleModel} from '../../src/pipeline/assemble-model.ts'
import {readSnapshot} from '../../src/release/snapshot.ts'
import {release} from '../../src/release/release.ts'
import {check, chapter, outlineYaml, positionsOf, writeTree} from '../helpers/spec-fixture.ts'

const SECRET = 'TOP-SECRET-CONTENT'

async function withSecretBeside(files: Record<string, string>): Promise<string> {
  const parent = await fs.mkdtemp(path.join(os.tmpdir(), 'specmark-escape-'))
  await fs.writeFile(path.join(parent, 'secret.md'), `# ${SECRET}\n`)
  await fs.writeFile(path.join(parent, 'secret.rs'), `// ${SECRET}\n`)
  const root = path.join(parent, 'spec')
  for (const [file, text] of Object.entries(files)) {
    await fs.mkdir(path.dirname(path.join(root, file)), {recursive: true})
    await fs.writeFile(path.join(root, file), text)
  }
  return root
}

const modelText = async (root: string): Promise<string> => JSON.stringify((await assembleModel(root, {cache: false})).spec)

describe('the spec root is a boundary', () => {
  it('refuses outline entries outside it: ../, absolute, symlink', async () => {
    const root = await withSecretBeside({
      'outline.yaml': outlineYaml([
        {id: 'main', prefix: 'main', file: 'main.md'},
        {id: 'up', prefix: 'up', file: '../secret.md'},
        {id: 'abs', prefix: 'abs', file: '/etc/hostname.md'},
        {id: 'link', prefix: 'link', file: 'link.md'},
      ]),
      'main.md': chapter('main', '# Main\n\nr[main.intro]\nText.\n'),
    })
    await fs.symlink(path.join(root, '../secret.md'), path.join(root, 'link.md'))
    const diagnostics = await check(root)
    expect(positionsOf(diagnostics, 'chapter-outside-root')).toEqual(['outline.yaml:8:9', 'outline.yaml:9:9', 'outline.yaml:10:9'])
    expect(await modelText(root)).not.toContain(SECRET)
  })

  it('refuses SUMMARY.md links outside the book', async () => {
    const root = await withSecretBeside({
      'book.toml': '[book]\ntitle = "t"\n',
      'src/SUMMARY.md': '- [Intro](intro.md)\n- [Secret](../../secret.md)\n',
      'src/intro.md': '# Intro\n',
    })
    expect(positionsOf(await check(root), 'chapter-outside-root')).toEqual(['SUMMARY.md:2:3'])
    expect(await modelText(root)).not.toContain(SECRET)
  })

  it('reads chapters and files symlinked from elsewhere in the book, as the RFC book’s src/ is made, and nothing leading out', async () => {
    const root = await withSecretBeside({
      'book.toml': '[book]\ntitle = "t"\n',
      'src/SUMMARY.md': '- [Intro](intro.md)\n- [RFC](0001-rfc.md)\n- [Secret](secret.md)\n',
      'src/intro.md': '# Intro\n',
      'text/0001-rfc.md': '# The first RFC\n',
    })
    await fs.mkdir(path.join(root, 'text/0001-rfc'))
    await fs.writeFile(path.join(root, 'text/0001-rfc/diagram.svg'), '<svg/>')
    await fs.symlink('../text/0001-rfc.md', path.join(root, 'src/0001-rfc.md'))
    await fs.symlink('../text/0001-rfc', path.join(root, 'src/0001-rfc'))
    await fs.symlink(path.join(root, '../secret.md'), path.join(root, 'src/secret.md'))
    await fs.symlink(path.dirname(root), path.join(root, 'src/parent'))
    await fs.symlink('..', path.join(root, 'src/loop'))
    expect(positionsOf(await check(root), 'chapter-outside-root')).toEqual(['SUMMARY.md:3:3'])
    const {spec, project} = await assembleModel(root, {cache: false})
    expect(spec.chapters.map((chapter) => chapter.title)).toEqual(['Intro', 'The first RFC'])
    expect(await modelText(root)).not.toContain(SECRET)
    // The folder linked from inside the book is published (as mdBook copies it); the ones leading out of
    // it or round in a circle are not followed.
    expect(project.assetFiles).toEqual(['0001-rfc/diagram.svg'])
  })

  it('widens the include root only to a folder above the book that holds it (`includeRoot`)', async () => {
    const files = (toml: string): Record<string, string> => ({
      'guide/book.toml': `[book]\ntitle = "Guide"\n${toml}`,
      'guide/src/SUMMARY.md': '- [A](a.md)\n',
      'guide/src/a.md': '# A\n\n```rust\n{{#include ../../examples/x.rs}}\n```\n\n```rust\n{{#include ../../../secret.rs}}\n```\n',
      'examples/x.rs': 'fn example() {}\n',
    })
    const narrow = await withSecretBeside(files(''))
    expect(positionsOf(await check(path.join(narrow, 'guide')), 'include-refused')).toEqual(['a.md:4:1', 'a.md:8:1'])
    const wide = await withSecretBeside(files('\n[specmark]\nincludeRoot = ".."\n'))
    expect(positionsOf(await check(path.join(wide, 'guide')), 'include-refused')).toEqual(['a.md:8:1'])
    const {spec} = await assembleModel(path.join(wide, 'guide'), {cache: false})
    expect(spec.chapters[0]!.blocks.filter((block) => block.type === 'code').map((block) => block.code!.value)).toEqual(['fn example() {}', '{{#include ../../../secret.rs}}'])
    expect(JSON.stringify(spec)).not.toContain(SECRET)
    // Only a folder above that holds the book: not a sibling, not anywhere.
    const sideways = await withSecretBeside(files('\n[specmark]\nincludeRoot = "../elsewhere"\n'))
    await expect(loadProject(path.join(sideways, 'guide'))).rejects.toThrow(/book\.toml:5:1: .*a folder above the root that holds it/)
  })

  it('lets an mdBook include from the git working tree that holds it, and nothing above it', async () => {
    const files = {
      'guide/book.toml': '[book]\ntitle = "Guide"\n',
      'guide/src/SUMMARY.md': '- [A](a.md)\n',
      'guide/src/a.md': '# A\n\n```rust\n{{#include ../../examples/x.rs}}\n```\n\n```rust\n{{#include ../../../secret.rs}}\n```\n',
      'examples/x.rs': 'fn example() {}\n',
      // A worktree's or submodule's `.git` is a file.
      '.git': 'gitdir: ../.git/worktrees/spec\n',
    }
    const repository = await withSecretBeside(files)
    expect(positionsOf(await check(path.join(repository, 'guide')), 'include-refused')).toEqual(['a.md:8:1'])
    const {spec} = await assembleModel(path.join(repository, 'guide'), {cache: false})
    expect(spec.chapters[0]!.blocks.filter((block) => block.type === 'code').map((block) => block.code!.value)).toEqual(['fn example() {}', '{{#include ../../../secret.rs}}'])
    expect(JSON.stringify(spec)).not.toContain(SECRET)
    // `includeRoot` still decides where it is set; and our layout's root stays its boundary in a repository.
    const narrowed = await withSecretBeside({...files, 'guide/book.toml': '[book]\ntitle = "Guide"\n\n[specmark]\nincludeRoot = "."\n'})
    expect(positionsOf(await check(path.join(narrowed, 'guide')), 'include-refused')).toEqual(['a.md:4:1', 'a.md:8:1'])
    const ours = await withSecretBeside({
      'spec/outline.yaml': outlineYaml([{id: 'main', prefix: 'main', file: 'main.md'}]),
      'spec/main.md': chapter('main', '# Main\n\nr[main.intro]\nText.\n\n```rust\n{{#include ../examples/x.rs}}\n```\n'),
      'examples/x.rs': 'fn example() {}\n',
      '.git': 'gitdir: ../.git/worktrees/spec\n',
    })
    expect(positionsOf(await check(path.join(ours, 'spec')), 'include-refused')).toEqual(['main.md:12:1'])
    // A `.git` folder is never read (a CI checkout keeps a token in its config), nor through a link.
    const token = await withSecretBeside({
      'guide/book.toml': '[book]\ntitle = "Guide"\n',
      'guide/src/SUMMARY.md': '- [A](a.md)\n',
      'guide/src/a.md': '# A\n\n```ini\n{{#include ../../.git/config}}\n```\n\n```ini\n{{#include config}}\n```\n',
      '.git/config': `[http]\n\textraheader = AUTHORIZATION: basic ${SECRET}\n`,
    })
    await fs.symlink('../../.git/config', path.join(token, 'guide/src/config'))
    const refusals = (await check(path.join(token, 'guide'))).filter((d) => d.code === 'include-refused')
    expect(refusals.map((d) => `${d.place?.start.line} ${d.reason.replace(/^.*: /, '')}`)).toEqual(['4 `../../.git/config` is in a `.git` folder, which is never read', '8 `config` is in a `.git` folder, which is never read'])
    expect(JSON.stringify((await assembleModel(path.join(token, 'guide'), {cache: false})).spec)).not.toContain(SECRET)
  })

  it('publishes an mdBook’s additional files and theme only from its working tree, never from a `.git` folder', async () => {
    const root = await withSecretBeside({
      'guide/book.toml': '[book]\ntitle = "Guide"\n\n[output.html]\nadditional-css = ["../shared.css", "../../secret.md", "../.git/config"]\n',
      'guide/src/SUMMARY.md': '- [A](a.md)\n',
      'guide/src/a.md': '# A\n',
      'shared.css': 'p { color: red }\n',
      '.git/config': `[http]\n\textraheader = AUTHORIZATION: basic ${SECRET}\n`,
    })
    const {project} = await assembleModel(path.join(root, 'guide'), {cache: false})
    expect(project.additionalFiles?.map(({file, exists, refused}) => [file, exists, refused])).toEqual([
      ['../shared.css', true, undefined],
      ['../../secret.md', false, 'outside'],
      ['../.git/config', false, 'git'],
    ])
    const reported = (await check(path.join(root, 'guide'))).filter((d) => d.code === 'missing-additional-file')
    expect(reported.map((d) => d.reason.replace(/:.*/, ''))).toEqual(['`../../secret.md` (`additional-css`) is outside the folder the book may publish from (its git working tree, else its own folder)', '`../.git/config` (`additional-css`) is in a `.git` folder'])
    // Nor a theme folder outside it, whose templates every page would carry.
    const themed = await withSecretBeside({'guide/book.toml': '[book]\ntitle = "Guide"\n\n[output.html]\ntheme = "../../theme"\n', 'guide/src/SUMMARY.md': '- [A](a.md)\n', 'guide/src/a.md': '# A\n', '.git/HEAD': 'ref: refs/heads/main\n'})
    await fs.mkdir(path.join(themed, '../theme'))
    await fs.writeFile(path.join(themed, '../theme/head.hbs'), `<meta name="x" content="${SECRET}">`)
    const {project: themedProject} = await assembleModel(path.join(themed, 'guide'), {cache: false})
    expect([themedProject.theme?.outside, themedProject.theme?.head]).toEqual([true, null])
    expect(positionsOf(await check(path.join(themed, 'guide')), 'missing-additional-file')).toEqual(['../book.toml:5:1'])
  })

  it('expands includes from inside the root and refuses the rest', async () => {
    const root = await withSecretBeside({
      'outline.yaml': outlineYaml([{id: 'main', prefix: 'main', file: 'main.md'}]),
      'main.md': chapter(
        'main',
        '# Main\n\nr[main.intro]\nText.\n\n```rust\n{{#include listings/ok.rs}}\n```\n\n```rust\n{{#include ../secret.rs}}\n```\n\n```rust\n{{#include /etc/passwd}}\n```\n\nText {{#include listings/ok.rs}} here.\n\n[t](u "{{#include listings/ok.rs}}") [d](<{{#include listings/url.txt}}>) ![{{#include listings/alt.txt}}](<{{#include listings/img.txt}}>) [u]({{#include listings/url.txt}}), after.\n\n[def]: <{{#include listings/url.txt}}> "{{#include listings/alt.txt}}"\n\nSee [r][{{#include listings/alt.txt}}].\n'
      ),
      'listings/ok.rs': 'fn ok() {}\n',
      'listings/url.txt': 'https://example.com/included\n',
      'listings/alt.txt': 'Included text\n',
      'listings/img.txt': 'https://example.com/logo.svg\n',
    })
    const diagnostics = await check(root)
    expect(positionsOf(diagnostics, 'include-refused')).toEqual(['main.md:16:1', 'main.md:20:1'])
    // In the middle of a line too, and in link and image destinations, titles and alternative text, as
    // mdBook expands them (as text, before parsing).
    // A reference's label is not expanded (still reported).
    expect(positionsOf(diagnostics, 'include-not-expanded')).toEqual(['main.md:29:9'])
    const model = await assembleModel(root, {cache: false})
    const {spec} = model
    const tree = model.trees.get(spec.chapters[0]!.id)!
    const links: string[] = []
    visit(tree, (node) => {
      if (node.type === 'link' || node.type === 'image' || node.type === 'definition') links.push(`${node.type} ${node.url} ${node.title ?? ''} ${'alt' in node ? node.alt : ''}`.trim())
    })
    expect(links).toEqual(['link u fn ok() {}', 'link https://example.com/included', 'image https://example.com/logo.svg  Included text', 'link https://example.com/included', 'definition https://example.com/included Included text'])
    // A destination without angle brackets is a link too, as in mdBook; the text after it stays.
    expect(spec.chapters[0]!.blocks.map((block) => block.text)).toContain('t d Included text u, after.')
    // The model's references follow what was included (`check` validates those).
    expect(spec.chapters[0]!.blocks.flatMap((block) => block.refs).map((reference) => reference.target)).toContain('https://example.com/included')
    const code = spec.chapters[0]!.blocks.filter((block) => block.type === 'code').map((block) => block.code!.value)
    expect(code[0]).toBe('fn ok() {}')
    expect(spec.chapters[0]!.blocks.map((block) => block.text)).toContain('Text fn ok() {} here.')
    expect(JSON.stringify(spec)).not.toContain(SECRET)
  })

  it('refuses every file the loader reads when a symlink leads it outside: book.toml, SUMMARY.md, outline.yaml, registry, releases, interop data', async () => {
    const book = {'book.toml': '[book]\ntitle = "t"\n', 'src/SUMMARY.md': '- [Intro](intro.md)\n', 'src/intro.md': '# Intro\n'}
    const outline = {'outline.yaml': outlineYaml([{id: 'main', prefix: 'main', file: 'main.md'}]), 'main.md': chapter('main', '# Main\n\nr[main.intro]\nText.\n')}
    // Each case: a spec, the file replaced by a link to a copy outside the root, and what reads it.
    const cases: Array<{files: Record<string, string>; link: string; read: (root: string) => Promise<unknown>}> = [
      {files: book, link: 'book.toml', read: (root) => loadProject(root)},
      {files: book, link: 'src/SUMMARY.md', read: (root) => loadProject(root)},
      {files: outline, link: 'outline.yaml', read: (root) => loadProject(root)},
      {files: {...outline, 'registry.txt': ''}, link: 'registry.txt', read: (root) => assembleModel(root, {cache: false})},
      {files: {...outline, 'interop/data/constructs.yaml': 'constructs: []\n'}, link: 'interop/data/constructs.yaml', read: (root) => assembleModel(root, {cache: false})},
    ]
    for (const {files, link, read} of cases) {
      const root = await withSecretBeside(files)
      const outside = path.join(root, '..', `outside-${path.basename(link)}`)
      await fs.rename(path.join(root, link), outside)
      await fs.symlink(outside, path.join(root, link))
      await expect(read(root), link).rejects.toThrow(/:1:1: file-outside-root: symbolic link leading outside the spec root, not read; help: copy the file into the root/)
      // The same file, really inside the root, reads.
      await fs.rm(path.join(root, link))
      await fs.copyFile(outside, path.join(root, link))
      await expect(read(root), link).resolves.toBeTruthy()
    }
    // A release snapshot (published at /v/<version>/) read through a link leading outside.
    const root = await withSecretBeside(outline)
    await release(await assembleModel(root, {cache: false}), '1.0')
    const snapshot = path.join(root, 'releases/1.0.json')
    await fs.rename(snapshot, path.join(root, '../1.0.json'))
    await fs.symlink(path.join(root, '../1.0.json'), snapshot)
    await expect(readSnapshot(root, '1.0')).rejects.toThrow(/releases\/1\.0\.json:1:1: file-outside-root/)
  })

  it('says "outside" for a dangling include link leading out, "does not exist" for a file missing inside', async () => {
    const root = await withSecretBeside({
      'outline.yaml': outlineYaml([{id: 'main', prefix: 'main', file: 'main.md'}]),
      'main.md': chapter('main', '# Main\n\nr[main.intro]\nText.\n\n```rust\n{{#include dangling.rs}}\n```\n\n```rust\n{{#include sub/missing.rs}}\n```\n'),
    })
    await fs.symlink('/no/such/place.rs', path.join(root, 'dangling.rs'))
    const reasons = (await check(root)).filter((diagnostic) => diagnostic.code === 'include-refused').map((diagnostic) => diagnostic.reason)
    expect(reasons).toEqual([expect.stringContaining('`dangling.rs` is outside the include root'), expect.stringContaining('`sub/missing.rs` does not exist')])
  })

  it('selects lines and anchors as mdBook does', () => {
    const text = 'one\n// ANCHOR: part\ntwo\nthree\n// ANCHOR_END: part\nfour'
    expect(selectLines(text, {selector: '3:4', kind: 'include'})).toBe('two\nthree')
    expect(selectLines(text, {selector: '3', kind: 'include'})).toBe('two')
    // `x.rs:::1` is mdBook's whole file (an empty start and an unparsable end); ranges keep anchor lines.
    expect(selectLines(text, {selector: '::1', kind: 'include'})).toBe(text)
    expect(selectLines(text, {selector: ':1', kind: 'include'})).toBe('one')
    expect(selectLines(text, {selector: 'part', kind: 'include'})).toBe('two\nthree')
    expect(selectLines(text, {selector: 'part', kind: 'rustdoc_include'})).toBe('# one\ntwo\nthree\n# four')
    expect(selectLines(text, {selector: 'nothing', kind: 'include'})).toBe(null)
  })
})
