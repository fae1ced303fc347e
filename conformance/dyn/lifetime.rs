//@ reference: dyn.lifetime.meaning
//@ reference: dyn.lifetime.default
//@ compile-fail
//@ error: lifetime may not live long enough
fn f(x: &u8) -> Box<dyn std::fmt::Debug> { // `+ 'static` by default
    Box::new(x)
}
fn main() {}
