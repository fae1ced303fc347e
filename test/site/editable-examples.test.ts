/**
 * An mdBook's editable examples (`[output.html.playground] editable = true` and a `rust,editable` block),
 * in Chromium: the reader edits the example in place, every line of it shown; "Run" and Ctrl+Enter send
 * it as edited and as written (mdBook sends its editor's text without adding `fn main`); "Copy" copies
 * it as edited; "Undo changes" puts it back; `line-numbers` numbers its lines as they change. The
 * Playground is played by the test (no network).
 */
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {browserTestsRun, launchChromiumContext} from '../helpers/chromium.ts'
import {specmark} from '../helpers/run-cli.ts'
import {writeTree} from '../helpers/spec-fixture.ts'
import {serveStatic} from '../helpers/static-server.ts'

const EXAMPLE = ['# fn helper() -> i32 { 5 }', 'fn main() {', '    let number = helper();', '    print!("{}", number);', '}'].join('\n')
/** The example as the editor shows it: the hidden line without its `# `. */
const SHOWN = EXAMPLE.replace(/^# /, '')

const BOOK = {
  'book.toml': '[book]\ntitle = "Editable"\n\n[rust]\nedition = "2021"\n\n[output.html.playground]\neditable = true\nline-numbers = true\n',
  'src/SUMMARY.md': '- [Editor](editor.md)\n',
  'src/editor.md': `# Editor\n\n\`\`\`rust,editable\n${EXAMPLE}\n\`\`\`\n`,
}

describe.skipIf(!browserTestsRun('editable examples in Chromium'))('an mdBook’s editable examples', () => {
  it('are edited in place, run and copied as edited, and put back by “Undo changes”', {timeout: 180_000}, async () => {
    const root = await writeTree(BOOK)
    const outDir = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'specmark-editable-')), 'site')
    const result = await specmark('build', '--root', root, '--out', outDir)
    expect(result.code, result.stderr).toBe(0)
    const server = await serveStatic(outDir)
    const context = await launchChromiumContext({permissions: ['clipboard-read', 'clipboard-write']})
    try {
      const page = context.pages()[0] ?? (await context.newPage())
      const sent: string[] = []
      await page.route('https://play.rust-lang.org/evaluate.json', (route) => {
        sent.push((route.request().postDataJSON() as {code: string}).code)
        return route.fulfill({json: {result: 'ran', error: null}, headers: {'access-control-allow-origin': '*'}})
      })
      await page.goto(`${server.url}/editor.html`)
      const code = page.locator('.code-frame pre > code')
      expect(await code.getAttribute('contenteditable')).toBe('plaintext-only')
      expect(await code.textContent()).toBe(SHOWN)
      expect(await page.locator('details.hidden-lines').count()).toBe(0)
      // `line-numbers`: a number for each line, beside the code (not in what runs or is copied).
      const gutter = page.locator('.code-frame pre > .code-gutter')
      expect(await gutter.textContent()).toBe('1\n2\n3\n4\n5')

      // Edit: a second statement at the end of the `print!` line.
      await code.locator('text=print!').click()
      await page.keyboard.press('End')
      await page.keyboard.type(' println!("edited");')
      const edited = SHOWN.replace('print!("{}", number);', 'print!("{}", number); println!("edited");')
      expect(await code.textContent()).toBe(edited)

      // Run sends the edited text as written; Ctrl+Enter in the editor runs it too.
      const frame = page.locator('.code-frame')
      await frame.hover()
      await frame.locator('.code-run').click()
      await expect.poll(() => page.locator('.code-result').textContent()).toBe('ran')
      await code.press('Control+Enter')
      await expect.poll(() => sent.length).toBe(2)
      expect(sent).toEqual([edited, edited])
      // The Playground link opens it as edited; Copy copies it as edited.
      const open = frame.locator('.code-open')
      await open.evaluate((link) => link.addEventListener('click', (event) => event.preventDefault()))
      await open.click()
      expect(new URL((await open.getAttribute('href'))!).searchParams.get('code')).toBe(edited)
      await frame.locator('.code-copy').click()
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(edited)

      // A line more, a number more.
      await code.locator('text=let number').click()
      await page.keyboard.press('End')
      await page.keyboard.press('Enter')
      await page.keyboard.type('let more = 1;')
      expect(await gutter.textContent()).toBe('1\n2\n3\n4\n5\n6')
      // Coloured as it is edited, as the build colours it: the typed `let` as the written one, each painted
      // by a custom highlight of the build's stylesheet, the text itself untouched (the browser's undo works).
      const painted = () =>
        code.evaluate((element) =>
          [...CSS.highlights].flatMap(([name, highlight]) => [...highlight].filter((range) => element.contains(range.startContainer)).map((range) => `${name} ${range.toString()}`))
        )
      const lets = async () => (await painted()).filter((entry) => entry.endsWith(' let'))
      await expect.poll(async () => (await lets()).length).toBe(2)
      const written = await code.evaluate((element) => [...element.querySelectorAll('span')].find((span) => span.textContent?.trim() === 'let')!.className)
      expect(await lets()).toEqual([`code-${written} let`, `code-${written} let`])
      expect(await page.evaluate((name) => [...document.styleSheets].some((sheet) => [...sheet.cssRules].some((rule) => rule.cssText.startsWith(`::highlight(${name})`))), `code-${written}`)).toBe(true)
      await page.keyboard.press('Control+z')
      await expect.poll(() => code.textContent()).not.toContain('let more = 1;')
      await page.keyboard.type('let more = 1;')
      // Each number level with its line, and beside the code, not over it.
      const [numbers, text] = await Promise.all([gutter, code].map((locator) => locator.evaluate((element) => element.getBoundingClientRect().toJSON() as DOMRect)))
      expect(Math.abs(numbers!.top - text!.top)).toBeLessThan(1)
      expect(numbers!.right).toBeLessThanOrEqual(text!.left)

      // Undo changes: the example as written, highlighted again.
      await frame.locator('.code-undo').click()
      expect(await code.textContent()).toBe(SHOWN)
      expect(await code.locator('span.line').count()).toBe(SHOWN.split('\n').length)
      expect(await gutter.textContent()).toBe('1\n2\n3\n4\n5')
      await frame.screenshot({path: path.join(os.tmpdir(), 'specmark-editable.png')})
    } finally {
      await context.close()
      await server.close()
    }
  })
})
