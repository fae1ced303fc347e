/**
 * Builds the site fixture (`test/fixtures/site/spec`) with the real command: once per test file, into a
 * temporary folder (`buildFixture`), or once a run for the files that only read it (`sharedFixture`).
 */
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {builtOnce} from '../helpers/corpus-build.ts'
import {specmark} from '../helpers/run-cli.ts'

export const FIXTURE_ROOT = path.resolve(import.meta.dirname, '../fixtures/site/spec')

export interface BuiltSite {
  outDir: string
  stderr: string
}

/** Builds `root` (default: the site fixture) into a new temporary folder. */
export async function buildFixture(root = FIXTURE_ROOT): Promise<BuiltSite> {
  const outDir = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'specmark-site-test-')), 'dist')
  const result = await specmark('build', '--root', root, '--out', outDir)
  if (result.code !== 0) throw new Error(`specmark build failed (${result.code}):\n${result.stdout}\n${result.stderr}`)
  return {outDir, stderr: result.stderr}
}

/**
 * The site fixture built once a run for the test files that only read it (serve it to a browser), shared
 * between Vitest's workers through `test/helpers/corpus-build.ts`; `buildFixture()` for a test that
 * changes the output or reads a build of its own.
 */
export function sharedFixture(): Promise<BuiltSite> {
  return builtOnce('site-fixture', FIXTURE_ROOT)
}

/** Every file under `dir`, relative to it, sorted. */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, {recursive: true, withFileTypes: true})
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort()
}
