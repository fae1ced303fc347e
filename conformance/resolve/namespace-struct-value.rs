//@ reference: resolve.namespace.struct-both
//@ reference: resolve.namespace.expected-kind
//@ compile-fail: E0423
struct Named { a: u8 }
fn main() {
    let _s = Named; //~ E0423
}
