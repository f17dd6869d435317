//! Pattern parser: Python regular-expression syntax to a [`Node`] tree, with
//! the error messages and positions of CPython 3.11's `sre_parse`. Flags
//! that scope over sub-patterns (`(?i:...)`) are baked into the nodes.

use std::collections::HashMap;

pub const IGNORECASE: u32 = 2;
pub const LOCALE: u32 = 4;
pub const MULTILINE: u32 = 8;
pub const DOTALL: u32 = 16;
pub const UNICODE: u32 = 32;
pub const VERBOSE: u32 = 64;
pub const DEBUG: u32 = 128;
pub const ASCII: u32 = 256;
const TEMPLATE: u32 = 1;
const TYPE_FLAGS: u32 = ASCII | LOCALE | UNICODE;
const GLOBAL_FLAGS: u32 = DEBUG | TEMPLATE;
/// sre's MAXREPEAT (an unbounded `max`).
pub const MAXREPEAT: u32 = u32::MAX;
const MAXGROUPS: usize = (i32::MAX / 2) as usize;

/// Character class escapes (`\d \w \s` and negations).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Cat {
    Digit,
    NotDigit,
    Space,
    NotSpace,
    Word,
    NotWord,
}

/// A `[...]` class (or a category escape outside brackets).
#[derive(Clone, Debug, PartialEq)]
pub struct Class {
    pub neg: bool,
    pub ranges: Vec<(u32, u32)>,
    pub cats: Vec<Cat>,
}

/// Zero-width assertions.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum At {
    /// `^` without MULTILINE, `\A`.
    Begin,
    /// `^` with MULTILINE.
    BeginLine,
    /// `$` without MULTILINE: end, or before a final newline.
    End,
    /// `$` with MULTILINE.
    EndLine,
    /// `\Z`.
    EndString,
    /// `\b` / `\B` (bool: ASCII word chars only).
    Boundary(bool),
    NonBoundary(bool),
}

#[derive(Clone, Debug, PartialEq)]
pub enum Node {
    Empty,
    /// A literal; `icase` compares lowercased, `ascii` limits case folding to ASCII.
    Char { c: u32, icase: bool, ascii: bool },
    /// `.` (`all`: DOTALL, also matches `\n`).
    Any { all: bool },
    Set { class: Box<Class>, icase: bool, ascii: bool },
    Cat(Vec<Node>),
    Alt(Vec<Node>),
    Group(usize, Box<Node>),
    Repeat { node: Box<Node>, min: u32, max: u32, kind: RepKind },
    At(At),
    Backref { group: usize, icase: bool, ascii: bool },
    Look { behind: bool, neg: bool, node: Box<Node> },
    Atomic(Box<Node>),
    GroupExists { group: usize, yes: Box<Node>, no: Box<Node> },
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum RepKind {
    Greedy,
    Lazy,
    Possessive,
}

/// A parse error: message and position (None: no position, as sre_compile's errors).
#[derive(Debug, PartialEq)]
pub struct Error {
    pub msg: String,
    pub pos: Option<usize>,
    /// An OverflowError / ValueError rather than re.error.
    pub kind: ErrKind,
}

#[derive(Debug, PartialEq, Clone, Copy)]
pub enum ErrKind {
    Re,
    Overflow,
    Value,
    /// Nesting too deep (CPython's recursive parser raises RecursionError).
    Recursion,
}

/// Deepest `nested` level accepted (about 1000 nested groups; CPython's
/// recursive parser gives up earlier).
const MAX_NESTING: usize = 2000;

/// A parsed pattern.
pub struct Parsed {
    pub node: Node,
    /// Number of capturing groups.
    pub groups: usize,
    pub names: Vec<(String, usize)>,
    /// Flags incl. the global inline ones and UNICODE for str patterns.
    pub flags: u32,
}

type R<T> = Result<T, Error>;

struct State {
    flags: u32,
    /// Per group (index 0 unused): closed yet?
    closed: Vec<bool>,
    names: HashMap<String, usize>,
    name_order: Vec<(String, usize)>,
    lookbehind_groups: Option<usize>,
    grouprefpos: Vec<(usize, usize)>,
}

impl State {
    fn groups(&self) -> usize {
        self.closed.len()
    }
    fn checkgroup(&self, g: usize) -> bool {
        g < self.groups() && self.closed[g]
    }
}

struct Source<'a> {
    s: &'a [char],
    /// Start of the next token (= sre's `tell()`).
    i: usize,
}

