/**
 * The server entry of the site renderer (`site-renderer.ts`): Astro bundles it, with every page of
 * `site/`, into one module whose `app` renders a page for a request, in process.
 */
import {createApp} from 'astro/app/entrypoint'

export const app = createApp({streaming: false})
