import {describe, expect, it} from 'vitest'
import {isRustBlock, visibleRustSource} from '../../src/render/code-blocks.ts'
import {LANGUAGES} from '../../src/render/highlight.ts'
import {chapterHtml, loadChapters, renderMarkdown} from './render-helper.ts'

const text = (html: string): string => html.replace(/<[^>]+>/g, '').replace(/&#x3C;/g, '<').replace(/&#x26;/g, '&')

describe('code blocks', () => {
  it('hides `# ` lines of Rust examples and unescapes `##`', () => {
    expect(visibleRustSource('# fn main() {\n#\nlet x = 1;\n    # hidden();\n## shown\n# }')).toBe('let x = 1;\n# shown')
  })

  it('renders a Rust example without its hidden lines, highlighted', async () => {
    const html = await renderMarkdown('```rust\n# use std::mem;\nlet size = mem::size_of::<u8>();\n```\n')
    expect(html).toContain('<pre class="shiki')
    expect(text(html)).toContain('let size = mem::size_of::<u8>();')
    expect(text(html.split('<details')[0]!)).not.toContain('use std::mem')
  })

  it('treats rustdoc attributes as Rust and shows the notable ones', async () => {
    expect(isRustBlock('compile_fail')).toBe(true)
    expect(isRustBlock('text')).toBe(false)
    const html = await renderMarkdown('```rust,compile_fail,E0308,edition2021\n# hidden\nlet x: i32 = "";\n```\n')
    expect(html).toContain('<span class="code-flag" title="This example deliberately fails to compile">compile_fail</span>')
    expect(html).toContain('<span class="code-flag" title="This example uses the 2021 edition">edition2021</span>')
    expect(text(html.split('<details')[0]!)).not.toContain('hidden')
  })

  it('shows hidden lines on demand, in a closed details element', async () => {
    const html = await renderMarkdown('```rust\n# fn main() {\nlet x = 1;\n# }\n```\n')
    const [visible, details] = html.split('<details')
    expect(text(visible!)).not.toContain('fn main')
    expect(details).toMatch(/^ class="hidden-lines"><summary>Show hidden lines<\/summary>/)
    expect(text(details!)).toContain('fn main() {\nlet x = 1;\n}')
  })

  it('keeps other languages as written, `# ` lines included', async () => {
    const html = await renderMarkdown('```text\n# not hidden\nplain\n```\n')
    expect(html).toContain('<pre><code class="language-text"># not hidden\nplain</code></pre>')
  })

  it('shows what an mdBook include directive includes', async () => {
    const model = await loadChapters({main: '```rust\n{{#include example.rs}}\n```\n'}, {'example.rs': 'fn included() {}\n'})
    const html = chapterHtml(model)
    expect(text(html)).toContain('fn included() {}')
    expect(html).not.toContain('{{#include')
  })

  it('renders a data view as a placeholder naming the view', async () => {
    const html = await renderMarkdown('```data,type-map\n```\n')
    expect(html).toContain('<div class="data-view" data-view="type-map">')
  })
})

describe('highlighting', () => {
  // Each grammar loads with the first block in its language: every language named must have one.
  it.each(Object.keys(LANGUAGES))('highlights ```%s, loading its grammar on first use', async (word) => {
    const html = await renderMarkdown(`\`\`\`${word}\nname = "value" # 1\n\`\`\`\n`)
    expect(html).toContain('<pre class="shiki')
    expect(html).toMatch(/<span class="c[0-9a-z]+">/)
  })
})

describe('highlighting limits', () => {
  // Fuzzing found that shiki's grammar tokenizer takes half a minute on a 50,000-character line.
  it('leaves over-long lines and very large blocks untokenized, still escaped', async () => {
    const longLine = await renderMarkdown(`\`\`\`rust\nlet a = 1;\n${'"'.repeat(5000)}\n\`\`\`\n`)
    expect(longLine).toContain('<pre class="shiki')
    expect(longLine).toContain('"'.repeat(5000))
    const huge = await renderMarkdown(`\`\`\`rust\n${'let x = "<b>";\n'.repeat(5000)}\`\`\`\n`)
    expect(huge).not.toContain('<pre class="shiki')
    expect(huge).toContain('let x = ')
    expect(huge).not.toContain('<b>')
  })
})
