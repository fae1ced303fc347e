/**
 * bench/navigation-scale: does the site grow linearly with the content? Builds the Rust Reference (1×)
 * and a generated tenfold Reference (10×: ten copies of every chapter, each copy's rule IDs, rule links
 * and grammar names renamed apart so the copies are ten distinct documents), one after the other in the
 * same run, warm (a priming build first, so both sides are measured with caches primed and the previous
 * output in place). Prints each side's output size (bytes of all files, and of the chapter pages alone)
 * and its Astro pages-phase time as `specmark build` reports it, and the 10×/1× ratios. Linear growth
 * gives ratios near 10; the table of contents repeated on every page gave 12.5× output before.
 *
 * `node bench/navigation-scale.ts [copies]` runs it alone.
 */
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {parse as parseToml, stringify as stringifyToml} from 'smol-toml'
import {REFERENCE} from '../test/helpers/shared.ts'

const ROOT = path.resolve(import.meta.dirname, '..')

interface Side {
  label: string
  bytes: number
  chapterBytes: number
  files: number
  pagesSeconds: number
  totalSeconds: number
}

export function benchNavigationScale(copies = 10): string[] {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'specmark-bench-scale-'))
  try {
    const many = path.join(scratch, `reference-${copies}x`)
    multiplyBook(REFERENCE, many, copies)
    const one = measure('1×', REFERENCE, path.join(scratch, 'out-1'), path.join(scratch, 'cache-1'))
    const multiplied = measure(`${copies}×`, many, path.join(scratch, `out-${copies}`), path.join(scratch, `cache-${copies}`))
    const ratio = (a: number, b: number): string => `${(a / b).toFixed(2)}×`
    return [
      ...[one, multiplied].map(
        (side) =>
          `navigation-scale ${side.label} Reference: output ${mb(side.bytes)} in ${side.files} files (chapter pages ${mb(side.chapterBytes)}), pages phase ${side.pagesSeconds.toFixed(2)} s, build ${side.totalSeconds.toFixed(2)} s`
      ),
      `navigation-scale ${copies}× / 1×: output ${ratio(multiplied.bytes, one.bytes)}, chapter pages ${ratio(multiplied.chapterBytes, one.chapterBytes)}, pages phase ${ratio(multiplied.pagesSeconds, one.pagesSeconds)} (linear: ${copies}×)`,
    ]
  } finally {
    fs.rmSync(scratch, {recursive: true, force: true})
  }
}

/** One warm build of `root` (after a priming one), measured. */
function measure(label: string, root: string, outDir: string, cacheDir: string): Side {
  const env = {...process.env, ASTRO_TELEMETRY_DISABLED: '1', SPECMARK_CACHE_DIR: cacheDir}
  const args = [path.join(ROOT, 'bin/specmark.js'), 'build', '--root', root, '--out', outDir]
  let output = ''
  for (let run = 0; run < 2; run++) {
    const result = spawnSync(process.execPath, args, {env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024})
    output = `${result.stdout}\n${result.stderr}`
    if (result.status !== 0) throw new Error(`\`specmark build --root ${root}\` failed with status ${result.status}:\n${output.slice(-4000)}`)
  }
  const pages = /built the pages \([^)]*\) in ([\d.]+) (ms|s)/.exec(output)
  const total = /wrote \S+ in ([\d.]+) (ms|s)/.exec(output)
  const seconds = (match: RegExpExecArray | null): number => (match ? Number(match[1]) / (match[2] === 'ms' ? 1000 : 1) : Number.NaN)
  const files = listFiles(outDir)
  const chapterFiles = files.filter((file) => file.endsWith('index.html') && !/^(id|pagefind|_astro)\//.test(path.relative(outDir, file)))
  return {
    label,
    bytes: sum(files.map((file) => fs.statSync(file).size)),
    chapterBytes: sum(chapterFiles.map((file) => fs.statSync(file).size)),
    files: files.length,
    pagesSeconds: seconds(pages),
    totalSeconds: seconds(total),
  }
}

/**
 * Writes an mdBook made of `copies` copies of `book`'s `src/`, each in its own folder `copy<N>/` (the first
 * keeps its names). In the other copies every rule ID `x.y` becomes `c<N>.x.y` wherever it is written
 * (labels, rule links, link definitions, `#r-` anchors) and every grammar production `Name` (in grammar blocks and `#grammar-` anchors) becomes `NameCopy<N>`, so that
 * each copy is a whole document of its own. Chapters and parts are listed in the SUMMARY copy by copy.
 *
 * The directives that list the whole book (the grammar summary, the test summary) are kept in the first
 * copy only, as a real book of that size has one of each: in every copy they made the book grow with the
 * square of the copies (each of 4 copies' grammar pages held all 4 copies' productions, 4.4 MB each;
 * 10 copies' pages took 21 times the 1× book's bytes).
 */
