/**
 * What a built mdBook publishes besides its pages, so that a migrated book keeps every URL it had:
 *
 * - chapter pages at `chapter.html` (the `html` URL scheme): Astro writes `chapter.html/index.html`, which
 *   is moved to the file `chapter.html` here;
 * - the book's files under `src/` that are no chapters (images, downloads), copied beside the pages at the
 *   same relative paths, as mdBook copies them, so relative links and images resolve as they did;
 * - a redirect page for every `[output.html.redirect]` entry without a fragment, as mdBook writes them
 *   (`<meta http-equiv="refresh">`, no script needed), whose script also keeps the fragment the reader
 *   came with and follows the page's entries with a fragment (`/old.html#a`); entries with a fragment on
 *   a page that still exists are followed by that page (`fragmentRedirects`, `site/scripts/fragment-redirects.ts`).
 * <https://github.com/rust-lang/mdBook/blob/641d06ab/crates/mdbook-html/front-end/templates/redirect.hbs>
 * - the `CNAME` file `output.html.cname` asks for (a custom domain on GitHub Pages).
 */
import fs from 'node:fs/promises'
import path from 'node:path'
import {fragmentRedirects} from '../load/mdbook.ts'
import type {Project} from '../load/project.ts'
import {writeIfChangedSync} from './out-dir.ts'

/**
 * Removes the `x.html` files a previous build flattened, so that Astro can write `x.html/index.html` over
 * its own output again (a file where it needs a folder fails the build).
 */
export async function unflattenHtmlPages(outDir: string, pagePaths: string[]): Promise<void> {
  for (const page of pagePaths) {
    if (!page.endsWith('.html')) continue
    const file = path.join(outDir, page)
    if ((await fs.lstat(file).catch(() => null))?.isFile()) await fs.rm(file)
  }
}

/** Moves `x.html/index.html` to `x.html` for every page path given (relative to `outDir`). */
export async function flattenHtmlPages(outDir: string, pagePaths: string[]): Promise<void> {
  for (const page of pagePaths) {
    if (!page.endsWith('.html')) continue
    const folder = path.join(outDir, page)
    const index = path.join(folder, 'index.html')
    const stat = await fs.stat(index).catch(() => null)
    if (!stat) continue
    const temporary = `${folder}.specmark-move`
    await fs.rename(index, temporary)
    await fs.rm(folder, {recursive: true, force: true})
    await fs.rename(temporary, folder)
  }
}

/**
 * Whether this build already wrote `target` (written at or after `since`, by the file system's clock:
 * `fileClock`). A file left by an earlier build is not: it is rewritten, else the end of the build would
 * remove it as stale.
 */
async function writtenSince(target: string, since: number): Promise<boolean> {
  const stat = await fs.stat(target).catch(() => null)
  return stat !== null && stat.mtimeMs >= since
}

/**
 * Copies the book's assets into the site, never over a file this build made or kept (`owned`: a page
 * an incremental build did not need to write again is this build's too) or wrote (`since`: the build's
 * start, by the file system's clock). Returns the files the site has from them (copied, or already there
 * as they are: the build keeps those).
 */
export async function copyAssets(contentRoot: string, outDir: string, files: string[], since: number, owned: ReadonlySet<string>): Promise<string[]> {
  return copyFiles(files.map((file) => [path.join(contentRoot, file), path.join(outDir, file)]), since, owned)
}

async function copyFiles(pairs: Array<[from: string, to: string]>, since: number, owned: ReadonlySet<string>): Promise<string[]> {
  const copies: string[] = []
  for (const [from, target] of pairs) {
    if (owned.has(target) || (await writtenSince(target, since))) continue
    copies.push(target)
    // A copy made by an earlier build from the same file (as large, and no older than it) is kept as it is.
    const [source, copy] = await Promise.all([fs.stat(from), fs.stat(target).catch(() => null)])
    if (copy !== null && copy.size === source.size && copy.mtimeMs >= source.mtimeMs) continue
    await fs.mkdir(path.dirname(target), {recursive: true})
    await fs.copyFile(from, target)
  }
  return copies
}

/**
 * Copies an mdBook's `additional-css` and `additional-js` files that exist to where the pages link them
 * (`Project.additionalFiles`), as mdBook copies them; like `copyAssets`, never over a file the build made.
 */
export async function copyAdditionalFiles(project: Project, outDir: string, since: number, owned: ReadonlySet<string>): Promise<string[]> {
  const files = (project.additionalFiles ?? []).filter((entry) => entry.exists)
  return copyFiles(files.map(({file, url}) => [path.resolve(project.root, file), path.join(outDir, url)]), since, owned)
}

/**
 * Writes mdBook's redirect pages: `from` is a path from the book's root (`/old/page.html`), `to` a URL
 * relative to that page's folder (or absolute). Entries with a `#fragment` name an anchor of a page that
 * still exists and get no page; files this build made or kept (`owned`) or wrote (since `since`) are never
 * replaced, so that an incremental build's output is a cold build's. A page an earlier build wrote as it
 * is now is left alone. Returns the pages (relative to `outDir`), written or left: the build keeps them.
 */
export async function writeRedirects(outDir: string, redirects: Record<string, string>, since: number, owned: ReadonlySet<string>): Promise<string[]> {
  const pages: string[] = []
  for (const [from, to] of Object.entries(redirects)) {
    if (from.includes('#')) continue
    const relative = from.replace(/^\/+/, '')
    if (relative === '' || relative.split('/').includes('..')) continue
    const target = path.join(outDir, relative)
    if (owned.has(target) || (await writtenSince(target, since))) continue
    writeIfChangedSync(target, redirectPage(to, fragmentRedirects(redirects, relative)))
    pages.push(relative)
  }
  return pages
}

/** mdBook's `CNAME` file for GitHub Pages (`output.html.cname`): the domain and a newline, as mdBook writes it. Returns its path. */
export function writeCname(outDir: string, cname: string): string {
  const file = path.join(outDir, 'CNAME')
  writeIfChangedSync(file, `${cname}\n`)
  return file
}

function redirectPage(url: string, fragments: Record<string, string>): string {
  const escaped = url.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')
  // JSON in a script: `<` escaped so that no `</script>` can end it early.
  const json = (value: unknown): string => JSON.stringify(value).replace(/</g, '\\u003c')
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Redirecting...</title>
<script>
// A meta refresh drops the fragment the reader came with; keep it, or follow the page's own fragment redirects.
const fragments = ${json(fragments)};
const target = ${json(url)};
location.replace(new URL(fragments[location.hash] ?? (target.includes('#') ? target : target + location.hash), location.href));
</script>
<meta http-equiv="refresh" content="0; URL=${escaped}">
<link rel="canonical" href="${escaped}">
</head>
<body>
<p>Redirecting to... <a href="${escaped}">${escaped}</a>.</p>
</body>
</html>
`
}
