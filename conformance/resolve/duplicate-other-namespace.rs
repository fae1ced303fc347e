//@ reference: resolve.namespace.duplicate
//@ reference: resolve.namespace.independence
//@ check-pass
use std::fmt::Debug as f; // the type namespace
fn f() {} // the value namespace: no conflict
trait T: f {}
fn main() {
    f();
}
