//@ reference: macro.procedural.attribute.inner
//@ aux-build: auxiliary/spec_proc.rs
//@ compile-fail: E0658
// An attribute macro cannot be an inner attribute.
mod m {
    #![spec_proc::replace_with] //~ E0658
}
fn main() {}
