/**
 * The server entry of the site renderer (`site-renderer.ts`): Astro bundles it, with every page of
 * `site/`, into one module whose `app` renders a page for a request, in process. Not run by Node
 * itself: `astro/app/entrypoint` exists only inside Astro's build.
 */
import {createApp} from 'astro/app/entrypoint'

export const app: {render(request: Request): Promise<Response>} = createApp({streaming: false})
