/**
 * One regression case per finding of the adversarial probe (issue 20): inputs that `check` accepted and
 * that then crashed or stalled the build, input and configuration mistakes that gave a stack trace or a
 * misleading message, and registry states `check` let through. Behaviour only: the time and memory each
 * pathological input takes are measured by `npm run bench pathological`, never asserted here.
 */
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {prepareOutDir} from '../../src/build/out-dir.ts'
import {checkEnvironment} from '../../src/cli/environment.ts'
import {crashLine} from '../../src/cli/main.ts'
import {InputError} from '../../src/diagnostics/diagnostic.ts'
import {createPathDisplay, formatText} from '../../src/diagnostics/format.ts'
import {inPhase} from '../../src/diagnostics/phase.ts'
import {renameId} from '../../src/ids/rename.ts'
import {loadProject} from '../../src/load/load-project.ts'
import {findLimitProblem} from '../../src/parse/limits.ts'
import {assembleModel} from '../../src/pipeline/assemble-model.ts'
import {parseRegistry, serializeRegistry} from '../../src/registry/registry-file.ts'
import {release} from '../../src/release/release.ts'
import {baseProblem, normalizeBase} from '../../src/render/urls.ts'
import {PATHOLOGICAL} from '../../bench/pathological-inputs.ts'
import {serializeReviewedLinks} from '../../src/trace/reviewed-links.ts'
import {runEach} from '../../src/workers/pool.ts'
import {specmark} from '../helpers/run-cli.ts'
import {check, chapter, oneChapterSpec, outlineYaml, positionsOf, writeTree} from '../helpers/spec-fixture.ts'
import {CORPORA} from '../helpers/shared.ts'

const intro = '# Main\n\nr[main.intro]\nThe intro.\n\n'

describe('pathological inputs are input-too-complex, reported once, before parsing', () => {
  for (const [name, make] of Object.entries(PATHOLOGICAL)) {
    it(name, async () => {
      const body = make()
      expect(findLimitProblem(body)).not.toBeNull()
      const diagnostics = await check(await oneChapterSpec(`${intro}${body}`))
      // Only the limit: not also "without front matter", a missing ID or a crash.
      expect(diagnostics.filter((d) => d.severity === 'error').map((d) => d.code)).toEqual(['input-too-complex'])
    })
  }

  it('leaves real specifications alone (the corpora and spec/ are within every limit)', async () => {
    const roots = [...['../../spec', '../../docs'].map((dir) => path.resolve(import.meta.dirname, dir)), CORPORA]
    let files = 0
    for (const root of roots) {
      const entries = await fs.readdir(root, {recursive: true}).catch(() => [] as string[])
      for (const file of entries.filter((entry) => entry.endsWith('.md'))) {
        files++
        expect(findLimitProblem(await fs.readFile(path.join(root, file), 'utf8')), file).toBeNull()
      }
    }
    expect(files).toBeGreaterThan(10)
  })

  it('still reads nesting, emphasis and footnotes of ordinary depth', () => {
    expect(findLimitProblem(`${'> '.repeat(30)}- - - x\n\n${'*a* _b_ '.repeat(300)}\n\n${Array.from({length: 200}, (_, i) => `[^${i}]: n`).join('\n')}\n`)).toBeNull()
    expect(findLimitProblem('snake_case_identifiers '.repeat(20_000))).toBeNull()
  })
})

describe('limits of names', () => {
  it('reports a rule ID too long for its /id/ page in check', async () => {
    const id = `main.${'a'.repeat(251)}`
    const diagnostics = await check(await oneChapterSpec(`${intro}r[${id}]\nLong.\n`))
    expect(diagnostics.map((d) => `${d.code}: ${d.reason}`)).toContainEqual(expect.stringMatching(/^malformed-rule-id: Unexpected rule ID of 256 characters, expected at most 200/))
  })

  for (const name of ['new\nline.md', '%2e%2e.md']) {
    it(`reports the chapter file name ${JSON.stringify(name)} on one line`, async () => {
      const root = await oneChapterSpec(`${intro}`, {[name]: chapter('x', '# X\n')})
      const diagnostics = await check(root)
      const found = diagnostics.filter((d) => d.code === 'unsupported-file-name')
      expect(found).toHaveLength(1)
      const text = formatText(found, createPathDisplay(root))
      const first = text.split('\n')[0]!
      expect(first).toMatch(/error\[unsupported-file-name\]: Unexpected character/)
      expect(first).toContain(name === '%2e%2e.md' ? '%2e%2e.md' : 'new\\nline.md')
    })
  }
})

