//@ reference: resolve.scope.local.forbidden
//@ compile-fail: E0530
static LIMIT: i32 = 1;
fn main() {
    let LIMIT = 2; //~ E0530
}
