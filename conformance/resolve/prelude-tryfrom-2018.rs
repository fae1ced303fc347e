//@ reference: resolve.prelude.std.edition2021
//@ edition: 2018
//@ compile-fail: E0599
fn main() {
    let _x = u8::try_from(1i32); //~ E0599
}