export function multiplyBook(book: string, into: string, copies: number): void {
  const source = path.join(book, 'src')
  fs.mkdirSync(into, {recursive: true})
  fs.writeFileSync(path.join(into, 'book.toml'), multipliedConfig(fs.readFileSync(path.join(book, 'book.toml'), 'utf8'), copies))
  const markdown = listFiles(source).filter((file) => file.endsWith('.md') && path.basename(file) !== 'SUMMARY.md')
  const texts = new Map(markdown.map((file) => [file, fs.readFileSync(file, 'utf8')]))
  const ids = new Set<string>()
  const productions = new Set<string>()
  for (const text of texts.values()) {
    for (const match of text.matchAll(/^r\[([^\]\s]+)\]\s*$/gm)) ids.add(match[1]!)
    for (const block of text.matchAll(/^```grammar[^\n]*\n([\s\S]*?)^```/gm)) {
      for (const production of block[1]!.matchAll(/^@?root\s+([A-Za-z_][A-Za-z0-9_]*)|^([A-Za-z_][A-Za-z0-9_]*)\s*(?:->|→)/gm)) productions.add((production[1] ?? production[2])!)
    }
  }
  const summary = fs.readFileSync(path.join(source, 'SUMMARY.md'), 'utf8')
  const summaries: string[] = []
  for (let copy = 1; copy <= copies; copy++) {
    const folder = `copy${copy}`
    const rename = (text: string, file: string): string => {
      // One folder deeper: relative links that leave `src/` (the standard library's) need one more `../`.
      const deeper = text.replace(/(\]\(|\]:\s*)(\.\.\/[^)\s#]*)/g, (whole, lead: string, target: string) =>
        path.relative(source, path.resolve(path.dirname(file), target)).startsWith('..') ? `${lead}../${target}` : whole
      )
      if (copy === 1) return deeper
      const renamedIds = deeper
        .replace(WHOLE_BOOK_DIRECTIVE, 'The summary of the whole book is in its first part.')
        .replace(/\[([a-z][a-z0-9_.-]*)\]/g, (whole, id: string) => (ids.has(id) ? `[c${copy}.${id}]` : whole))
        .replace(/#r-([a-z][a-z0-9_.-]*[a-z0-9_-])/g, (whole, id: string) => (ids.has(id) ? `#r-c${copy}.${id}` : whole))
        .replace(/#grammar-([A-Za-z_][A-Za-z0-9_]*)/g, (whole, name: string) => (productions.has(name) ? `${whole}Copy${copy}` : whole))
      // Productions are renamed inside grammar blocks only, outside their quoted literals.
      return renamedIds.replace(/^(```grammar[^\n]*\n)([\s\S]*?)^```/gm, (_, fence: string, grammar: string) => {
        const renamed = grammar
          .split(/(`[^`\n]*`)/)
          .map((part) => (part.startsWith('`') ? part : part.replace(/\b[A-Za-z_][A-Za-z0-9_]*\b/g, (name) => (productions.has(name) ? `${name}Copy${copy}` : name))))
          .join('')
        return `${fence}${renamed}\`\`\``
      })
    }
    for (const file of listFiles(source)) {
      const target = path.join(into, 'src', folder, path.relative(source, file))
      fs.mkdirSync(path.dirname(target), {recursive: true})
      if (texts.has(file)) fs.writeFileSync(target, rename(texts.get(file)!, file))
      else if (path.basename(file) !== 'SUMMARY.md') fs.copyFileSync(file, target)
    }
    // Each copy is a part of its own; its prefix chapters (written before the first list) become list items.
    const title = /^# (.+)$/m.exec(summary)?.[1] ?? 'Book'
    const body = summary
      .replace(/^# .+$/m, '')
      .replace(/\]\((?!https?:)([^)]+\.md)\)/g, `](${folder}/$1)`)
      .replace(/^\[/gm, '- [')
    summaries.push(`# ${title}${copy === 1 ? '' : ` (${copy})`}\n\n${body.trim()}`)
  }
  fs.writeFileSync(path.join(into, 'src', 'SUMMARY.md'), `# Summary\n\n${summaries.join('\n\n')}\n`)
}

/**
 * The book's `book.toml` for its copies: the chapter paths `[output.html.search.chapter]` names (the
 * Reference's grammar summary, syntax index and test summary, left out of its search) name them in every
 * copy (`copy1/grammar.md`, …), as mdBook requires each key to name a chapter (`unmatched-search-chapter`).
 */
function multipliedConfig(text: string, copies: number): string {
  const config = parseToml(text) as {output?: {html?: {search?: {chapter?: Record<string, unknown>}}}}
  const chapters = config.output?.html?.search?.chapter
  if (chapters === undefined) return text
  config.output!.html!.search!.chapter = Object.fromEntries(
    Object.entries(chapters).flatMap(([key, value]) => Array.from({length: copies}, (_, index) => [`copy${index + 1}/${key}`, value]))
  )
  return stringifyToml(config)
}

/** mdbook-spec's directives that list the whole book: `{{ grammar-summary }}`, `{{summary-table}}` (tests). */
const WHOLE_BOOK_DIRECTIVE = /^\{\{\s*(?:grammar-summary|summary-table)\s*\}\}[ \t]*$/gm

function listFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, {recursive: true, withFileTypes: true})
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
}

const sum = (values: number[]): number => values.reduce((total, value) => total + value, 0)
const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const line of benchNavigationScale(Number(process.argv[2] ?? 10))) console.log(line)
}
