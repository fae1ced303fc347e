/**
 * What a built mdBook publishes besides its pages, so that a migrated book keeps every URL it had:
 *
 * - chapter pages at `chapter.html` (the `html` URL scheme): Astro writes `chapter.html/index.html`, which
 *   is moved to the file `chapter.html` here;
 * - the book's files under `src/` that are no chapters (images, downloads), copied beside the pages at the
 *   same relative paths, as mdBook copies them, so relative links and images resolve as they did;
 * - a redirect page for every `[output.html.redirect]` entry without a fragment, as mdBook writes them
 *   (`<meta http-equiv="refresh">`, no script needed).
 * <https://github.com/rust-lang/mdBook/blob/641d06ab/crates/mdbook-html/front-end/templates/redirect.hbs>
 */
import fs from 'node:fs/promises'
import path from 'node:path'

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

/** Copies the book's assets into the site, never over a file the site itself wrote. Returns the count. */
export async function copyAssets(contentRoot: string, outDir: string, files: string[]): Promise<number> {
  let copied = 0
  for (const file of files) {
    const target = path.join(outDir, file)
    if (await fs.stat(target).catch(() => null)) continue
    await fs.mkdir(path.dirname(target), {recursive: true})
    await fs.copyFile(path.join(contentRoot, file), target)
    copied++
  }
  return copied
}

/**
 * Writes mdBook's redirect pages: `from` is a path from the book's root (`/old/page.html`), `to` a URL
 * relative to that page's folder (or absolute). Entries with a `#fragment` name an anchor of a page that
 * still exists and get no page; existing files are never replaced. Returns the pages written.
 */
export async function writeRedirects(outDir: string, redirects: Record<string, string>): Promise<string[]> {
  const written: string[] = []
  for (const [from, to] of Object.entries(redirects)) {
    if (from.includes('#')) continue
    const relative = from.replace(/^\/+/, '')
    if (relative === '' || relative.split('/').includes('..')) continue
    const target = path.join(outDir, relative)
    if (await fs.stat(target).catch(() => null)) continue
    await fs.mkdir(path.dirname(target), {recursive: true})
    await fs.writeFile(target, redirectPage(to))
    written.push(relative)
  }
  return written
}

function redirectPage(url: string): string {
  const escaped = url.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Redirecting...</title>
<meta http-equiv="refresh" content="0; URL=${escaped}">
<link rel="canonical" href="${escaped}">
</head>
<body>
<p>Redirecting to... <a href="${escaped}">${escaped}</a>.</p>
</body>
</html>
`
}
