/**
 * Core: how specmark names a file in messages, and whether one path lies below another. A leaf module (nothing of specmark's but the escaping of
 * control characters), so every layer may use it.
 */
import path from 'node:path'
import {escapeControls} from '../diagnostics/escape.ts'

/**
 * A file as messages show it: relative to the working directory when it is inside it or beside it
 * (`../shared/…`), absolute when it is further away (`/tmp/…`).
 */
export function displayPath(absolute: string): string {
  const relative = path.relative(process.cwd(), absolute)
  if (relative === '') return '.'
  return escapeControls(relative.startsWith(`..${path.sep}..`) || path.isAbsolute(relative) ? absolute : relative)
}

/**
 * Whether path `candidate` is `folder` or lies below it, component by component (`cli/watch.md` is below
 * `cli`, `client.md` is not), as written: real paths are for the caller to resolve (`isInside`). `paths`
 * is `path.posix` for paths as books write them.
 */
export function isUnder(folder: string, candidate: string, paths: typeof path.posix = path): boolean {
  const relative = paths.relative(folder, candidate)
  return relative === '' || (relative !== '..' && !relative.startsWith(`..${paths.sep}`) && !paths.isAbsolute(relative))
}
