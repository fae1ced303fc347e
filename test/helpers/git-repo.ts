/**
 * A git repository around a test's spec folder, for what reads git (`release` records the source commit,
 * `export --release` rebuilds a release from it, `diff REV`): `commit` stages everything and commits it.
 */
import {execFileSync} from 'node:child_process'

export interface GitRepository {
  /** Commits the whole working tree (nothing to commit is fine) and returns the commit. */
  commit(message: string): string
  git(...args: string[]): string
}

export function gitRepository(root: string): GitRepository {
  const git = (...args: string[]): string =>
    execFileSync('git', ['-C', root, '-c', 'user.name=test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', ...args], {encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']}).trim()
  git('init', '-q')
  return {
    git,
    commit(message) {
      git('add', '-A')
      git('commit', '-q', '--allow-empty', '-m', message)
      return git('rev-parse', 'HEAD')
    },
  }
}
