//@ reference: resolve.path.const-arg-braces
//@ error: expressions must be enclosed in braces to be used as const generic arguments
//@ compile-fail
fn f<const N: usize>() -> usize { N }
fn main() {
    let _ = f::<{ 1 + 2 }>();
    let _ = f::<3>();
    let _ = f::<1 + 2>();
}
