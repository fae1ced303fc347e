/**
 * The commands, each registered by its own module, which is imported only when its command runs (or for
 * `--help`), so that one command never pays for loading the others. To add a command: write
 * `commands/<name>.ts` exporting `register<Name>(program, setStatus)`, and list it here under its name.
 */
import type {Command} from 'commander'

export type RegisterCommand = (program: Command, setStatus: (code: number) => void) => void

/** Top-level command name → its module's register function, in the order `--help` lists them. */
export const COMMANDS: ReadonlyArray<readonly [string, () => Promise<RegisterCommand>]> = [
  ['check', async () => (await import('./check.ts')).registerCheck],
  ['build', async () => (await import('./build.ts')).registerBuild],
  ['dev', async () => (await import('./dev.ts')).registerDev],
  ['init', async () => (await import('./init.ts')).registerInit],
  ['ids', async () => (await import('./ids.ts')).registerIds],
  ['release', async () => (await import('./release.ts')).registerRelease],
  ['diff', async () => (await import('./diff.ts')).registerDiff],
  ['export', async () => (await import('./export.ts')).registerExport],
  ['trace', async () => (await import('./trace.ts')).registerTrace],
  ['citations', async () => (await import('./citations.ts')).registerCitations],
  ['conformance', async () => (await import('./conformance.ts')).registerConformance],
  ['lsp', async () => (await import('./lsp.ts')).registerLsp],
]
