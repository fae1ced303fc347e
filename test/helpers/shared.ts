/**
 * The shared material the tests and benchmarks read in place (`../shared/`: the real corpora, the ReqIF
 * schemas): beside this checkout, or, for a clone (CI's `git clone . /tmp/ci-check`), beside the local
 * checkout it was cloned from; `SPECMARK_SHARED` names it anywhere else.
 */
import {execFileSync} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

const REPO = path.resolve(import.meta.dirname, '../..')

export const SHARED = locateShared()
export const CORPORA = path.join(SHARED, 'corpora')
export const REFERENCE = path.join(CORPORA, 'rust-reference')

function locateShared(): string {
  if (process.env.SPECMARK_SHARED) return path.resolve(process.env.SPECMARK_SHARED)
  const beside = path.resolve(REPO, '../shared')
  if (fs.existsSync(beside)) return beside
  const origin = localOrigin()
  const besideOrigin = origin === null ? null : path.resolve(origin, '../shared')
  // Where neither is, the tests that need it say so, naming the first place looked.
  return besideOrigin !== null && fs.existsSync(besideOrigin) ? besideOrigin : beside
}

/** The checkout this one was cloned from, when its origin is a folder on this machine. */
function localOrigin(): string | null {
  let url: string
  try {
    url = execFileSync('git', ['config', '--get', 'remote.origin.url'], {cwd: REPO, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore']}).trim()
  } catch {
    return null
  }
  if (url.startsWith('file://')) return path.resolve(new URL(url).pathname)
  // Not a URL (`https://…`, `ssh://…`) nor scp-like (`git@host:owner/repo`): a path.
  if (url === '' || /^[a-z][a-z0-9+.-]*:\/\//i.test(url) || /^[^/]+:/.test(url)) return null
  return path.resolve(REPO, url)
}