describe('no stack trace', () => {
  it('refuses SOURCE_DATE_EPOCH out of range as a usage error', async () => {
    expect(() => checkEnvironment({SOURCE_DATE_EPOCH: '99999999999999999999'})).toThrow(InputError)
    expect(() => checkEnvironment({SOURCE_DATE_EPOCH: 'yesterday'})).toThrow('is not a Unix time')
    expect(() => checkEnvironment({SOURCE_DATE_EPOCH: '1700000000'})).not.toThrow()
    const root = await oneChapterSpec(intro)
    const {execFile} = await import('node:child_process')
    const result = await new Promise<{code: number | null; stderr: string}>((resolve) => {
      const child = execFile(process.execPath, [path.resolve(import.meta.dirname, '../../bin/specmark.js'), 'check', '--root', root], {env: {...process.env, SOURCE_DATE_EPOCH: '99999999999999999'}}, (_error, _stdout, stderr) => resolve({code: child.exitCode, stderr}))
    })
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/^specmark: error: SOURCE_DATE_EPOCH=`99999999999999999` is not a Unix time/)
    expect(result.stderr.trim().split('\n')).toHaveLength(1)
  })

  it('refuses --out that is a dangling symlink, with a message', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'specmark-out-'))
    await fs.symlink(path.join(dir, 'missing'), path.join(dir, 'out'))
    await expect(prepareOutDir(path.join(dir, 'out'), 'out')).rejects.toThrow(/cannot use `out` as the output folder: it is a symbolic link to `.*missing`, which does not exist/)
  })

  it('marks the output folder before building, so a failed build leaves it reusable', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'specmark-out-'))
    const out = path.join(dir, 'site')
    // A first build: nothing of a previous one to list.
    await expect(prepareOutDir(out, 'site')).resolves.toBe(false)
    await expect(prepareOutDir(out, 'site')).resolves.toBe(false)
    // A build that fails after writing some pages:
    await fs.writeFile(path.join(out, 'half-written.html'), '<p>')
    await expect(prepareOutDir(out, 'site')).resolves.toBe(true)
  })

  it('prints a crash as one line naming the phase and the input', async () => {
    const error = await inPhase('rendering', 'spec/', async () => {
      throw new RangeError('Maximum call stack size exceeded\n    at deep (x.js:1:1)')
    }).catch((caught: unknown) => caught)
    expect(crashLine(error)).toBe('specmark: internal error in rendering of spec/: Maximum call stack size exceeded (please report it; SPECMARK_DEBUG=1 shows the details)')
    // A pooled task (parse, render) names the chapter it failed on.
    const pooled = await runEach({module: new URL(import.meta.url), name: 'renderChapter', local: (): never => { throw new RangeError('Maximum call stack size exceeded') }}, ['x'], {size: () => 1, threshold: Infinity, describe: () => 'core/deep.md'}).catch((caught: unknown) => caught)
    expect(crashLine(pooled)).toMatch(/^specmark: internal error in renderChapter of core\/deep\.md: Maximum call stack size exceeded/)
    // Input problems are not crashes: they pass through untouched.
    expect(() => inPhase('loading', 'x', () => { throw new InputError('bad') })).toThrow(InputError)
  })
})

