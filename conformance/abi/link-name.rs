//@ reference: abi.symbol.link_name
//@ run-pass
// The declaration `magnitude` refers to the C library's `abs`.
unsafe extern "C" {
    #[link_name = "abs"]
    safe fn magnitude(x: std::ffi::c_int) -> std::ffi::c_int;
}
fn main() {
    assert_eq!(magnitude(-5), 5);
}
