/**
 * Language server, files on disk: what the server asks the editor to watch (`WATCHED_GLOBS`, registered
 * dynamically), and the fallback when the editor cannot: a recursive `fs.watch` of the spec root whose
 * events are turned into the protocol's file events (created, changed, deleted) and delivered in batches.
 */
import {existsSync, watch, type FSWatcher} from 'node:fs'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {FileChangeType, type FileEvent} from 'vscode-languageserver'

/** The files a specification is made of: chapters, outline, SUMMARY.md, book.toml, registry, data. */
export const WATCHED_GLOBS = ['**/*.md', '**/*.{yaml,yml,toml,txt,json}']

const WATCHED = /\.(md|ya?ml|toml|txt|json)$/
const IGNORED = new Set(['node_modules', '.git', '.hg', '.svn'])
/** Editors and git write a file in several steps; one batch per this many milliseconds. */
const BATCH_MS = 50

/** Watches `root` recursively; returns the function that stops watching. */
export function watchTree(root: string, onChanges: (changes: FileEvent[]) => void, onError: (error: unknown) => void): () => void {
  const pending = new Map<string, FileChangeType>()
  let timer: NodeJS.Timeout | null = null
  let watcher: FSWatcher
  const flush = (): void => {
    timer = null
    const changes = [...pending].map(([file, type]) => ({uri: pathToFileURL(file).href, type}))
    pending.clear()
    if (changes.length > 0) onChanges(changes)
  }
  try {
    watcher = watch(root, {recursive: true}, (event, name) => {
      if (name === null) return
      const relative = name.toString()
      if (!WATCHED.test(relative) || relative.split(/[\\/]/).some((segment) => IGNORED.has(segment))) return
      const file = path.join(root, relative)
      // `rename` is both creation and deletion: whether the file is there now tells them apart.
      const type = event === 'change' ? FileChangeType.Changed : existsSync(file) ? FileChangeType.Created : FileChangeType.Deleted
      const earlier = pending.get(file)
      pending.set(file, earlier === FileChangeType.Created && type === FileChangeType.Changed ? earlier : type)
      timer ??= setTimeout(flush, BATCH_MS)
    })
  } catch (error) {
    onError(error)
    return () => {}
  }
  watcher.on('error', onError)
  return () => {
    if (timer) clearTimeout(timer)
    watcher.close()
  }
}
