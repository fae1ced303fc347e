//@ reference: crate.crates.tree
//@ reference: crate.crates.root
//@ run-pass
mod a {
    pub mod b {
        pub fn f() -> &'static str { module_path!() }
    }
}
fn main() {
    assert_eq!(crate::a::b::f(), "conformance::a::b");
}
