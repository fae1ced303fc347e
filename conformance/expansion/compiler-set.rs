//@ reference: expand.cfg.compiler-set
//@ run-pass
// The implementation's options agree with the target the program runs on.
fn main() {
    let bits = usize::BITS;
    assert_eq!(cfg!(target_pointer_width = "64"), bits == 64);
    assert_eq!(cfg!(target_pointer_width = "32"), bits == 32);
    let little = 1u16.to_ne_bytes()[0] == 1;
    assert_eq!(cfg!(target_endian = "little"), little);
    assert_eq!(cfg!(target_endian = "big"), !little);
    assert_eq!(cfg!(unix), cfg!(target_family = "unix"));
    assert_eq!(cfg!(windows), cfg!(target_family = "windows"));
    assert_eq!(cfg!(target_os = "linux"), std::env::consts::OS == "linux");
    assert_eq!(cfg!(target_arch = "x86_64"), std::env::consts::ARCH == "x86_64");
    assert_eq!(cfg!(panic = "unwind"), !cfg!(panic = "abort"));
    assert!(!cfg!(test));
    assert!(!cfg!(proc_macro));
}
