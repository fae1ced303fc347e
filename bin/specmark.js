#!/usr/bin/env node
// The `specmark` command. The sources are TypeScript run directly by Node's type stripping, which needs
// Node >= 22.18 (the project pins Node 24 as a devDependency, so `npx specmark` and npm scripts get it).
const [major, minor] = process.versions.node.split('.').map(Number)
if (major < 22 || (major === 22 && minor < 18)) {
  console.error(
    `specmark: Node ${process.versions.node} cannot run specmark; it needs Node >= 22.18. ` +
      'Run it as `npx specmark …` or through an npm script, which use the project\'s pinned Node 24.'
  )
  process.exit(2)
}
const {main} = await import('../src/cli/main.ts')
process.exitCode = await main(process.argv.slice(2))
