//@ reference: abi.symbol.no_mangle
//@ run-pass
// A private `no_mangle` function is reachable through a foreign declaration of its identifier.
#[unsafe(no_mangle)]
extern "C" fn spec2_private_twice(x: i32) -> i32 { x * 2 }
mod foreign {
    unsafe extern "C" {
        pub safe fn spec2_private_twice(x: i32) -> i32;
    }
}
fn main() {
    assert_eq!(foreign::spec2_private_twice(21), 42);
}
