/** Options shared by the commands: the spec root and the output format. */
import {Option, type Command} from 'commander'

export const DEFAULT_ROOT = 'spec'

export function addRootOption(command: Command): Command {
  return command.option('--root <dir>', 'spec root: a folder with outline.yaml, or an mdBook with book.toml', DEFAULT_ROOT)
}

export function addFormatOption(command: Command, formats: string[] = ['text', 'json']): Command {
  return command.addOption(new Option('--format <format>', 'output format').choices(formats).default(formats[0]))
}
