//@ reference: abi.extern.c
//@ check-pass
// The listed types pass the `improper_ctypes_definitions` lint, denied here.
#![deny(improper_ctypes_definitions)]
use std::num::NonZero;
#[repr(C)]
pub struct Pair { a: i32, b: f64 }
#[repr(transparent)]
pub struct Meters(f32);
pub extern "C" fn all(
    _a: i8, _b: u64, _c: f32, _d: bool, _e: *const Pair, _f: &Pair, _g: Box<u8>,
    _h: extern "C" fn(i32) -> i32, _i: Pair, _j: Meters, _k: Option<&u8>,
    _l: Option<extern "C" fn()>, _m: Option<NonZero<u32>>, _n: Option<Box<u8>>,
) -> usize { 0 }
fn main() {}
