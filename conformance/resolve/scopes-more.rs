//@ reference: resolve.scope.module
//@ reference: resolve.scope.let-own-init
//@ reference: resolve.scope.shadow-item
//@ reference: resolve.scope.match-arm
//@ reference: resolve.scope.loop-pattern
//@ reference: resolve.scope.params
//@ reference: resolve.scope.generics
//@ reference: resolve.scope.closure-body
//@ reference: resolve.scope.generics.shadow
//@ reference: resolve.scope.block-shadow
//@ reference: resolve.scope.items-in-functions.items
//@ reference: resolve.scope.labels
//@ reference: resolve.scope.labels.shadow
//@ reference: resolve.scope.let-chain
//@ check-pass
struct T;
fn top() -> u8 { 1 }
fn convert<A: Into<B>, B>(a: A) -> B { a.into() } // `B` is in scope before its declaration
fn make<T: Default>() -> T { T::default() } // the parameter shadows the struct `T`
struct Wrapper<X> { inner: X }
impl<X: Clone> Wrapper<X> {
    fn get(&self) -> X { self.inner.clone() } // the impl's `X` in a method
}
fn sum(items: &[u8]) -> u8 {
    let mut total = 0;
    for item in items { total += item; } // `item` in the loop body
    let mut it = items.iter();
    while let Some(next) = it.next() { total += next; }
    total
}
fn main() {
    early(); // declared later in this block
    fn early() {}
    let x = 1u8;
    let x = x as u16 + 1; // the initializer sees the earlier `x`
    let _: u16 = x;
    let value = 2u16;
    fn value() {} // the local shadows this function after the `let`
    let _: u16 = value;
    fn top() -> u16 { 2 } // shadows the module's `top` in this block
    let _: u16 = top();
    fn helper() -> u8 { 1 }
    fn uses() -> u8 { helper() } // another item of the block
    let add = |d: u16| x + d; // a closure sees `x`
    match Some(3u8) {
        Some(n) if n > 2 => { let _ = n; }
        _ => {}
    }
    let o = Some(1u8);
    if let Some(a) = o && let Some(b) = a.checked_add(1) && b > a { let _ = b; }
    'outer: loop {
        'outer: loop { break 'outer; } // shadows the outer label (a warning)
        break 'outer;
    }
    let _: u8 = make();
    let _: T = T;
    let _ = (convert::<u8, u16>(1), Wrapper { inner: 1u8 }.get(), sum(&[1]), add(1), uses());
}
