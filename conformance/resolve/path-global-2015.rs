//@ reference: resolve.path.global.edition2015
//@ edition: 2015
//@ check-pass
mod m { pub fn f() {} }
fn main() {
    ::m::f(); // the crate root in 2015
}
