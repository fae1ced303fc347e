/**
 * Builds the site fixture (`test/fixtures/site/spec`) with the real command, once per test file, into a
 * temporary folder.
 */
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
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

/** Every file under `dir`, relative to it, sorted. */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, {recursive: true, withFileTypes: true})
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort()
}
