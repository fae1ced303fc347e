/** The part of `@prantlf/railroad-diagrams` (Tab Atkins' railroad-diagrams, as a package) that specmark uses. */
declare module '@prantlf/railroad-diagrams' {
  export class FakeSVG {
    tagName: string
    attrs: Record<string, string | number>
    children: string | Array<FakeSVG | string>
    width: number
    up: number
    down: number
    height: number
    needsSpace: boolean
    format(...args: number[]): this
  }
  interface LinkOptions {
    href?: string
    title?: string
  }
  export class Diagram extends FakeSVG {
    constructor(...items: FakeSVG[])
  }
  export class Sequence extends FakeSVG {
    constructor(...items: FakeSVG[])
  }
  export class Stack extends FakeSVG {
    constructor(...items: FakeSVG[])
  }
  export class Choice extends FakeSVG {
    constructor(normal: number, ...items: FakeSVG[])
  }
  export class HorizontalChoice extends FakeSVG {
    constructor(...items: FakeSVG[])
  }
  export class Optional extends FakeSVG {
    constructor(item: FakeSVG, skip?: 'skip')
  }
  export class OneOrMore extends FakeSVG {
    constructor(item: FakeSVG, repeat?: FakeSVG)
  }
  export class Group extends FakeSVG {
    constructor(item: FakeSVG, label?: FakeSVG | string)
  }
  export class Start extends FakeSVG {
    constructor(options?: {type?: 'simple' | 'complex'; label?: string})
  }
  export class End extends FakeSVG {
    constructor(options?: {type?: 'simple' | 'complex'})
  }
  export class Terminal extends FakeSVG {
    constructor(text: string, options?: LinkOptions)
  }
  export class NonTerminal extends FakeSVG {
    constructor(text: string, options?: LinkOptions)
  }
  export class Comment extends FakeSVG {
    constructor(text: string, options?: LinkOptions)
  }
  export class Skip extends FakeSVG {
    constructor()
  }
}
