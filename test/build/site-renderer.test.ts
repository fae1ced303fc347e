/**
 * The site renderer (src/build/site-renderer.ts): the Astro site bundled once, rendering pages in
 * process from rendered data. Its key follows what the bundle is made of; it renders exactly the pages
 * of the one list (src/build/site-pages.ts) and answers 404 for anything else; renders of different
 * data at once do not mix; a page that throws is reported in one line naming it.
 */
import {createHash} from 'node:crypto'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {assembleModel} from '../../src/pipeline/assemble-model.ts'
import {renderSpec} from '../../src/render/render-spec.ts'
import type {RenderedSpec} from '../../src/render/types.ts'
import {PACKAGE_ROOT} from '../../src/core/package.ts'
import {findRenderer, openSiteRenderer, PageError, RENDERER_FORMAT, rendererKey, type SiteRenderer} from '../../src/build/site-renderer.ts'
import {sitePages} from '../../src/build/site-pages.ts'
import {oneChapterSpec} from '../helpers/spec-fixture.ts'

describe('the site renderer', () => {
  let root: string
  let rendered: RenderedSpec
  let renderer: SiteRenderer

  beforeAll(async () => {
    root = await oneChapterSpec('r[main]\n# Main\n\nr[main.intro]\nHello from the renderer.\n')
    rendered = (await renderSpec(await assembleModel(root, {cache: false}), {cache: false, base: '/'})).rendered
    renderer = await openSiteRenderer({base: '/'})
  }, 300_000)

  afterAll(async () => {
    if (root) await fs.rm(root, {recursive: true, force: true})
  })

  it('is opened once per process and base path', async () => {
    expect(await openSiteRenderer({base: '/'})).toBe(renderer)
    expect(renderer.key.startsWith(`${rendererKey('/')}-`)).toBe(true)
    expect(rendererKey('/docs/')).not.toBe(rendererKey('/'))
    // The shipped renderer's key leaves out the installed versions (it bundles its dependencies).
    expect(rendererKey('/', PACKAGE_ROOT, {versions: false})).not.toBe(rendererKey('/'))
    // The bundle records the modules of src/ it is made of: the list of pages and the URLs among them.
    const record = JSON.parse(await fs.readFile(path.join(renderer.clientDir, '../renderer.json'), 'utf8')) as {inputs: Record<string, string>}
    expect(Object.keys(record.inputs)).toEqual(expect.arrayContaining(['src/build/site-pages.ts', 'src/render/urls.ts']))
    expect(Object.keys(record.inputs).some((file) => file.startsWith('src/parse/'))).toBe(false)
  })

  it('renders every listed page, the chapter from the data it is given', async () => {
    const pages = sitePages(rendered)
    expect(pages.map((page) => page.file)).toEqual(expect.arrayContaining(['index.html', '404.html', 'nav.json', 'glossary/index.html']))
    for (const page of pages) {
      const response = await renderer.render(`/${page.url}`, {data: rendered})
      expect(response.status, page.url).toBe(page.route === '404' ? 404 : 200)
    }
    const chapter = pages.find((page) => page.chapter !== undefined)!
    const html = (await renderer.render(`/${chapter.url}`, {data: rendered})).body.toString()
    expect(html).toContain('Hello from the renderer.')
    expect(html).toMatch(/<script type="module" src="\/_astro\//)
    // The templates add no character beyond Latin-1 to a page whose content has none (entities instead):
    // one would make the whole page a two-byte string, five times as slow to encode (BaseLayout.astro).
    expect(html.match(/[^\x00-\xff]/g) ?? []).toEqual([])
    expect(html).toContain('Main &mdash; ')
    await expect(fs.stat(path.join(renderer.clientDir, 'favicon.svg'))).resolves.toBeTruthy()
  })

  it('answers 404 for pages this specification has not, and for unknown URLs', async () => {
    // No `--tests`: no traceability page; current IDs' pages only when a server asks for them; a catch-all
    // page (`glossary/[...index]`) answers only its one listed URL.
    for (const url of ['/traceability/', '/no/such/page/', '/glossary/extra/', '/search/extra/', '/changes/9.9/', '/v/9.9/', '/id/main.intro/']) {
      const response = await renderer.render(url, {data: rendered})
      expect(response.status, url).toBe(404)
      expect(response.body.toString()).toContain('Not found')
    }
    expect((await renderer.render('/id/main.intro/', {data: rendered, currentIds: true})).status).toBe(200)
  })

  it('keeps renders of different data apart when they overlap', async () => {
    const other: RenderedSpec = {...rendered, title: 'Another Specification'}
    const [first, second] = await Promise.all([renderer.render('/', {data: rendered}), renderer.render('/', {data: other})])
    expect(first.body.toString()).not.toContain('Another Specification')
    expect(second.body.toString()).toContain('Another Specification')
  })

  it('reports a page that throws in one line naming the page', async () => {
    const broken = {...rendered, chapters: rendered.chapters.map((chapter) => ({...chapter, blocks: null}))} as unknown as RenderedSpec
    const chapter = sitePages(rendered).find((page) => page.chapter !== undefined)!
    const failure = await renderer.render(`/${chapter.url}`, {data: broken}).catch((error: unknown) => error)
    expect(failure).toBeInstanceOf(PageError)
    expect((failure as Error).message).toMatch(new RegExp(`^page /${chapter.url} failed to render: \\S`))
    expect((failure as Error).message).not.toContain('\n')
  })
})

describe('the site renderer key', () => {
  let copy: string

  beforeAll(async () => {
    copy = await fs.mkdtemp(path.join(os.tmpdir(), 'specmark-renderer-key-'))
    for (const entry of ['site', 'src', 'astro.config.mjs', 'package.json']) await fs.cp(path.join(PACKAGE_ROOT, entry), path.join(copy, entry), {recursive: true})
  })

  afterAll(async () => {
    if (copy) await fs.rm(copy, {recursive: true, force: true})
  })

  it('finds a built renderer until a module of src/ it bundled changes, whatever else changes', async () => {
    const siteKey = rendererKey('/', copy)
    const parent = path.join(copy, 'renderers')
    const built = path.join(parent, `${siteKey}-${'0'.repeat(16)}`)
    await fs.mkdir(path.join(built, 'server'), {recursive: true})
    await fs.writeFile(path.join(built, 'server', 'entry.mjs'), '')
    const sha = createHash('sha256').update(await fs.readFile(path.join(copy, 'src/render/urls.ts'))).digest('hex')
    await fs.writeFile(path.join(built, 'renderer.json'), JSON.stringify({format: RENDERER_FORMAT, base: '/', siteKey, inputs: {'src/render/urls.ts': sha}}))
    expect(findRenderer(siteKey, copy, [parent])).toBe(built)
    await fs.appendFile(path.join(copy, 'src/parse/parse-markdown.ts'), '\n// edited\n')
    expect(findRenderer(siteKey, copy, [parent])).toBe(built)
    await fs.appendFile(path.join(copy, 'src/render/urls.ts'), '\n// edited\n')
    expect(findRenderer(siteKey, copy, [parent])).toBeNull()
  })

  it('changes when a site file, the Astro config or the base path changes', async () => {
    const before = rendererKey('/', copy)
    expect(rendererKey('/base/', copy)).not.toBe(before)
    const edits: Array<[string, string]> = [
      ['site/components/PrevNext.astro', '\n<!-- edited -->\n'],
      ['site/lib/site-data.ts', '\n// edited\n'],
      ['astro.config.mjs', '\n// edited\n'],
    ]
    const keys = new Set([before])
    for (const [file, text] of edits) {
      await fs.appendFile(path.join(copy, file), text)
      // Keys are remembered per process and root: each edit is seen from a root of its own.
      const moved = `${copy}-${keys.size}`
      await fs.rename(copy, moved)
      keys.add(rendererKey('/', moved))
      await fs.rename(moved, copy)
    }
    expect(keys.size).toBe(edits.length + 1)
  })
})
