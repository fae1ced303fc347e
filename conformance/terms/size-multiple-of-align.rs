//@ reference: terms.size
//@ reference: terms.alignment
//@ run-pass
use std::mem::{align_of, size_of};
struct Odd { _a: u32, _b: u8 }
fn main() {
    assert_eq!(size_of::<Odd>() % align_of::<Odd>(), 0); // padding included
    assert!(align_of::<Odd>().is_power_of_two());
    let arr = [Odd { _a: 0, _b: 0 }, Odd { _a: 0, _b: 0 }];
    let step = (&arr[1] as *const Odd as usize) - (&arr[0] as *const Odd as usize);
    assert_eq!(step, size_of::<Odd>());
}
