//@ reference: unsafeck.operations.target-feature
//@ compile-fail: E0133
// A safe function with `#[target_feature]` may be called safely only from a function enabling the same features.
#[cfg_attr(target_arch = "x86_64", target_feature(enable = "avx2"))]
#[cfg_attr(target_arch = "aarch64", target_feature(enable = "sve"))]
fn fast() {}
#[cfg_attr(target_arch = "x86_64", target_feature(enable = "avx2"))]
#[cfg_attr(target_arch = "aarch64", target_feature(enable = "sve"))]
fn also_fast() {
    fast();
}
fn main() {
    unsafe { fast() };
    fast(); //~ E0133
}