/// A token: one char, or a backslash and the char after it.
#[derive(Clone, Copy, PartialEq)]
enum Tok {
    C(char),
    Esc(char),
}

impl Tok {
    fn len(self) -> usize {
        match self {
            Tok::C(_) => 1,
            Tok::Esc(_) => 2,
        }
    }
    fn text(self) -> String {
        match self {
            Tok::C(c) => c.to_string(),
            Tok::Esc(c) => format!("\\{c}"),
        }
    }
}

fn err(msg: impl Into<String>, pos: usize) -> Error {
    Error { msg: msg.into(), pos: Some(pos), kind: ErrKind::Re }
}

impl<'a> Source<'a> {
    fn peek(&self) -> R<Option<Tok>> {
        match self.s.get(self.i) {
            None => Ok(None),
            Some('\\') => match self.s.get(self.i + 1) {
                Some(&c) => Ok(Some(Tok::Esc(c))),
                None => Err(err("bad escape (end of pattern)", self.s.len() - 1)),
            },
            Some(&c) => Ok(Some(Tok::C(c))),
        }
    }
    fn get(&mut self) -> R<Option<Tok>> {
        let t = self.peek()?;
        if let Some(t) = t {
            self.i += t.len();
        }
        Ok(t)
    }
    fn next_is(&self, c: char) -> bool {
        matches!(self.peek(), Ok(Some(Tok::C(x))) if x == c)
    }
    fn eat(&mut self, c: char) -> bool {
        if self.next_is(c) {
            self.i += 1;
            true
        } else {
            false
        }
    }
    fn next_in(&self, set: &str) -> Option<char> {
        match self.peek() {
            Ok(Some(Tok::C(c))) if set.contains(c) => Some(c),
            _ => None,
        }
    }
    /// `source.error(msg, offset)`.
    fn error(&self, msg: impl Into<String>, offset: usize) -> Error {
        err(msg, self.i - offset)
    }
    /// Up to `n` chars from `set` (sre's getwhile).
    fn getwhile(&mut self, n: usize, set: &str) -> String {
        let mut out = String::new();
        for _ in 0..n {
            match self.next_in(set) {
                Some(c) => {
                    out.push(c);
                    self.i += 1;
                }
                None => break,
            }
        }
        out
    }
    fn getuntil(&mut self, term: char, name: &str) -> R<String> {
        let mut out = String::new();
        loop {
            let t = self.get()?;
            match t {
                None => {
                    if out.is_empty() {
                        return Err(self.error(format!("missing {name}"), 0));
                    }
                    return Err(self.error(format!("missing {term}, unterminated name"), out.chars().count()));
                }
                Some(Tok::C(c)) if c == term => {
                    if out.is_empty() {
                        return Err(self.error(format!("missing {name}"), 1));
                    }
                    return Ok(out);
                }
                Some(t) => out.push_str(&t.text()),
            }
        }
    }
}

const DIGITS: &str = "0123456789";
const OCTDIGITS: &str = "01234567";
const HEXDIGITS: &str = "0123456789abcdefABCDEF";

fn flag_of(c: char) -> Option<u32> {
    Some(match c {
        'i' => IGNORECASE,
        'L' => LOCALE,
        'm' => MULTILINE,
        's' => DOTALL,
        'x' => VERBOSE,
        'a' => ASCII,
        't' => TEMPLATE,
        'u' => UNICODE,
        _ => return None,
    })
}

fn is_identifier(s: &str) -> bool {
    let mut it = s.chars();
    match it.next() {
        Some(c) if c == '_' || c.is_alphabetic() => {}
        _ => return false,
    }
    it.all(|c| c == '_' || c.is_alphanumeric())
}

