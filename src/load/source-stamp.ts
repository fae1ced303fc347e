/**
 * The timestamp exports and builds write, chosen so that the same sources give the same bytes:
 * `SOURCE_DATE_EPOCH` when set (the reproducible-builds convention), else the date of the last git commit
 * of the spec root, else the Unix epoch. Read once, while the model is assembled (`Model.stamp`), so
 * that render and the exports do no I/O for it.
 * <https://reproducible-builds.org/specs/source-date-epoch/>
 */
import {execFile, execFileSync} from 'node:child_process'
import {promisify} from 'node:util'
import {repositoryTop} from './repository.ts'

/** `SOURCE_DATE_EPOCH` when set and in range, else null. */
function epochFromEnvironment(): number | null {
  const fromEnvironment = process.env.SOURCE_DATE_EPOCH
  // Out-of-range values are refused by the CLI (src/cli/environment.ts); here they are ignored, never a crash.
  return fromEnvironment && /^\d{1,12}$/.test(fromEnvironment) && Number(fromEnvironment) <= 253_402_300_799 ? Number(fromEnvironment) : null
}

/**
 * Whether git could find a repository for `root`: a `.git` (folder, or file of a worktree or submodule)
 * in it or a folder above, or one named by `GIT_DIR`. Outside one (a tarball, a container's copy) git is
 * not started at all: two processes cost a build more CPU than the rest of an edit's loading.
 */
function mayBeInGit(root: string): boolean {
  return Boolean(process.env.GIT_DIR) || repositoryTop(root) !== null
}

export function sourceDateEpoch(root: string): number {
  const fromEnvironment = epochFromEnvironment()
  if (fromEnvironment !== null) return fromEnvironment
  if (!mayBeInGit(root)) return 0
  try {
    const output = execFileSync('git', ['-C', root, 'log', '-1', '--format=%ct', '--', '.'], {encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore']}).trim()
    if (/^\d+$/.test(output)) return Number(output)
  } catch {
    // Not a git checkout: fall through to the epoch.
  }
  return 0
}

/** ISO 8601 without milliseconds: `2026-11-24T08:00:00Z`. */
export function isoTimestamp(epochSeconds: number): string {
  return new Date(epochSeconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z')
}

/** What every page and export states about the sources it was made from. */
export interface SourceStamp {
  /** The git commit of the spec root's checkout (full hex), or null outside git. */
  commit: string | null
  /** `SOURCE_DATE_EPOCH` (else the last commit's date) as ISO 8601. */
  date: string
}

/**
 * The commit and date of the sources at `root`. Both come from git and the environment, never from the
 * clock, so two builds of the same commit give the same bytes.
 */
export function sourceStamp(root: string): SourceStamp {
  let commit: string | null = null
  if (!mayBeInGit(root)) return {commit, date: isoTimestamp(epochFromEnvironment() ?? 0)}
  try {
    const output = execFileSync('git', ['-C', root, 'rev-parse', '--verify', '--quiet', 'HEAD'], {encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore']}).trim()
    if (/^[0-9a-f]{40,64}$/.test(output)) commit = output
  } catch {
    // Not a git checkout, or no commit yet.
  }
  return {commit, date: isoTimestamp(sourceDateEpoch(root))}
}

const run = promisify(execFile)

/** `sourceStamp`, with both git commands run at once and without blocking (the model assembly's). */
export async function readSourceStamp(root: string): Promise<SourceStamp> {
  if (!mayBeInGit(root)) return {commit: null, date: isoTimestamp(epochFromEnvironment() ?? 0)}
  const git = (args: string[]): Promise<string> =>
    run('git', ['-C', root, ...args], {encoding: 'utf8'}).then(
      ({stdout}) => stdout.trim(),
      () => ''
    )
  const [head, last] = await Promise.all([git(['rev-parse', '--verify', '--quiet', 'HEAD']), epochFromEnvironment() === null ? git(['log', '-1', '--format=%ct', '--', '.']) : Promise.resolve('')])
  const epoch = epochFromEnvironment() ?? (/^\d+$/.test(last) ? Number(last) : 0)
  return {commit: /^[0-9a-f]{40,64}$/.test(head) ? head : null, date: isoTimestamp(epoch)}
}
