//! Issue 5 (RSS, startup): the plain `cargo build --release` links the
//! `tauraro` executable statically and in the order of perf/symbol-order.txt
//! (.cargo/rustc-bin.sh). These tests read the built executable's ELF headers
//! and tell when either has stopped: the build config was lost, or the order
//! file no longer names this build's functions (rerun perf/symbol-order.sh).
use std::collections::HashMap;

const PT_INTERP: u32 = 3;
const SHT_SYMTAB: u32 = 2;
const STT_FUNC: u8 = 2;

fn u16_at(b: &[u8], o: usize) -> usize {
    u16::from_le_bytes(b[o..o + 2].try_into().unwrap()) as usize
}
fn u32_at(b: &[u8], o: usize) -> u32 {
    u32::from_le_bytes(b[o..o + 4].try_into().unwrap())
}
fn u64_at(b: &[u8], o: usize) -> usize {
    u64::from_le_bytes(b[o..o + 8].try_into().unwrap()) as usize
}

/// The executable's bytes (an ELF64 little-endian file).
fn exe() -> Vec<u8> {
    let b = std::fs::read(env!("CARGO_BIN_EXE_tauraro")).unwrap();
    assert_eq!(&b[..6], b"\x7fELF\x02\x01", "not an ELF64 little-endian file");
    b
}

/// The program headers' types.
fn segment_types(b: &[u8]) -> Vec<u32> {
    let (off, size, n) = (u64_at(b, 0x20), u16_at(b, 0x36), u16_at(b, 0x38));
    (0..n).map(|i| u32_at(b, off + i * size)).collect()
}

/// Function symbols of .symtab: name -> address.
fn functions(b: &[u8]) -> HashMap<String, usize> {
    let (off, size, n) = (u64_at(b, 0x28), u16_at(b, 0x3a), u16_at(b, 0x3c));
    let sh = |i: usize| off + i * size;
    let symtab = (0..n).map(sh).find(|&h| u32_at(b, h + 4) == SHT_SYMTAB).expect("no .symtab (stripped?)");
    let strtab = sh(u32_at(b, symtab + 0x28) as usize);
    let (syms, len, strs) = (u64_at(b, symtab + 0x18), u64_at(b, symtab + 0x20), u64_at(b, strtab + 0x18));
    let mut out = HashMap::new();
    for s in (syms..syms + len).step_by(24) {
        if b[s + 4] & 0xf != STT_FUNC {
            continue;
        }
        let name = &b[strs + u32_at(b, s) as usize..];
        let name = &name[..name.iter().position(|&c| c == 0).unwrap()];
        out.insert(String::from_utf8_lossy(name).into_owned(), u64_at(b, s + 8));
    }
    out
}

fn order_file() -> Vec<String> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/perf/symbol-order.txt");
    std::fs::read_to_string(path).unwrap().lines().map(str::to_string).collect()
}

/// Built with TAURARO_DYNAMIC=1 (the wrapper's off switch): nothing to check.
fn dynamic_build() -> bool {
    if std::env::var_os("TAURARO_DYNAMIC").is_some() {
        eprintln!("TAURARO_DYNAMIC is set: the executable is linked dynamically; skipped");
        return true;
    }
    false
}

#[test]
fn executable_is_static() {
    if dynamic_build() {
        return;
    }
    let types = segment_types(&exe());
    assert!(!types.is_empty());
    assert!(
        !types.contains(&PT_INTERP),
        "target/release/tauraro asks for a dynamic loader: .cargo/rustc-bin.sh did not add +crt-static"
    );
}

/// The name without the suffixes that change between builds (legacy hash
/// `17h<16 hex>E`, local `.llvm.<n>`): .cargo/link-bin.sh's rule for names of
/// the order file that this build does not have.
fn key(name: &str) -> &str {
    let name = name.split(".llvm.").next().unwrap();
    let n = name.len();
    let hashed = n > 20 && name.ends_with('E') && &name[n - 20..n - 17] == "17h";
    if hashed && name[n - 17..n - 1].bytes().all(|c| c.is_ascii_hexdigit()) {
        &name[..n - 20]
    } else {
        name
    }
}

/// At least 90% of the order file's names are functions of this build (by
/// name, or by key() as the linker script resolves them), and the linker laid
/// them out in that order: addresses rise along the file, except where several
/// names share one input section, as in libc.a's objects.
#[test]
fn symbol_order_is_current_and_applied() {
    if dynamic_build() {
        return;
    }
    let funcs = functions(&exe());
    let mut by_key: HashMap<&str, usize> = HashMap::new();
    for (name, &addr) in &funcs {
        let a = by_key.entry(key(name)).or_insert(addr);
        *a = (*a).min(addr);
    }
    let names = order_file();
    assert!(names.len() > 500, "perf/symbol-order.txt has only {} names", names.len());
    let addrs: Vec<usize> =
        names.iter().filter_map(|n| funcs.get(n.as_str()).or_else(|| by_key.get(key(n))).copied()).collect();
    let found = addrs.len() * 100 / names.len();
    assert!(
        found >= 90,
        "only {found}% of perf/symbol-order.txt's {} names are functions of the executable: \
         regenerate it with perf/symbol-order.sh",
        names.len()
    );
    let rising = addrs.windows(2).filter(|w| w[0] < w[1]).count() * 100 / (addrs.len() - 1);
    assert!(rising >= 90, "only {rising}% of the ordered functions follow the file's order: is it passed to the linker?");
}

#[test]
fn key_drops_build_suffixes() {
    assert_eq!(key("_ZN7tauraro3run17ha4f00878c9e2c6deE"), "_ZN7tauraro3run");
    assert_eq!(key("_ZN5alloc3str7replace17h04dabc195b2a473bE.llvm.148696932"), "_ZN5alloc3str7replace");
    assert_eq!(key("_RNvNtCsjrHSEGnQ3l9_3std6thread5sleep"), "_RNvNtCsjrHSEGnQ3l9_3std6thread5sleep");
    assert_eq!(key("memcpy"), "memcpy");
}