/// Parse `pattern` with `flags` (a str pattern).
pub fn parse(pattern: &[char], flags: u32) -> R<Parsed> {
    let mut src = Source { s: pattern, i: 0 };
    let mut st = State {
        flags,
        closed: vec![true],
        names: HashMap::new(),
        name_order: Vec::new(),
        lookbehind_groups: None,
        grouprefpos: Vec::new(),
    };
    let verbose = flags & VERBOSE != 0;
    let node = parse_sub(&mut src, &mut st, verbose, 0, flags)?;
    let mut f = st.flags;
    if f & LOCALE != 0 {
        return Err(Error { msg: "cannot use LOCALE flag with a str pattern".into(), pos: None, kind: ErrKind::Value });
    }
    if f & ASCII == 0 {
        f |= UNICODE;
    } else if f & UNICODE != 0 {
        return Err(Error { msg: "ASCII and UNICODE flags are incompatible".into(), pos: None, kind: ErrKind::Value });
    }
    if src.peek()?.is_some() {
        return Err(src.error("unbalanced parenthesis", 0));
    }
    for &(g, pos) in &st.grouprefpos {
        if g >= st.groups() {
            return Err(err(format!("invalid group reference {g}"), pos));
        }
    }
    Ok(Parsed { node, groups: st.groups() - 1, names: st.name_order, flags: f })
}

fn parse_sub(src: &mut Source, st: &mut State, verbose: bool, nested: usize, flags: u32) -> R<Node> {
    let mut items = Vec::new();
    loop {
        let first = nested == 0 && items.is_empty();
        // Global flags set at the start apply to everything after them.
        let fl = if nested == 0 { st.flags } else { flags };
        let v = if nested == 0 { st.flags & VERBOSE != 0 } else { verbose };
        items.push(parse_seq(src, st, v, nested + 1, first, fl)?);
        if !src.eat('|') {
            break;
        }
    }
    if items.len() == 1 {
        return Ok(items.pop().unwrap());
    }
    Ok(Node::Alt(items))
}

fn is_repeat(n: &Node) -> bool {
    matches!(n, Node::Repeat { .. })
}

fn parse_seq(src: &mut Source, st: &mut State, mut verbose: bool, nested: usize, first: bool, mut flags: u32) -> R<Node> {
    let mut seq: Vec<Node> = Vec::new();
    let icase = |f: u32| f & IGNORECASE != 0;
    let ascii = |f: u32| f & ASCII != 0;
    loop {
        let this = match src.peek()? {
            None => break,
            Some(Tok::C('|')) | Some(Tok::C(')')) => break,
            Some(t) => t,
        };
        src.get()?;
        let c = match this {
            Tok::Esc(e) => {
                seq.push(escape(src, st, e, flags)?);
                continue;
            }
            Tok::C(c) => c,
        };
        if verbose {
            if " \t\n\r\x0b\x0c".contains(c) {
                continue;
            }
            if c == '#' {
                loop {
                    match src.get()? {
                        None | Some(Tok::C('\n')) => break,
                        _ => {}
                    }
                }
                continue;
            }
        }
        match c {
            '[' => {
                let here = src.i - 1;
                let class = parse_class(src, here)?;
                seq.push(Node::Set { class: Box::new(class), icase: icase(flags), ascii: ascii(flags) });
            }
            '*' | '+' | '?' | '{' => {
                let here = src.i;
                let (min, max) = match c {
                    '?' => (0, 1),
                    '*' => (0, MAXREPEAT),
                    '+' => (1, MAXREPEAT),
                    _ => {
                        if src.next_is('}') {
                            seq.push(lit('{', flags));
                            continue;
                        }
                        let lo = src.getwhile(usize::MAX, DIGITS);
                        let hi = if src.eat(',') { src.getwhile(usize::MAX, DIGITS) } else { lo.clone() };
                        if !src.eat('}') {
                            seq.push(lit('{', flags));
                            src.i = here;
                            continue;
                        }
                        let num = |s: &str| -> R<u32> {
                            match s.parse::<u64>() {
                                Ok(n) if n < MAXREPEAT as u64 => Ok(n as u32),
                                _ => Err(Error {
                                    msg: "the repetition number is too large".into(),
                                    pos: None,
                                    kind: ErrKind::Overflow,
                                }),
                            }
                        };
                        let min = if lo.is_empty() { 0 } else { num(&lo)? };
                        let max = if hi.is_empty() { MAXREPEAT } else { num(&hi)? };
                        if !hi.is_empty() && max < min {
                            return Err(err("min repeat greater than max repeat", here));
                        }
                        (min, max)
                    }
                };
                let item = match seq.pop() {
                    None | Some(Node::At(_)) => return Err(err("nothing to repeat", here - 1)),
                    Some(n) if is_repeat(&n) => return Err(err("multiple repeat", here - 1)),
                    Some(n) => n,
                };
                let kind = if src.eat('?') {
                    RepKind::Lazy
                } else if src.eat('+') {
                    RepKind::Possessive
                } else {
                    RepKind::Greedy
                };
                seq.push(Node::Repeat { node: Box::new(item), min, max, kind });
            }
            '.' => seq.push(Node::Any { all: flags & DOTALL != 0 }),
            '(' => {
                let start = src.i - 1;
                match paren(src, st, verbose, nested, first && seq.is_empty(), flags, start)? {
                    Paren::Node(n) => seq.push(n),
                    Paren::Nothing => {}
                    Paren::Global => {
                        flags = st.flags;
                        verbose = st.flags & VERBOSE != 0;
                    }
                }
            }
            '^' => seq.push(Node::At(if flags & MULTILINE != 0 { At::BeginLine } else { At::Begin })),
            '$' => seq.push(Node::At(if flags & MULTILINE != 0 { At::EndLine } else { At::End })),
            c => seq.push(lit(c, flags)),
        }
    }
    Ok(match seq.len() {
        0 => Node::Empty,
        1 => seq.pop().unwrap(),
        _ => Node::Cat(seq),
    })
}

