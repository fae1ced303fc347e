//@ reference: abi.string.system
//@ run-pass
// On non-Windows targets `"system"` uses the `"C"` convention, yet the two function pointer types differ.
#[cfg(not(windows))]
fn main() {
    extern "system" fn f(x: i32) -> i32 { x + 1 }
    let p: extern "system" fn(i32) -> i32 = f;
    assert_eq!(p(1), 2);
    assert_ne!(
        std::any::TypeId::of::<extern "system" fn(i32) -> i32>(),
        std::any::TypeId::of::<extern "C" fn(i32) -> i32>()
    );
}
#[cfg(windows)]
fn main() {}
