/**
 * mdbook-mermaid: in an mdBook with `[preprocessor.mermaid]`, a ```` ```mermaid ```` block is the
 * `<pre class="mermaid">` that mdbook-mermaid writes, for the book's own mermaid.js (an `additional-js`
 * that `mdbook-mermaid install` adds) to draw; `check` no longer calls the preprocessor unknown. In
 * Chromium, a diagram the book's script draws keeps its own size (the site's icon rule sizes other SVGs).
 */
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {assembleModel} from '../../src/pipeline/assemble-model.ts'
import {renderChapter} from '../../src/render/render-chapter.ts'
import {chapterRenderInput} from '../../src/render/render-input.ts'
import {browserTestsRun, launchChromium} from '../helpers/chromium.ts'
import {specmark} from '../helpers/run-cli.ts'
import {check, positionsOf, writeTree} from '../helpers/spec-fixture.ts'
import {serveStatic} from '../helpers/static-server.ts'

const CHAPTER = '# Flow\n\n```mermaid\ngraph TD;\n    A-->B & C;\n```\n\n```mermaid title\nnot a diagram\n```\n'
/** Like mermaid.js: each diagram's text replaced by an SVG as wide as the drawing (300 px here). */
const FAKE_MERMAID = `document.addEventListener('DOMContentLoaded', () => {
  for (const pre of document.querySelectorAll('pre.mermaid')) {
    pre.innerHTML = '<svg xmlns="http://www.w3.org/2000/svg" width="100%" viewBox="0 0 300 100" style="max-width: 300px;"><rect width="300" height="100" fill="#eee"/></svg>'
  }
})
`

function book(preprocessor: boolean): Record<string, string> {
  return {
    'book.toml': `[book]\ntitle = "Diagrams"\n${preprocessor ? '\n[preprocessor.mermaid]\ncommand = "mdbook-mermaid"\n' : ''}\n[output.html]\nadditional-js = ["mermaid.min.js"]\n`,
    'src/SUMMARY.md': '- [Flow](flow.md)\n',
    'src/flow.md': CHAPTER,
    'mermaid.min.js': FAKE_MERMAID,
  }
}

async function chapterHtml(root: string): Promise<string> {
  const model = await assembleModel(root, {cache: false})
  return renderChapter(chapterRenderInput(model, model.spec.chapters[0]!, '/')).blocks.map((block) => block.html).join('\n')
}

describe('mdbook-mermaid', () => {
  it('makes a mermaid block its diagram’s <pre class="mermaid">, as mdbook-mermaid writes it', async () => {
    const root = await writeTree(book(true))
    const html = await chapterHtml(root)
    expect(html).toContain('<pre class="mermaid">graph TD;\n    A-->B &#x26; C;</pre>')
    // Only a block whose info string is the word alone, as mdbook-mermaid reads it.
    expect(html).toContain('<code class="language-mermaid title">not a diagram</code>')
    expect(positionsOf(await check(root), 'unknown-preprocessor')).toEqual([])
  })

  it('leaves mermaid blocks code in a book without the preprocessor', async () => {
    const html = await chapterHtml(await writeTree(book(false)))
    expect(html).not.toContain('class="mermaid"')
    expect(html).toContain('<code class="language-mermaid">graph TD;')
  })

  it('gives a diagram the book’s script draws its own size', {timeout: 180_000}, async () => {
    if (!browserTestsRun('a mermaid diagram in Chromium')) return
    const root = await writeTree(book(true))
    const outDir = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'specmark-mermaid-')), 'site')
    const result = await specmark('build', '--root', root, '--out', outDir)
    expect(result.code, result.stderr).toBe(0)
    const server = await serveStatic(outDir)
    const browser = await launchChromium()
    try {
      const page = await browser.newPage({viewport: {width: 1280, height: 800}})
      await page.goto(`${server.url}/flow.html`)
      const svg = page.locator('pre.mermaid svg')
      await svg.waitFor()
      const box = await svg.boundingBox()
      expect(box!.width).toBeCloseTo(300, 0)
      expect(box!.height).toBeCloseTo(100, 0)
    } finally {
      await browser.close()
      await server.close()
    }
  })
})