fn lit(c: char, flags: u32) -> Node {
    Node::Char { c: c as u32, icase: flags & IGNORECASE != 0, ascii: flags & ASCII != 0 }
}

enum Paren {
    Node(Node),
    Nothing,
    Global,
}

#[allow(clippy::too_many_arguments)]
fn paren(src: &mut Source, st: &mut State, verbose: bool, nested: usize, first: bool, flags: u32, start: usize) -> R<Paren> {
    let mut capture = true;
    let mut atomic = false;
    let mut name: Option<String> = None;
    let mut sub_flags = flags;
    let mut sub_verbose = verbose;
    if nested > MAX_NESTING {
        return Err(Error { msg: "maximum recursion depth exceeded".into(), pos: None, kind: ErrKind::Recursion });
    }
    if src.eat('?') {
        let ch = match src.get()? {
            None => return Err(src.error("unexpected end of pattern", 0)),
            Some(t) => t,
        };
        match ch {
            Tok::C('P') => {
                if src.eat('<') {
                    let n = src.getuntil('>', "group name")?;
                    if !is_identifier(&n) {
                        return Err(src.error(format!("bad character in group name {}", crate::runtime::repr::str_repr(&n)), n.chars().count() + 1));
                    }
                    name = Some(n);
                } else if src.eat('=') {
                    let n = src.getuntil(')', "group name")?;
                    let off = n.chars().count() + 1;
                    if !is_identifier(&n) {
                        return Err(src.error(format!("bad character in group name {}", crate::runtime::repr::str_repr(&n)), off));
                    }
                    let Some(&gid) = st.names.get(&n) else {
                        return Err(src.error(format!("unknown group name {}", crate::runtime::repr::str_repr(&n)), off));
                    };
                    if !st.checkgroup(gid) {
                        return Err(src.error("cannot refer to an open group", off));
                    }
                    check_lookbehind_group(src, st, gid)?;
                    return Ok(Paren::Node(Node::Backref { group: gid, icase: flags & IGNORECASE != 0, ascii: flags & ASCII != 0 }));
                } else {
                    return match src.get()? {
                        None => Err(src.error("unexpected end of pattern", 0)),
                        Some(t) => Err(src.error(format!("unknown extension ?P{}", t.text()), t.len() + 2)),
                    };
                }
            }
            Tok::C(':') => capture = false,
            Tok::C('#') => loop {
                match src.get()? {
                    None => return Err(src.error("missing ), unterminated comment", src.i - start)),
                    Some(Tok::C(')')) => return Ok(Paren::Nothing),
                    _ => {}
                }
            },
            Tok::C(c @ ('=' | '!' | '<')) => {
                let mut c = c;
                let mut behind = false;
                let saved = st.lookbehind_groups;
                if c == '<' {
                    match src.get()? {
                        None => return Err(src.error("unexpected end of pattern", 0)),
                        Some(Tok::C(x @ ('=' | '!'))) => c = x,
                        Some(t) => return Err(src.error(format!("unknown extension ?<{}", t.text()), t.len() + 2)),
                    }
                    behind = true;
                    if saved.is_none() {
                        st.lookbehind_groups = Some(st.groups());
                    }
                }
                let p = parse_sub(src, st, verbose, nested + 1, flags)?;
                if behind && saved.is_none() {
                    st.lookbehind_groups = None;
                }
                if !src.eat(')') {
                    return Err(src.error("missing ), unterminated subpattern", src.i - start));
                }
                return Ok(Paren::Node(Node::Look { behind, neg: c == '!', node: Box::new(p) }));
            }
            Tok::C('(') => {
                let cond = src.getuntil(')', "group name")?;
                let off = cond.chars().count() + 1;
                let group = if is_identifier(&cond) {
                    match st.names.get(&cond) {
                        Some(&g) => g,
                        None => return Err(src.error(format!("unknown group name {}", crate::runtime::repr::str_repr(&cond)), off)),
                    }
                } else {
                    let g = match cond.parse::<u64>() {
                        Ok(g) if !cond.starts_with('+') => g as usize,
                        _ => return Err(src.error(format!("bad character in group name {}", crate::runtime::repr::str_repr(&cond)), off)),
                    };
                    if g == 0 {
                        return Err(src.error("bad group number", off));
                    }
                    if g >= MAXGROUPS {
                        return Err(src.error(format!("invalid group reference {g}"), off));
                    }
                    if !st.grouprefpos.iter().any(|&(x, _)| x == g) {
                        st.grouprefpos.push((g, src.i - off));
                    }
                    g
                };
                check_lookbehind_group(src, st, group)?;
                let yes = parse_seq(src, st, verbose, nested + 1, false, flags)?;
                let no = if src.eat('|') {
                    let n = parse_seq(src, st, verbose, nested + 1, false, flags)?;
                    if src.next_is('|') {
                        return Err(src.error("conditional backref with more than two branches", 0));
                    }
                    n
                } else {
                    Node::Empty
                };
                if !src.eat(')') {
                    return Err(src.error("missing ), unterminated subpattern", src.i - start));
                }
                return Ok(Paren::Node(Node::GroupExists { group, yes: Box::new(yes), no: Box::new(no) }));
            }
            Tok::C('>') => {
                capture = false;
                atomic = true;
            }
            Tok::C(c) if c == '-' || flag_of(c).is_some() => {
                match parse_flags(src, st, c)? {
                    None => {
                        if !first {
                            return Err(src.error("global flags not at the start of the expression", src.i - start));
                        }
                        return Ok(Paren::Global);
                    }
                    Some((add, del)) => {
                        sub_flags = (flags | add) & !del;
                        if add & ASCII != 0 {
                            sub_flags &= !UNICODE;
                        }
                        sub_verbose = (verbose || add & VERBOSE != 0) && del & VERBOSE == 0;
                        capture = false;
                    }
                }
            }
            t => return Err(src.error(format!("unknown extension ?{}", t.text()), t.len() + 1)),
        }
    }
    let group = if capture {
        let gid = st.groups();
        st.closed.push(false);
        if gid > MAXGROUPS {
            return Err(src.error("too many groups", 0));
        }
        if let Some(n) = &name {
            if let Some(&og) = st.names.get(n) {
                let msg = format!("redefinition of group name {} as group {gid}; was group {og}", crate::runtime::repr::str_repr(n));
                return Err(src.error(msg, n.chars().count() + 1));
            }
            st.names.insert(n.clone(), gid);
            st.name_order.push((n.clone(), gid));
        }
        Some(gid)
    } else {
        None
    };
    let p = parse_sub(src, st, sub_verbose, nested + 1, sub_flags)?;
    if !src.eat(')') {
        return Err(src.error("missing ), unterminated subpattern", src.i - start));
    }
    if let Some(g) = group {
        st.closed[g] = true;
        return Ok(Paren::Node(Node::Group(g, Box::new(p))));
    }
    if atomic {
        return Ok(Paren::Node(Node::Atomic(Box::new(p))));
    }
    // A one-item Cat marks the group, so a repeat after it is not "multiple
    // repeat" / "nothing to repeat" (sre checks the group, not its content).
    Ok(Paren::Node(Node::Cat(vec![p])))
}

