/** Options shared by the commands: the spec root and the output format. */
import {existsSync} from 'node:fs'
import {Option, type Command} from 'commander'

export const DEFAULT_ROOT = 'spec'

/**
 * The root when `--root` is not given: `spec/`, our layout's folder; or, in a spec's own folder (an
 * `outline.yaml` or a `book.toml` here and no `spec/`), that spec, so that `specmark build` works where
 * `mdbook build` did, and in the folder `specmark init` made.
 */
function defaultRoot(): string {
  return !existsSync(DEFAULT_ROOT) && (existsSync('outline.yaml') || existsSync('book.toml')) ? '.' : DEFAULT_ROOT
}

export function addRootOption(command: Command): Command {
  return command.addOption(new Option('--root <dir>', 'spec root: a folder with outline.yaml, or an mdBook with book.toml').default(defaultRoot(), "spec, or . in a folder with outline.yaml or book.toml"))
}

export function addFormatOption(command: Command, formats: string[] = ['text', 'json']): Command {
  return command.addOption(new Option('--format <format>', 'output format').choices(formats).default(formats[0]))
}
