//@ reference: resolve.use.rename
//@ compile-fail: E0425
mod m { pub fn area() {} }
use m::area as surface;
fn main() {
    surface();
    area(); //~ E0425
}
