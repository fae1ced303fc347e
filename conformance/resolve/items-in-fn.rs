//@ reference: resolve.scope.items-in-functions
//@ compile-fail: E0434
fn main() {
    let x = 5;
    fn inner() -> i32 {
        x //~ E0434
    }
}
