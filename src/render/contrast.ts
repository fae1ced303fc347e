/**
 * Colour contrast as WCAG 2 defines it, and a theme's colours made readable on a given background:
 * syntax-highlighting themes are designed for their own editor background, not for the site's code
 * background, so each token colour is moved toward black or white (whichever the background is not)
 * just far enough to reach the ratio. https://www.w3.org/TR/WCAG21/#dfn-contrast-ratio
 */

/** WCAG AA for normal text. */
export const AA_TEXT = 4.5

function channels(hex: string): [number, number, number] | null {
  const match = /^#([0-9a-f]{3}|[0-9a-f]{6})([0-9a-f]{2})?$/i.exec(hex)
  if (!match) return null
  const digits = match[1]!.length === 3 ? [...match[1]!].map((digit) => digit + digit).join('') : match[1]!
  return [0, 2, 4].map((at) => parseInt(digits.slice(at, at + 2), 16)) as [number, number, number]
}

function luminance([r, g, b]: [number, number, number]): number {
  const linear = (value: number): number => {
    const c = value / 255
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  }
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)
}

/** The contrast ratio of two `#rrggbb` colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const [x, y] = [channels(a), channels(b)]
  if (!x || !y) return 21
  const [light, dark] = [luminance(x), luminance(y)].sort((p, q) => q - p) as [number, number]
  return (light + 0.05) / (dark + 0.05)
}

/** `color`, or the nearest colour toward black or white that reaches `ratio` on `background`. */
export function readableOn(color: string, background: string, ratio = AA_TEXT): string {
  const from = channels(color)
  const behind = channels(background)
  if (!from || !behind || contrastRatio(color, background) >= ratio) return color
  const target = luminance(behind) > 0.5 ? 0 : 255
  for (let step = 1; step <= 20; step++) {
    const mixed = from.map((value) => Math.round(value + ((target - value) * step) / 20)) as [number, number, number]
    const hex = `#${mixed.map((value) => value.toString(16).padStart(2, '0')).join('')}`
    if (contrastRatio(hex, background) >= ratio) return hex
  }
  return target === 0 ? '#000000' : '#ffffff'
}

/** A copy of a theme object with every `foreground` colour readable on `background`. */
export function withReadableForegrounds<T>(theme: T, background: string, ratio = AA_TEXT): T {
  const walk = (value: unknown, key: string | null): unknown => {
    if (typeof value === 'string') return key === 'foreground' || key === 'fg' || key === 'editor.foreground' ? readableOn(value, background, ratio) : value
    if (Array.isArray(value)) return value.map((item) => walk(item, null))
    if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([name, item]) => [name, walk(item, name)]))
    return value
  }
  return walk(theme, null) as T
}
