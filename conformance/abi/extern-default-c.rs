//@ reference: abi.string.default
//@ check-pass
#[allow(missing_abi)]
extern fn callback() {}
fn plain() {}
fn main() {
    let c: extern "C" fn() = callback; // `extern` alone is `extern "C"`
    let r: fn() = plain; // no `extern`: the "Rust" ABI
    c();
    r();
}
