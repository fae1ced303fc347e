//@ reference: mir.lower.elaboration
//@ run-pass
//@ stdout: moved: drop a
//@ stdout: end of kept
//@ stdout: drop b
// A value moved out on one path only is dropped at the end of its scope only if it was not moved.
struct Loud(&'static str);
impl Drop for Loud {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}
fn maybe_move(x: Loud, take: bool) {
    if take {
        print!("moved: ");
        drop(x);
    }
}
fn kept(x: Loud, take: bool) {
    if take {
        drop(x);
    }
    println!("end of kept");
}
fn main() {
    maybe_move(Loud("a"), std::hint::black_box(true));
    kept(Loud("b"), std::hint::black_box(false));
}
