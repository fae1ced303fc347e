/**
 * The two sides of `specmark diff`: each is a folder, or a git revision of the repository that holds the
 * spec root. A revision is exported with `git archive` into a temporary folder (removed afterwards), so
 * the working tree is never touched.
 */
import {execFileSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {InputError} from '../diagnostics/diagnostic.ts'

export interface Side {
  root: string
  /** How to clean up (for revisions). */
  dispose(): void
  label: string
}

/**
 * Resolves one side.
 * @param spec a folder, or a git revision (`HEAD~1`, `v0.1.0`, a commit)
 * @param defaultRoot the spec root of the current checkout (`--root`), used to find the repository and
 *   the root's path inside revisions
 */
export function materialize(spec: string, defaultRoot: string): Side {
  if (fs.existsSync(spec) && fs.statSync(spec).isDirectory()) return {root: path.resolve(spec), dispose: () => {}, label: spec}
  const repositoryDir = fs.existsSync(defaultRoot) ? defaultRoot : process.cwd()
  const git = (...args: string[]): string => execFileSync('git', ['-C', repositoryDir, ...args], {encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']}).trim()
  let top: string
  let commit: string
  try {
    top = git('rev-parse', '--show-toplevel')
    commit = git('rev-parse', '--verify', '--quiet', `${spec}^{commit}`)
  } catch {
    throw new InputError(`\`${spec}\` is neither a folder nor a git revision of the repository at ${repositoryDir}`)
  }
  const inside = path.relative(fs.realpathSync(top), fs.realpathSync(path.resolve(repositoryDir))) || '.'
  const temporary = fs.mkdtempSync(path.join(os.tmpdir(), 'specmark-diff-'))
  try {
    const archive = execFileSync('git', ['-C', top, 'archive', '--format=tar', commit, '--', inside], {maxBuffer: 1 << 30})
    execFileSync('tar', ['-x', '-C', temporary], {input: archive})
  } catch (error) {
    fs.rmSync(temporary, {recursive: true, force: true})
    throw new InputError(`cannot read \`${inside}\` at revision \`${spec}\`: ${(error as Error).message.split('\n')[0]}`)
  }
  return {root: path.join(temporary, inside), dispose: () => fs.rmSync(temporary, {recursive: true, force: true}), label: `${spec} (${commit.slice(0, 12)})`}
}
