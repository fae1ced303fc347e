/**
 * specmark as a user installs it, for the benchmarks that compare it with a peer: `npm pack` of this
 * checkout (its `prepack` compiles and bundles lib/ and the site renderer) unpacked as
 * `<folder>/node_modules/specmark`, resolving its dependencies from this checkout's node_modules (the
 * versions the lockfile pins, as `npm install` of the tarball would fetch them). The launcher then runs
 * the compiled lib/, as it does for users, not the TypeScript sources a checkout runs.
 */
import {execFileSync} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

const ROOT = path.resolve(import.meta.dirname, '..')

/** Packs this checkout and unpacks it under `folder`; returns the path of its `specmark` command. */
export function installPacked(folder: string): string {
  const npm = path.join(path.dirname(process.execPath), 'npm')
  const packed = execFileSync(fs.existsSync(npm) ? npm : 'npm', ['pack', '--silent', '--pack-destination', folder], {cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit']})
  const tarball = path.join(folder, packed.trim().split('\n').at(-1)!)
  const installed = path.join(folder, 'node_modules', 'specmark')
  fs.mkdirSync(installed, {recursive: true})
  execFileSync('tar', ['-xzf', tarball, '-C', installed, '--strip-components=1'])
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(installed, 'node_modules'))
  return path.join(installed, 'bin', 'specmark.cjs')
}
