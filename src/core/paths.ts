/**
 * Core: how specmark names a file in messages. A leaf module (nothing of specmark's but the escaping of
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
