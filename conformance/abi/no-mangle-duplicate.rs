//@ reference: abi.symbol.no_mangle
//@ compile-fail
//@ error: symbol `spec2_same` is already defined
mod a {
    #[unsafe(no_mangle)]
    pub extern "C" fn spec2_same() {}
}
mod b {
    #[unsafe(no_mangle)]
    pub extern "C" fn spec2_same() {}
}
fn main() { a::spec2_same(); b::spec2_same(); }
