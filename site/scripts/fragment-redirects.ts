/**
 * mdBook's `[output.html.redirect]` entries with a fragment (`"/attributes.html#cold-attribute" =
 * "attributes/codegen.html#the-cold-attribute"`), on a page that still exists: a reader arriving with an
 * old fragment that names nothing on the page goes where the book says it moved, as mdBook's page script
 * sends them. The map is the page's `data-fragment-redirects` (src/render/render-spec.ts).
 */
const holder = document.querySelector<HTMLElement>('[data-fragment-redirects]')

if (holder) {
  const redirects = JSON.parse(holder.dataset.fragmentRedirects ?? '{}') as Record<string, string>
  const follow = (): void => {
    const target = redirects[location.hash]
    if (target !== undefined && document.getElementById(decodeURIComponent(location.hash.slice(1))) === null) {
      location.replace(new URL(target, location.href))
    }
  }
  addEventListener('hashchange', follow)
  follow()
}
