//@ reference: mir.storage.dead
//@ run-pass
//@ stdout: dropped 1
// Ending a variable's storage does not itself drop it: a value moved out is dropped once, where it ends up.
struct Loud(u8);
impl Drop for Loud {
    fn drop(&mut self) {
        println!("dropped {}", self.0);
    }
}
fn main() {
    let kept;
    {
        let inner = Loud(1);
        kept = inner;
    }
    std::mem::forget(kept);
    let other = Loud(1);
    drop(other);
}
