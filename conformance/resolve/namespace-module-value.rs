//@ reference: resolve.namespace.module-not-value
//@ compile-fail: E0423
mod m {}
fn main() {
    let _x = m; //~ E0423
}