describe('configuration and paths', () => {
  it('validates --base as a URL path and nothing else', () => {
    for (const good of ['/', '', '/docs/', 'docs', '/a/b-c_d.e~f/']) expect(baseProblem(good), good).toBeNull()
    for (const bad of ['/x"></script><script>alert(77)</script>', '//evil.example/', '/a/../b/', 'javascript:alert(1)', '/a b/', '/%2e%2e/']) expect(baseProblem(bad), bad).not.toBeNull()
    expect(() => normalizeBase('/x"><script>')).toThrow(InputError)
  })

  it('says a book’s src folder is missing, not outside the book (the RFC book makes its src/ with a script)', async () => {
    const root = await writeTree({'book.toml': '[book]\ntitle = "RFCs"\n', 'text/0001-x.md': '# X\n'})
    await expect(loadProject(root)).rejects.toThrow(/book\.toml: `src = "src"`: the folder `src` does not exist/)
    const outside = await writeTree({'book.toml': '[book]\nsrc = "../elsewhere"\n', 'src/SUMMARY.md': ''})
    await expect(loadProject(outside)).rejects.toThrow(/points outside the book/)
  })

  it('rejects a non-string title in book.toml', async () => {
    const root = await writeTree({'book.toml': '[book]\ntitle = 5\n', 'src/SUMMARY.md': '# Summary\n\n- [A](a.md)\n', 'src/a.md': '# A\n'})
    await expect(loadProject(root)).rejects.toThrow(/book\.toml:2:1: expected a string at `book\.title`, found number/)
  })

  it('refuses an outline.yaml symlinked from outside the root', async () => {
    const outside = await writeTree({'outline.yaml': outlineYaml([{id: 'main', prefix: 'main', file: 'main.md'}])})
    const root = await writeTree({'main.md': chapter('main', intro)})
    await fs.symlink(path.join(outside, 'outline.yaml'), path.join(root, 'outline.yaml'))
    await expect(loadProject(root)).rejects.toThrow('symbolic link leading outside the spec root')
  })

  it('bounds includes that fan out (each file including the next ten times, ten levels deep)', async () => {
    // Ten levels of ten: 10^10 expansions unbounded. Every level is a small file: only the multiplication is
    // large. (Text files: included markdown files that cannot be expanded would also be unlisted chapters.)
    const files: Record<string, string> = {}
    for (let level = 0; level < 9; level++) files[`inc/l${level}.txt`] = `line ${level}\n${Array.from({length: 10}, () => `{{#include l${level + 1}.txt}}`).join('\n')}\n`
    files['inc/l9.txt'] = `${'leaf text '.repeat(100)}\n`
    const root = await oneChapterSpec(`${intro}r[main.a]\nCode:\n\n\`\`\`text\n{{#include inc/l0.txt}}\n\`\`\`\n`, files)
    const diagnostics = (await check(root)).filter((d) => d.code === 'include-refused')
    expect(diagnostics).toHaveLength(1)
    const [diagnostic] = diagnostics
    expect(`${diagnostic!.place!.file}:${diagnostic!.place!.start.line}:${diagnostic!.place!.start.column}`).toBe('main.md:15:1')
    expect(diagnostic!.reason).toMatch(/this chapter's includes, nested ones counted, have (expanded 10000 directives|expanded to more than 8388608 bytes)/)
    expect(diagnostic!.hint).toMatch(/multiplies at every level/)
    // Two levels of the same fan-out (100 leaves) are within the bounds and expand.
    const small: Record<string, string> = {}
    for (let level = 0; level < 2; level++) small[`inc/l${level}.txt`] = Array.from({length: 10}, () => `{{#include l${level + 1}.txt}}`).join('\n') + '\n'
    small['inc/l2.txt'] = 'leaf\n'
    const fine = await oneChapterSpec(`${intro}r[main.a]\nCode:\n\n\`\`\`text\n{{#include inc/l0.txt}}\n\`\`\`\n`, small)
    expect((await check(fine)).filter((d) => d.severity === 'error')).toEqual([])
    const {spec} = await assembleModel(fine, {cache: false})
    expect(spec.chapters[0]!.blocks.find((block) => block.type === 'code')!.code!.value.split('\n')).toHaveLength(100)
  })

  it('reports a missing include outside the root exactly as an existing one', async () => {
    const body = `${intro}r[main.a]\nCode:\n\n\`\`\`rust\n{{#include ../../etc/hostname}}\n{{#include ../../no/such/file.rs}}\n\`\`\`\n`
    const diagnostics = (await check(await oneChapterSpec(body))).filter((d) => d.code === 'include-refused')
    expect(diagnostics.map((d) => d.reason.replace(/`[^`]*`/, '`PATH`'))).toEqual([diagnostics[0]!.reason.replace(/`[^`]*`/, '`PATH`'), diagnostics[0]!.reason.replace(/`[^`]*`/, '`PATH`')])
    expect(diagnostics.map((d) => d.reason).join('\n')).not.toContain('does not exist')
  })

  it('reads a malformed percent escape in a link or SUMMARY.md as written, as mdBook does, not as a crash', async () => {
    // `decodeURI` threw "URI malformed" at `50%` and `#%zz`, which stopped `check` with a stack trace.
    const root = await oneChapterSpec(`${intro}See [a](50%.md), [b](#%zz) and [c](#the%20intro%E0).\n`)
    expect(positionsOf(await check(root), 'unresolved-internal-link')).toEqual(['main.md:11:5', 'main.md:11:18', 'main.md:11:32'])
    const book = await writeTree({'book.toml': '[book]\ntitle = "Percent"\n', 'src/SUMMARY.md': '- [Half](50%.md)\n- [Space](a%20b.md)\n', 'src/50%.md': '# Half\n\nSee [space](a%20b.md).\n', 'src/a b.md': '# Space\n'})
    const model = await assembleModel(book, {cache: false})
    expect(model.spec.chapters.map((each) => [each.file, each.title])).toEqual([['50%.md', 'Half'], ['a b.md', 'Space']])
    // `50%.md` has a name a URL cannot hold as it is (`unsupported-file-name`); `a%20b.md` reaches `a b.md`.
    expect((await check(book)).map((diagnostic) => diagnostic.code)).toEqual(['unsupported-file-name'])
  })

  it('reads lone-CR line endings without front-matter errors', async () => {
    const root = await oneChapterSpec('')
    await fs.writeFile(path.join(root, 'main.md'), chapter('main', intro).replace(/\n/g, '\r'))
    expect(await check(root)).toEqual([])
  })
})

describe('the registry and renames', () => {
  async function released(): Promise<string> {
    const root = await oneChapterSpec(`${intro}r[main.a]\nA.\n\nr[main.b]\nB.\n`, {'interop/data/constructs.yaml': 'constructs:\n  - id: x\n    name: X\n    category: types\n    description: D.\n    normative_refs: [main.a]\n'})
    await release(await assembleModel(root, {cache: false}), '1.0')
    return root
  }

  it('reports self-renames and rename cycles', async () => {
    const root = await released()
    const file = path.join(root, 'registry.txt')
    const registry = parseRegistry(await fs.readFile(file, 'utf8'), 'registry.txt')
    registry.entries.get('main.a')!.status = {kind: 'renamed', to: 'main.b'}
    registry.entries.get('main.b')!.status = {kind: 'renamed', to: 'main.a'}
    registry.entries.get('main.intro')!.status = {kind: 'renamed', to: 'main.intro'}
    await fs.writeFile(file, serializeRegistry(registry))
    const reasons = (await check(root)).filter((d) => d.code === 'withdrawn-id-redefined').map((d) => d.reason)
    expect(reasons).toContain('Unexpected cycle of renames `main.a` → `main.b` → `main.a`, expected renames to end at a defined ID')
    expect(reasons).toContain('Unexpected rename of `main.intro` to itself, expected a rename to another ID')
  })

  it('renames the interop data too, and refuses an ID outside the chapter prefix', async () => {
    const root = await released()
    await expect(renameId(await assembleModel(root, {cache: false}), 'main.a', 'other.a', {allowDirty: true})).rejects.toThrow('outside the prefix `main.`')
    await fs.writeFile(path.join(root, 'reviewed-links.txt'), serializeReviewedLinks([{test: 'ui/a.rs', id: 'main.a', sha256: 'a'.repeat(64)}, {test: 'ui/b.rs', id: 'main.b', sha256: 'b'.repeat(64)}]))
    await renameId(await assembleModel(root, {cache: false}), 'main.a', 'main.a2', {allowDirty: true})
    expect(await fs.readFile(path.join(root, 'interop/data/constructs.yaml'), 'utf8')).toContain('normative_refs: [main.a2]')
    expect(await fs.readFile(path.join(root, 'reviewed-links.txt'), 'utf8')).toMatch(/\nui\/a\.rs\tmain\.a2\ta{64}\nui\/b\.rs\tmain\.b\tb{64}\n$/)
    expect((await check(root)).filter((d) => d.severity === 'error')).toEqual([])
  })

  it('refuses a rename with the CLI as one line (exit 2)', async () => {
    const root = await released()
    const result = await specmark('ids', 'rename', 'main.a', 'elsewhere.a', '--root', root, '--allow-dirty')
    expect(result.code).toBe(2)
    expect(result.stderr.trim().split('\n')).toHaveLength(1)
  })
})
