/**
 * Under specmark's site renderer (`src/build/site-renderer.ts`):
 * - the pages that exist are listed once (`src/build/site-pages.ts`); a URL not listed for the page Astro
 *   matched it to is not found, so a catch-all page (`[...chapter]`, `glossary/[...index]`) never
 *   renders for a URL this specification has not;
 * - an exception while rendering a page is handed to the renderer, which reports it as one line naming
 *   the page, instead of Astro logging a stack trace and rendering its error page.
 */
import {defineMiddleware} from 'astro/middleware'
import {listedPage, notFound, siteContext} from './lib/site-data.ts'

/** Astro's pattern of the not-found page: rendered for unlisted URLs, so never itself checked. */
const NOT_FOUND_ROUTE = '/404'

export const onRequest = defineMiddleware(async (astro, next) => {
  const context = siteContext()
  if (!context) return next()
  if (astro.routePattern !== NOT_FOUND_ROUTE && routePattern(listedPage(astro.url)?.route) !== astro.routePattern) return notFound()
  try {
    return await next()
  } catch (error) {
    context.error = error
    return new Response(null, {status: 500, headers: {'X-Astro-Reroute': 'no'}})
  }
})

/** Astro's pattern for a listed page's route (its file under `site/pages/`): `print/index` → `/print`. */
function routePattern(route: string | undefined): string | undefined {
  return route === undefined ? undefined : `/${route.replace(/(^|\/)index$/, '')}`
}
