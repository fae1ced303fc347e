/**
 * `specmark build --pdf`: the whole document as one PDF, printed by Chromium (playwright-core, the
 * browser the tests drive; `/usr/bin/chromium` unless `SPECMARK_CHROMIUM` names another) from the built
 * site's `/print/` page, with the print stylesheet: a title page, each chapter on new sheets with a
 * bookmark (`outline: true` makes one per heading; chapters are the `h1`s), the document's title and
 * version in every page's header, page numbers in the footer, and a tagged (accessible) PDF.
 *
 * The pages are served to the browser from the output folder by request interception, so no server or
 * port is needed. Chromium stamps each PDF with its creation time and a random document ID; both are
 * rewritten in place (same byte length, so the cross-reference table stays valid) from
 * `SOURCE_DATE_EPOCH` and a hash of the document, so the same sources and Chromium give the same bytes.
 */
import {createHash} from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'
import {InputError} from '../diagnostics/diagnostic.ts'

export interface PdfOptions {
  /** The built site's folder. */
  outDir: string
  /** The URL path the site is built for (`/`, `/docs/`). */
  base: string
  /** Where to write the PDF. */
  file: string
  title: string
  version: string
  /** Seconds since the epoch, written as the PDF's creation and modification dates. */
  epoch: number
  /** How long loading and printing may take, in milliseconds (default `pdfTimeout()`). */
  timeout?: number
}

/**
 * How long Chromium may take to load and print the document before the build gives up: a Chromium that
 * hangs inside printing (seen once on a heavily loaded machine) must fail the build, not hang it.
 * `SPECMARK_PDF_TIMEOUT` (seconds) changes the default of ten minutes, ample for the Rust Reference.
 */
export function pdfTimeout(): number {
  const seconds = Number(process.env.SPECMARK_PDF_TIMEOUT)
  return Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : 600_000
}

const ORIGIN = 'http://specmark.invalid'
const TYPES: Record<string, string> = {'.html': 'text/html', '.css': 'text/css', '.js': 'text/javascript', '.svg': 'image/svg+xml', '.png': 'image/png', '.json': 'application/json', '.woff2': 'font/woff2'}

export function chromiumPath(): string {
  return process.env.SPECMARK_CHROMIUM ?? '/usr/bin/chromium'
}

export async function writePdf(options: PdfOptions): Promise<{pages: number; bytes: number}> {
  const {chromium} = await import('playwright-core')
  const executablePath = chromiumPath()
  if (!(await fs.stat(executablePath).catch(() => null))) throw new InputError(`--pdf needs Chromium at ${executablePath} (set SPECMARK_CHROMIUM to another path)`)
  const browser = await chromium.launch({executablePath, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking']})
  try {
    return await within(print(browser, options), options.timeout ?? pdfTimeout())
  } finally {
    // A hung browser may not answer a polite close; playwright kills what it launched when Node exits.
    await Promise.race([browser.close(), new Promise((resolve) => setTimeout(resolve, 5000).unref())])
  }
}

/** `work`, or an `InputError` saying printing took too long once `ms` have passed (exit 2, one line). */
async function within<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new InputError(`--pdf: Chromium did not finish printing within ${Math.round(ms / 1000)} s (set SPECMARK_PDF_TIMEOUT to a number of seconds to allow longer)`)), ms)
  })
  // The abandoned print fails once the browser is closed; that failure is not news.
  work.catch(() => {})
  try {
    return await Promise.race([work, deadline])
  } finally {
    clearTimeout(timer)
  }
}

async function print(browser: import('playwright-core').Browser, options: PdfOptions): Promise<{pages: number; bytes: number}> {
  const page = await browser.newPage()
  await page.route(`${ORIGIN}/**`, async (route) => {
    const url = new URL(route.request().url())
    const relative = decodeURIComponent(url.pathname).slice(options.base.length - 1)
    let file = path.join(options.outDir, relative)
    if (!file.startsWith(path.resolve(options.outDir))) return route.fulfill({status: 403})
    if (relative.endsWith('/')) file = path.join(file, 'index.html')
    const body = await fs.readFile(file).catch(() => null)
    return body === null ? route.fulfill({status: 404, body: ''}) : route.fulfill({status: 200, body, contentType: TYPES[path.extname(file)] ?? 'application/octet-stream'})
  })
  await page.goto(`${ORIGIN}${options.base}print/`, {waitUntil: 'load', timeout: 0})
  await page.emulateMedia({media: 'print', colorScheme: 'light'})
  // The header template below heads every page; the stylesheet's own running head is for browsers.
  await page.addStyleTag({content: '.print-head { display: none !important; }'})
  const escape = (text: string): string => text.replace(/[&<>"]/g, (char) => `&#${char.charCodeAt(0)};`)
  const pdf = await page.pdf({
    format: 'A4',
    printBackground: true,
    outline: true,
    tagged: true,
    displayHeaderFooter: true,
    headerTemplate: `<div style="font-size:8px;width:100%;margin:0 16mm;color:#444;font-family:sans-serif">${escape(options.title)} — version ${escape(options.version)}</div>`,
    footerTemplate: '<div style="font-size:8px;width:100%;text-align:center;color:#444;font-family:sans-serif"><span class="pageNumber"></span> / <span class="totalPages"></span></div>',
    margin: {top: '20mm', bottom: '16mm', left: '16mm', right: '16mm'},
  })
  const normalized = normalizePdfMetadata(Buffer.from(pdf), options.epoch)
  await fs.mkdir(path.dirname(path.resolve(options.file)), {recursive: true})
  await fs.writeFile(options.file, normalized)
  return {pages: (normalized.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length, bytes: normalized.length}
}

/**
 * Rewrites the PDF's dates (`/CreationDate`, `/ModDate`) with `epoch` and its `/ID` with a hash of the
 * rest of the file, each to the same byte length so that every offset in the file stays right.
 */
export function normalizePdfMetadata(pdf: Buffer, epoch: number): Buffer {
  let text = pdf.toString('latin1')
  const stamp = pdfDate(epoch)
  text = text.replace(/\/(CreationDate|ModDate)\s*\((D:[^)]*)\)/g, (match, key: string, value: string) => match.replace(value, fit(stamp, value.length)))
  const withoutId = text.replace(/\/ID\s*\[\s*<([0-9A-Fa-f]*)>\s*<([0-9A-Fa-f]*)>\s*\]/g, '/ID')
  const digest = createHash('sha256').update(withoutId, 'latin1').digest('hex').toUpperCase().repeat(4)
  text = text.replace(/\/ID\s*\[\s*<([0-9A-Fa-f]*)>\s*<([0-9A-Fa-f]*)>\s*\]/g, (match, first: string, second: string) =>
    match.replace(`<${first}>`, `<${digest.slice(0, first.length)}>`).replace(`<${second}>`, `<${digest.slice(0, second.length)}>`)
  )
  return Buffer.from(text, 'latin1')
}

/** `D:YYYYMMDDHHmmSS+00'00'` for `epoch`. */
function pdfDate(epoch: number): string {
  const iso = new Date(epoch * 1000).toISOString()
  return `D:${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}+00'00'`
}

/** `value` cut or padded (with spaces, which PDF date parsers ignore at the end) to `length`. */
function fit(value: string, length: number): string {
  return value.length >= length ? value.slice(0, length) : value.padEnd(length, ' ')
}
