/**
 * Under specmark's site renderer (`src/build/site-renderer.ts`), an exception while rendering a page is
 * handed to the renderer, which reports it as one line naming the page, instead of Astro logging a
 * stack trace and rendering its error page. Elsewhere (Astro's dev server) Astro shows it as usual.
 */
import {defineMiddleware} from 'astro/middleware'
import {siteContext} from './lib/site-data.ts'

export const onRequest = defineMiddleware(async (_context, next) => {
  const context = siteContext()
  if (!context) return next()
  try {
    return await next()
  } catch (error) {
    context.error = error
    return new Response(null, {status: 500, headers: {'X-Astro-Reroute': 'no'}})
  }
})
