/**
 * `specmark dev` (and `npm run dev`): live preview of the specification on a local address; see
 * `src/dev/dev-server.ts`. Runs until interrupted.
 */
import type {Command} from 'commander'
import {addRootOption} from '../options.ts'

export function registerDev(program: Command): void {
  addRootOption(program.command('dev').description('serve a live preview that re-renders on every save'))
    .option('--host <address>', 'address to listen on', '127.0.0.1')
    .option('--port <number>', 'port to listen on', '4321')
    .action(async (options: {root: string; host: string; port: string}) => {
      // Loaded on use: the renderer and Astro would slow down the start of every other command.
      const {startDevServer} = await import('../../dev/dev-server.ts')
      const server = await startDevServer({root: options.root, host: options.host, port: Number(options.port)})
      await new Promise<void>((resolve) => {
        const stop = (): void => {
          void server.stop().then(resolve)
        }
        process.once('SIGINT', stop)
        process.once('SIGTERM', stop)
      })
    })
}
