/**
 * Core: percent-decoding what authors write in link destinations and SUMMARY.md, which never fails: a
 * `%` not followed by two hex digits, or escapes that make no UTF-8, stay as written — as mdBook reads
 * them (Rust's `percent_decode`), where `decodeURIComponent` and `decodeURI` throw "URI malformed" at
 * the first (a link to `#%zz` or `50%.md` stopped `check` with a stack trace). A leaf module.
 */

/** A run of escapes, decoded together (a character's UTF-8 bytes are several). */
const ESCAPES = /(?:%[0-9A-Fa-f]{2})+/g

/**
 * `text` with its escapes decoded. `reserved: 'keep'` leaves the escapes of URL syntax (`%2F`, `%23`, …)
 * as written, as `decodeURI` does: for a path, whose `%2F` is no folder separator.
 */
export function decodePercent(text: string, reserved: 'decode' | 'keep' = 'decode'): string {
  const decode = reserved === 'decode' ? decodeURIComponent : decodeURI
  return text.replace(ESCAPES, (run) => {
    try {
      return decode(run)
    } catch {
      return run
    }
  })
}
