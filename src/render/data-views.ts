/**
 * Data views: a ```` ```data,<view> ```` block stands for one of the interop part's data views (type
 * maps, capability matrices), generated from validated YAML. Until that generator exists this renders a
 * placeholder box naming the view, so pages that use one still build and say what belongs there.
 *
 * To render a view: replace `dataViewPlaceholder` by a function building the view's table from the data.
 */
import type {Element} from 'hast'

export function dataViewPlaceholder(view: string | null): Element {
  const name = view ?? '(unnamed)'
  return {
    type: 'element',
    tagName: 'div',
    properties: {className: ['data-view'], dataView: name},
    children: [
      {
        type: 'element',
        tagName: 'p',
        properties: {},
        children: [
          {type: 'text', value: 'Data view '},
          {type: 'element', tagName: 'code', properties: {}, children: [{type: 'text', value: name}]},
          {type: 'text', value: ': generated from the interop data (not rendered in this build).'},
        ],
      },
    ],
  }
}
