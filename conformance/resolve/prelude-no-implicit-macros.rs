//@ reference: resolve.prelude.no-implicit.macros
//@ error: cannot find macro `println` in this scope
//@ compile-fail
#[no_implicit_prelude]
mod m {
    pub fn f() {
        ::std::println!("named by path");
        println!("x");
    }
}
fn main() {}
