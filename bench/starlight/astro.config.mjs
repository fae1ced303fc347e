// The peer site: Starlight's defaults over the chapters bench/peer.ts copies into src/content/docs/.
import starlight from '@astrojs/starlight'
import {defineConfig} from 'astro/config'

export default defineConfig({
  telemetry: false,
  integrations: [starlight({title: 'The Rust Reference (Starlight peer)', pagefind: true})],
})
