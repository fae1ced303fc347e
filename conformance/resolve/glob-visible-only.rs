//@ reference: resolve.glob.visible-only
//@ compile-fail: E0425
mod m {
    fn hidden() {}
    pub fn shown() {}
}
use m::*;
fn main() {
    shown();
    hidden(); //~ E0425
}
