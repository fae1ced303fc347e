/**
 * Copying text and saying so: the Clipboard API where the page may use it (secure contexts), else a
 * hidden textarea and `execCommand('copy')`; the toast announces the result (politely, to screen
 * readers too).
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text)
    return true
  } catch {
    const area = document.createElement('textarea')
    area.value = text
    area.setAttribute('readonly', '')
    area.style.position = 'fixed'
    area.style.opacity = '0'
    document.body.append(area)
    area.select()
    const copied = document.execCommand('copy')
    area.remove()
    return copied
  }
}

let timer: number | undefined

export function toast(message: string): void {
  const element = document.querySelector<HTMLElement>('.toast')
  if (!element) return
  element.textContent = message
  element.hidden = false
  window.clearTimeout(timer)
  timer = window.setTimeout(() => {
    element.hidden = true
  }, 2600)
}