fn check_lookbehind_group(src: &Source, st: &State, gid: usize) -> R<()> {
    if let Some(lb) = st.lookbehind_groups {
        if !st.checkgroup(gid) {
            return Err(src.error("cannot refer to an open group", 0));
        }
        if gid >= lb {
            return Err(src.error("cannot refer to group defined in the same lookbehind subpattern", 0));
        }
    }
    Ok(())
}

/// Inline flags after `(?`; None for global flags `(?i)`, else (added, removed).
fn parse_flags(src: &mut Source, st: &mut State, first: char) -> R<Option<(u32, u32)>> {
    let mut add = 0;
    let mut del = 0;
    let mut ch = Tok::C(first);
    let get = |src: &mut Source, missing: &str| -> R<Tok> {
        match src.get()? {
            None => Err(src.error(missing.to_string(), 0)),
            Some(t) => Ok(t),
        }
    };
    let flag = |t: Tok| match t {
        Tok::C(c) => flag_of(c),
        Tok::Esc(_) => None,
    };
    let alpha = |t: Tok| matches!(t, Tok::C(c) if c.is_alphabetic());
    if first != '-' {
        loop {
            let f = flag(ch).unwrap();
            if ch == Tok::C('L') {
                return Err(src.error("bad inline flags: cannot use 'L' flag with a str pattern", 0));
            }
            add |= f;
            if f & TYPE_FLAGS != 0 && add & TYPE_FLAGS != f {
                return Err(src.error("bad inline flags: flags 'a', 'u' and 'L' are incompatible", 0));
            }
            ch = get(src, "missing -, : or )")?;
            if matches!(ch, Tok::C(')' | '-' | ':')) {
                break;
            }
            if flag(ch).is_none() {
                let msg = if alpha(ch) { "unknown flag" } else { "missing -, : or )" };
                return Err(src.error(msg, ch.len()));
            }
        }
    }
    if ch == Tok::C(')') {
        st.flags |= add;
        return Ok(None);
    }
    if add & GLOBAL_FLAGS != 0 {
        return Err(src.error("bad inline flags: cannot turn on global flag", 1));
    }
    if ch == Tok::C('-') {
        ch = get(src, "missing flag")?;
        if flag(ch).is_none() {
            let msg = if alpha(ch) { "unknown flag" } else { "missing flag" };
            return Err(src.error(msg, ch.len()));
        }
        loop {
            let f = flag(ch).unwrap();
            if f & TYPE_FLAGS != 0 {
                return Err(src.error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'", 0));
            }
            del |= f;
            ch = get(src, "missing :")?;
            if ch == Tok::C(':') {
                break;
            }
            if flag(ch).is_none() {
                let msg = if alpha(ch) { "unknown flag" } else { "missing :" };
                return Err(src.error(msg, ch.len()));
            }
        }
    }
    if del & GLOBAL_FLAGS != 0 {
        return Err(src.error("bad inline flags: cannot turn off global flag", 1));
    }
    if add & del != 0 {
        return Err(src.error("bad inline flags: flag turned on and off", 1));
    }
    Ok(Some((add, del)))
}

/// A class item: a literal char or a category.
enum ClassItem {
    Lit(u32),
    Cat(Cat),
}

fn category(c: char) -> Option<Cat> {
    Some(match c {
        'd' => Cat::Digit,
        'D' => Cat::NotDigit,
        's' => Cat::Space,
        'S' => Cat::NotSpace,
        'w' => Cat::Word,
        'W' => Cat::NotWord,
        _ => return None,
    })
}

fn simple_escape(c: char) -> Option<u32> {
    Some(match c {
        'a' => 7,
        'f' => 12,
        'n' => 10,
        'r' => 13,
        't' => 9,
        'v' => 11,
        '\\' => 92,
        _ => return None,
    })
}

/// `\x..`, `\u....`, `\U........`: None if `c` is not one of them.
fn hex_escape(src: &mut Source, c: char) -> R<Option<u32>> {
    let n = match c {
        'x' => 2,
        'u' => 4,
        'U' => 8,
        _ => return Ok(None),
    };
    let digits = src.getwhile(n, HEXDIGITS);
    let text = format!("\\{c}{digits}");
    if digits.len() != n {
        return Err(src.error(format!("incomplete escape {text}"), text.len()));
    }
    let v = u32::from_str_radix(&digits, 16).unwrap();
    if char::from_u32(v).is_none() && v > 0x10ffff {
        return Err(src.error(format!("bad escape {text}"), text.len()));
    }
    Ok(Some(v))
}

fn class_escape(src: &mut Source, c: char) -> R<ClassItem> {
    if c == 'b' {
        return Ok(ClassItem::Lit(8));
    }
    if let Some(v) = simple_escape(c) {
        return Ok(ClassItem::Lit(v));
    }
    if let Some(cat) = category(c) {
        return Ok(ClassItem::Cat(cat));
    }
    if let Some(v) = hex_escape(src, c)? {
        return Ok(ClassItem::Lit(v));
    }
    if OCTDIGITS.contains(c) {
        let more = src.getwhile(2, OCTDIGITS);
        let text = format!("\\{c}{more}");
        let v = u32::from_str_radix(&text[1..], 8).unwrap();
        if v > 0o377 {
            return Err(src.error(format!("octal escape value {text} outside of range 0-0o377"), text.len()));
        }
        return Ok(ClassItem::Lit(v));
    }
    if c.is_ascii_alphanumeric() {
        return Err(src.error(format!("bad escape \\{c}"), 2));
    }
    Ok(ClassItem::Lit(c as u32))
}

fn escape(src: &mut Source, st: &State, c: char, flags: u32) -> R<Node> {
    let ascii = flags & ASCII != 0;
    let at = |a: At| Ok(Node::At(a));
    match c {
        'A' => return at(At::Begin),
        'Z' => return at(At::EndString),
        'b' => return at(At::Boundary(ascii)),
        'B' => return at(At::NonBoundary(ascii)),
        _ => {}
    }
    if let Some(cat) = category(c) {
        let class = Class { neg: false, ranges: vec![], cats: vec![cat] };
        return Ok(Node::Set { class: Box::new(class), icase: false, ascii });
    }
    if let Some(v) = simple_escape(c) {
        return Ok(lit_u32(v, flags));
    }
    if let Some(v) = hex_escape(src, c)? {
        return Ok(lit_u32(v, flags));
    }
    if c == '0' {
        let more = src.getwhile(2, OCTDIGITS);
        return Ok(lit_u32(u32::from_str_radix(&format!("0{more}"), 8).unwrap(), flags));
    }
    if c.is_ascii_digit() {
        let mut text = format!("\\{c}");
        if let Some(d) = src.next_in(DIGITS) {
            src.i += 1;
            text.push(d);
            let b = text.as_bytes();
            if OCTDIGITS.contains(b[1] as char) && OCTDIGITS.contains(b[2] as char) {
                if let Some(d3) = src.next_in(OCTDIGITS) {
                    src.i += 1;
                    text.push(d3);
                    let v = u32::from_str_radix(&text[1..], 8).unwrap();
                    if v > 0o377 {
                        return Err(src.error(format!("octal escape value {text} outside of range 0-0o377"), text.len()));
                    }
                    return Ok(lit_u32(v, flags));
                }
            }
        }
        let group: usize = text[1..].parse().unwrap();
        if group < st.groups() {
            if !st.checkgroup(group) {
                return Err(src.error("cannot refer to an open group", text.len()));
            }
            check_lookbehind_group(src, st, group)?;
            return Ok(Node::Backref { group, icase: flags & IGNORECASE != 0, ascii });
        }
        return Err(src.error(format!("invalid group reference {group}"), text.len() - 1));
    }
    if c.is_ascii_alphabetic() {
        return Err(src.error(format!("bad escape \\{c}"), 2));
    }
    Ok(lit_u32(c as u32, flags))
}

fn lit_u32(c: u32, flags: u32) -> Node {
    Node::Char { c, icase: flags & IGNORECASE != 0, ascii: flags & ASCII != 0 }
}

/// The body of `[...]` after the `[` at `here`.
fn parse_class(src: &mut Source, here: usize) -> R<Class> {
    let mut class = Class { neg: src.eat('^'), ranges: vec![], cats: vec![] };
    let mut any = false;
    let unterminated = || err("unterminated character set", here);
    loop {
        let this = match src.get()? {
            None => return Err(unterminated()),
            Some(t) => t,
        };
        if this == Tok::C(']') && any {
            break;
        }
        any = true;
        let item1 = match this {
            Tok::Esc(e) => class_escape(src, e)?,
            Tok::C(c) => ClassItem::Lit(c as u32),
        };
        if src.eat('-') {
            let that = match src.get()? {
                None => return Err(unterminated()),
                Some(t) => t,
            };
            if that == Tok::C(']') {
                push_item(&mut class, item1);
                class.ranges.push(('-' as u32, '-' as u32));
                break;
            }
            let item2 = match that {
                Tok::Esc(e) => class_escape(src, e)?,
                Tok::C(c) => ClassItem::Lit(c as u32),
            };
            // sre reports the two tokens (an escape's digits not included).
            let (this_text, text2) = (this.text(), that.text());
            let off = this.len() + 1 + that.len();
            match (item1, item2) {
                (ClassItem::Lit(lo), ClassItem::Lit(hi)) if hi >= lo => class.ranges.push((lo, hi)),
                _ => return Err(src.error(format!("bad character range {this_text}-{text2}"), off)),
            }
        } else {
            push_item(&mut class, item1);
        }
    }
    Ok(class)
}

fn push_item(class: &mut Class, item: ClassItem) {
    match item {
        ClassItem::Lit(c) => class.ranges.push((c, c)),
        ClassItem::Cat(cat) => class.cats.push(cat),
    }
}

/// Width bounds (min, max) of each group's pattern, by group number.
pub fn group_widths(n: &Node, out: &mut Vec<(usize, Option<usize>)>) {
    match n {
        Node::Group(g, x) => {
            group_widths(x, out);
            if out.len() <= *g {
                out.resize(*g + 1, (0, None));
            }
            out[*g] = width(x, out);
        }
        Node::Cat(v) | Node::Alt(v) => v.iter().for_each(|x| group_widths(x, out)),
        Node::Repeat { node: x, .. } | Node::Look { node: x, .. } | Node::Atomic(x) => group_widths(x, out),
        Node::GroupExists { yes, no, .. } => {
            group_widths(yes, out);
            group_widths(no, out);
        }
        _ => {}
    }
}

/// Width bounds (min, max) of a node; max None = unbounded. `gw`: the
/// groups' widths (a back reference is as wide as its group). For look-behind checks.
pub fn width(n: &Node, gw: &[(usize, Option<usize>)]) -> (usize, Option<usize>) {
    match n {
        Node::Empty | Node::At(_) | Node::Look { .. } => (0, Some(0)),
        Node::Char { .. } | Node::Any { .. } | Node::Set { .. } => (1, Some(1)),
        Node::Cat(v) => v.iter().fold((0, Some(0)), |(lo, hi), x| {
            let (a, b) = width(x, gw);
            (lo + a, hi.zip(b).map(|(p, q)| p + q))
        }),
        Node::Alt(v) => {
            let ws: Vec<_> = v.iter().map(|x| width(x, gw)).collect();
            let lo = ws.iter().map(|w| w.0).min().unwrap_or(0);
            let hi = ws.iter().try_fold(0, |m, w| w.1.map(|h| m.max(h)));
            (lo, hi)
        }
        Node::Group(_, x) | Node::Atomic(x) => width(x, gw),
        Node::Repeat { node, min, max, .. } => {
            let (a, b) = width(node, gw);
            let hi = if *max == MAXREPEAT { if b == Some(0) { Some(0) } else { None } } else { b.map(|b| b * *max as usize) };
            (a * *min as usize, hi)
        }
        Node::Backref { group, .. } => gw.get(*group).copied().unwrap_or((0, None)),
        Node::GroupExists { yes, no, .. } => {
            let (a, b) = width(yes, gw);
            let (c, d) = width(no, gw);
            (a.min(c), b.zip(d).map(|(p, q)| p.max(q)))
        }
    }
}
