//! Indentation-aware tokenizer following CPython 3.11's `Parser/tokenizer.c`.
//!
//! The whole input is tokenized up front into a `Vec<Token>`.  Tokens do not
//! own text: names, numbers and strings are byte ranges into the source
//! (`lo..hi`), so tokenizing allocates nothing per token.  Tokenizing stops at
//! the first error; the token vector then ends with a `Tok::Error` token and
//! the error is described by [`LexError`].  (CPython reports tokenizer errors
//! lazily, when the parser reaches them, but also re-tokenizes the rest of the
//! source after a parser error; the parser reproduces that priority logic.)

/// Keyword tokens.  `match`, `case` and `_` are soft keywords (plain names).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Kw {
    False,
    None,
    True,
    And,
    As,
    Assert,
    Async,
    Await,
    Break,
    Class,
    Continue,
    Def,
    Del,
    Elif,
    Else,
    Except,
    Finally,
    For,
    From,
    Global,
    If,
    Import,
    In,
    Is,
    Lambda,
    Nonlocal,
    Not,
    Or,
    Pass,
    Raise,
    Return,
    Try,
    While,
    With,
    Yield,
}

/// The single keyword table: spelling -> keyword token.  Aliases (e.g. Hausa
/// spellings) can be added here; `Kw::name` gives the canonical Python
/// spelling used in error messages.
pub static KEYWORDS: &[(&str, Kw)] = &[
    ("False", Kw::False),
    ("None", Kw::None),
    ("True", Kw::True),
    ("and", Kw::And),
    ("as", Kw::As),
    ("assert", Kw::Assert),
    ("async", Kw::Async),
    ("await", Kw::Await),
    ("break", Kw::Break),
    ("class", Kw::Class),
    ("continue", Kw::Continue),
    ("def", Kw::Def),
    ("del", Kw::Del),
    ("elif", Kw::Elif),
    ("else", Kw::Else),
    ("except", Kw::Except),
    ("finally", Kw::Finally),
    ("for", Kw::For),
    ("from", Kw::From),
    ("global", Kw::Global),
    ("if", Kw::If),
    ("import", Kw::Import),
    ("in", Kw::In),
    ("is", Kw::Is),
    ("lambda", Kw::Lambda),
    ("nonlocal", Kw::Nonlocal),
    ("not", Kw::Not),
    ("or", Kw::Or),
    ("pass", Kw::Pass),
    ("raise", Kw::Raise),
    ("return", Kw::Return),
    ("try", Kw::Try),
    ("while", Kw::While),
    ("with", Kw::With),
    ("yield", Kw::Yield),
];

impl Kw {
    pub fn name(self) -> &'static str {
        match self {
            Kw::False => "False",
            Kw::None => "None",
            Kw::True => "True",
            Kw::And => "and",
            Kw::As => "as",
            Kw::Assert => "assert",
            Kw::Async => "async",
            Kw::Await => "await",
            Kw::Break => "break",
            Kw::Class => "class",
            Kw::Continue => "continue",
            Kw::Def => "def",
            Kw::Del => "del",
            Kw::Elif => "elif",
            Kw::Else => "else",
            Kw::Except => "except",
            Kw::Finally => "finally",
            Kw::For => "for",
            Kw::From => "from",
            Kw::Global => "global",
            Kw::If => "if",
            Kw::Import => "import",
            Kw::In => "in",
            Kw::Is => "is",
            Kw::Lambda => "lambda",
            Kw::Nonlocal => "nonlocal",
            Kw::Not => "not",
            Kw::Or => "or",
            Kw::Pass => "pass",
            Kw::Raise => "raise",
            Kw::Return => "return",
            Kw::Try => "try",
            Kw::While => "while",
            Kw::With => "with",
            Kw::Yield => "yield",
        }
    }
}

/// Shortest and longest keyword spelling (identifiers outside are never keywords).
const KW_MIN: usize = kw_len_bound(false);
const KW_MAX: usize = kw_len_bound(true);

const fn kw_len_bound(max: bool) -> usize {
    let mut i = 0;
    let mut m = if max { 0 } else { usize::MAX };
    while i < KEYWORDS.len() {
        let n = KEYWORDS[i].0.len();
        if (max && n > m) || (!max && n < m) {
            m = n;
        }
        i += 1;
    }
    m
}

/// Open-addressed hash of the `KEYWORDS` table, built at compile time from
/// it (so aliases added there are found): slot -> index in `KEYWORDS`, or
/// `KW_EMPTY`. The lexer looks up every identifier; a linear scan of the
/// table cost ~35 compares per name.
const KW_SLOTS: usize = 256;
const KW_EMPTY: u8 = u8::MAX;
static KW_INDEX: [u8; KW_SLOTS] = kw_index();

/// `b.len() >= KW_MIN >= 1`.
#[inline]
const fn kw_hash(b: &[u8]) -> usize {
    let n = b.len();
    (n * 13 + b[0] as usize * 7 + b[n - 1] as usize * 31 + b[n / 2] as usize) % KW_SLOTS
}

const fn kw_index() -> [u8; KW_SLOTS] {
    assert!(KEYWORDS.len() < KW_EMPTY as usize && KW_MIN >= 1);
    let mut t = [KW_EMPTY; KW_SLOTS];
    let mut i = 0;
    while i < KEYWORDS.len() {
        let mut h = kw_hash(KEYWORDS[i].0.as_bytes());
        while t[h] != KW_EMPTY {
            h = (h + 1) % KW_SLOTS;
        }
        t[h] = i as u8;
        i += 1;
    }
    t
}

/// Look up a keyword spelling.
#[inline]
pub fn lookup_keyword(s: &str) -> Option<Kw> {
    let b = s.as_bytes();
    if b.len() < KW_MIN || b.len() > KW_MAX {
        return None;
    }
    let mut h = kw_hash(b);
    loop {
        let i = KW_INDEX[h];
        if i == KW_EMPTY {
            return None;
        }
        let (k, kw) = KEYWORDS[i as usize];
        if k.as_bytes() == b {
            return Some(kw);
        }
        h = (h + 1) % KW_SLOTS;
    }
}

/// Operators and delimiters.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Op {
    LPar,
    RPar,
    LSqb,
    RSqb,
    LBrace,
    RBrace,
    Colon,
    Comma,
    Semi,
    Plus,
    Minus,
    Star,
    Slash,
    VBar,
    Amper,
    Less,
    Greater,
    Equal,
    Dot,
    Percent,
    EqEqual,
    NotEqual,
    LessEqual,
    GreaterEqual,
    Tilde,
    Circumflex,
    LeftShift,
    RightShift,
    DoubleStar,
    PlusEqual,
    MinEqual,
    StarEqual,
    SlashEqual,
    PercentEqual,
    AmperEqual,
    VBarEqual,
    CircumflexEqual,
    LeftShiftEqual,
    RightShiftEqual,
    DoubleStarEqual,
    DoubleSlash,
    DoubleSlashEqual,
    At,
    AtEqual,
    RArrow,
    Ellipsis,
    ColonEqual,
    /// `<>` (only valid under `barry_as_FLUFL`; always a syntax error here).
    LessGreater,
    /// Any other single character (`$`, `?`, `!`, backtick): CPython's
    /// tokenizer returns a generic OP the parser never accepts.
    Unknown,
}

impl Op {
    pub fn as_str(self) -> &'static str {
        match self {
            Op::LPar => "(",
            Op::RPar => ")",
            Op::LSqb => "[",
            Op::RSqb => "]",
            Op::LBrace => "{",
            Op::RBrace => "}",
            Op::Colon => ":",
            Op::Comma => ",",
            Op::Semi => ";",
            Op::Plus => "+",
            Op::Minus => "-",
            Op::Star => "*",
            Op::Slash => "/",
            Op::VBar => "|",
            Op::Amper => "&",
            Op::Less => "<",
            Op::Greater => ">",
            Op::Equal => "=",
            Op::Dot => ".",
            Op::Percent => "%",
            Op::EqEqual => "==",
            Op::NotEqual => "!=",
            Op::LessEqual => "<=",
            Op::GreaterEqual => ">=",
            Op::Tilde => "~",
            Op::Circumflex => "^",
            Op::LeftShift => "<<",
            Op::RightShift => ">>",
            Op::DoubleStar => "**",
            Op::PlusEqual => "+=",
            Op::MinEqual => "-=",
            Op::StarEqual => "*=",
            Op::SlashEqual => "/=",
            Op::PercentEqual => "%=",
            Op::AmperEqual => "&=",
            Op::VBarEqual => "|=",
            Op::CircumflexEqual => "^=",
            Op::LeftShiftEqual => "<<=",
            Op::RightShiftEqual => ">>=",
            Op::DoubleStarEqual => "**=",
            Op::DoubleSlash => "//",
            Op::DoubleSlashEqual => "//=",
            Op::At => "@",
            Op::AtEqual => "@=",
            Op::RArrow => "->",
            Op::Ellipsis => "...",
            Op::ColonEqual => ":=",
            Op::LessGreater => "<>",
            Op::Unknown => "?",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tok {
    Name,
    Number,
    /// A string literal including prefix and quotes.
    String,
    Kw(Kw),
    Op(Op),
    Newline,
    Indent,
    Dedent,
    EndMarker,
    /// Terminal error token; see [`LexResult::error`].
    Error,
}

/// A token.  `lo..hi` is the byte range in the source; `line`/`col` and
/// `end_line`/`end_col` are CPython-style positions (1-based lines, 0-based
/// byte columns).  For INDENT/DEDENT/ENDMARKER CPython has no column
/// (`col_offset == -1`): `nocol` is set and `col` holds the tokenizer's
/// position on that line (used for error locations).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    pub tok: Tok,
    pub lo: u32,
    pub hi: u32,
    pub line: u32,
    pub col: u32,
    pub end_line: u32,
    pub end_col: u32,
    pub nocol: bool,
    /// Paren nesting level before this token (for "Perhaps you forgot a comma").
    pub level: u16,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LexErrKind {
    /// A `syntaxerror()`-style error: fully formed, takes priority over
    /// parser errors earlier in the file.
    Eager,
    /// `unindent does not match any outer indentation level`
    Dedent,
    /// Inconsistent tabs/spaces.
    TabSpace,
    TooDeep,
    /// Unexpected character after line continuation character.
    LineCont,
    /// EOF in a multi-line statement (open brackets or after `\`).
    Eof,
}

/// A tokenizer error.  Offsets follow CPython: `offset`/`end_offset` are
/// 1-based (character based for `Eager` errors as CPython computes them;
/// for the others byte based), and `end_offset == 0` means "none".
#[derive(Clone, Debug, PartialEq)]
pub struct LexError {
    pub kind: LexErrKind,
    pub msg: String,
    pub lineno: u32,
    pub offset: u32,
    pub end_lineno: u32,
    pub end_offset: u32,
    /// The innermost unclosed bracket at the error: (char, line, col).
    pub paren: Option<(u8, u32, u32)>,
}

pub struct LexResult {
    pub tokens: Vec<Token>,
    pub error: Option<LexError>,
    /// SyntaxWarnings of the tokenizer (`1if x else y`): (line, message).
    pub warnings: Vec<(u32, &'static str)>,
}

const MAXINDENT: usize = 100;
const MAXLEVEL: usize = 200;
const TABSIZE: u32 = 8;

#[inline]
fn is_ident_start_byte(c: u8) -> bool {
    c.is_ascii_alphabetic() || c == b'_' || c >= 128
}

#[inline]
fn is_ident_byte(c: u8) -> bool {
    IDENT_BYTE[c as usize] != 0
}

/// Byte classes of identifier characters: 0 not one, 1 ASCII (letter,
/// digit, `_`), 2 a byte of a non-ASCII character (checked by
/// `verify_identifier`). One load per byte in the lexer's identifier loop.
static IDENT_BYTE: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut c = 0;
    while c < 256 {
        let b = c as u8;
        t[c] = if b >= 128 {
            2
        } else if b.is_ascii_alphanumeric() || b == b'_' {
            1
        } else {
            0
        };
        c += 1;
    }
    t
};

/// Approximation of Unicode XID_Start (plus `_`).
pub fn is_xid_start(c: char) -> bool {
    c == '_' || c.is_alphabetic()
}

/// Approximation of Unicode XID_Continue.
pub fn is_xid_continue(c: char) -> bool {
    if c == '_' || c.is_alphanumeric() {
        return true;
    }
    let u = c as u32;
    matches!(u,
        0x00B7 | 0x0387 | 0x19DA |
        0x0300..=0x036F | 0x0483..=0x0487 | 0x0591..=0x05BD | 0x0610..=0x061A |
        0x064B..=0x065F | 0x0670 | 0x06D6..=0x06DC | 0x06DF..=0x06E4 |
        0x0900..=0x0903 | 0x093A..=0x094F | 0x0951..=0x0957 | 0x0962..=0x0963 |
        0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x200C..=0x200D | 0x203F..=0x2040 |
        0x20D0..=0x20FF | 0xFE00..=0xFE0F | 0xFE20..=0xFE2F | 0xFE33..=0xFE34 |
        0xFE4D..=0xFE4F | 0xFF3F | 0x1D165..=0x1D169 | 0x1D16D..=0x1D172 | 0xE0100..=0xE01EF)
}

/// Approximation of Python's `str.isprintable()` for one character.
pub fn is_printable(c: char) -> bool {
    let u = c as u32;
    if u < 0x20 || u == 0x7f {
        return false;
    }
    if u < 0x7f {
        return true;
    }
    if c.is_control() {
        return false;
    }
    !matches!(u,
        0x00A0 | 0x00AD | 0x061C | 0x1680 | 0x180E | 0x2000..=0x200F | 0x2028..=0x202F |
        0x205F..=0x2064 | 0x2066..=0x206F | 0x3000 | 0xD800..=0xF8FF | 0xFEFF |
        0xFFF9..=0xFFFB | 0xE0001 | 0xE0020..=0xE007F | 0xF0000..=0x10FFFF | 0x110BD | 0x110CD |
        0x13430..=0x1343F | 0x1BCA0..=0x1BCA3 | 0x1D173..=0x1D17A | 0xFFFE | 0xFFFF)
}

/// The index of the first `\n`, `\\` or `quote` in `b[i..]` (or `b.len()`):
/// the ordinary characters of a string body, eight bytes at a time
/// (docstrings are a good part of a module's source).
fn skip_string_body(b: &[u8], mut i: usize, quote: u8) -> usize {
    const LO: u64 = 0x0101_0101_0101_0101;
    const HI: u64 = 0x8080_8080_8080_8080;
    // Non-zero iff some byte of `x` equals `c` (the classic has-zero-byte test).
    let has = |x: u64, c: u8| {
        let y = x ^ (LO * c as u64);
        y.wrapping_sub(LO) & !y & HI
    };
    while let Some(w) = b.get(i..i + 8) {
        let x = u64::from_le_bytes([w[0], w[1], w[2], w[3], w[4], w[5], w[6], w[7]]);
        if has(x, b'\n') | has(x, b'\\') | has(x, quote) != 0 {
            break;
        }
        i += 8;
    }
    while i < b.len() && !matches!(b[i], b'\n' | b'\\') && b[i] != quote {
        i += 1;
    }
    i
}

/// Tokenizer state.  Use [`tokenize`].
pub struct Lexer<'a> {
    src: &'a str,
    b: &'a [u8],
    pos: usize,
    line: u32,
    line_start: usize,
    /// Column added to tokens on the first line (f-string sub-expressions).
    first_line: u32,
    first_col_shift: u32,
    indstack: Vec<u32>,
    altindstack: Vec<u32>,
    parens: Vec<(u8, u32, u32)>,
    atbol: bool,
    tokens: Vec<Token>,
    warnings: Vec<(u32, &'static str)>,
    /// String input rather than a file (affects EOF token columns).
    pub string_input: bool,
}

/// Tokenize `src` (already normalized: `\n` line endings, ending in `\n`
/// unless empty).  `first_line` is the line number of the first line.
pub fn tokenize(src: &str) -> LexResult {
    Lexer::new(src, 1, 0).run()
}

/// Tokenize string input (`compile()`/`exec()`/`eval()` of a str): like
/// [`tokenize`] but the EOF tokens carry the position CPython reports for
/// string input (end of the last line) instead of file input (column 0).
pub fn tokenize_string(src: &str) -> LexResult {
    let mut l = Lexer::new(src, 1, 0);
    l.string_input = true;
    l.run()
}

enum Step {
    Ok,
    Err(LexError),
}

impl<'a> Lexer<'a> {
    pub fn new(src: &'a str, first_line: u32, first_col_shift: u32) -> Lexer<'a> {
        Lexer {
            src,
            b: src.as_bytes(),
            pos: 0,
            line: first_line,
            line_start: 0,
            first_line,
            first_col_shift,
            indstack: vec![0],
            altindstack: vec![0],
            parens: Vec::new(),
            atbol: true,
            // ~4 bytes of source per token in dense code (median 5.5 in the bundled modules): one allocation, no growth copies.
            tokens: Vec::with_capacity(src.len() / 4 + 16),
            warnings: Vec::new(),
            string_input: false,
        }
    }

    #[inline]
    fn peek(&self) -> u8 {
        if self.pos < self.b.len() {
            self.b[self.pos]
        } else {
            0
        }
    }

    #[inline]
    fn peek_at(&self, i: usize) -> u8 {
        if self.pos + i < self.b.len() {
            self.b[self.pos + i]
        } else {
            0
        }
    }

    #[inline]
    fn eof(&self) -> bool {
        self.pos >= self.b.len()
    }

    #[inline]
    fn col_of(&self, line: u32, byte_col: usize) -> u32 {
        if line == self.first_line {
            byte_col as u32 + self.first_col_shift
        } else {
            byte_col as u32
        }
    }

    /// Number of chars in `src[from..to]` (both within the source).
    fn chars_between(&self, from: usize, to: usize) -> u32 {
        let to = to.min(self.b.len());
        if from >= to {
            return 0;
        }
        self.b[from..to].iter().filter(|&&c| (c & 0xC0) != 0x80).count() as u32
    }

    fn line_end(&self, from: usize) -> usize {
        match self.b[from.min(self.b.len())..].iter().position(|&c| c == b'\n') {
            Some(i) => from + i,
            None => self.b.len(),
        }
    }

    fn innermost_paren(&self) -> Option<(u8, u32, u32)> {
        self.parens.last().copied()
    }

    /// CPython `syntaxerror()`: location is the current position (`cur`),
    /// i.e. offset = chars from line start to `cur` (1-based pointing at the
    /// char before `cur`).
    fn err_at_cur(&self, msg: String) -> LexError {
        let off = self.chars_between(self.line_start, self.pos);
        let off = if self.line == self.first_line { off + self.first_col_shift } else { off };
        LexError {
            kind: LexErrKind::Eager,
            msg,
            lineno: self.line,
            offset: off,
            end_lineno: self.line,
            end_offset: off,
            paren: self.innermost_paren(),
        }
    }

    /// `syntaxerror_known_range(col_offset, end_col_offset)` (1-based, chars).
    fn err_range(&self, start: usize, end: usize, msg: String) -> LexError {
        let s = self.chars_between(self.line_start, start) + 1;
        let e = self.chars_between(self.line_start, end);
        LexError {
            kind: LexErrKind::Eager,
            msg,
            lineno: self.line,
            offset: s,
            end_lineno: self.line,
            end_offset: e,
            paren: self.innermost_paren(),
        }
    }

    fn other_err(&self, kind: LexErrKind, msg: &str, offset: u32) -> LexError {
        LexError {
            kind,
            msg: msg.to_string(),
            lineno: self.line,
            offset,
            end_lineno: self.line,
            end_offset: 0,
            paren: self.innermost_paren(),
        }
    }

    fn push(&mut self, tok: Tok, lo: usize, hi: usize) {
        let col = self.col_of(self.line, lo - self.line_start);
        let level = self.parens.len().min(u16::MAX as usize) as u16;
        self.tokens.push(Token {
            tok,
            lo: lo as u32,
            hi: hi as u32,
            line: self.line,
            col,
            end_line: self.line,
            end_col: self.col_of(self.line, hi - self.line_start),
            nocol: false,
            level,
        });
    }

    fn push_nocol(&mut self, tok: Tok, cur: usize) {
        let col = cur.saturating_sub(self.line_start) as u32;
        let level = self.parens.len().min(u16::MAX as usize) as u16;
        self.tokens.push(Token {
            tok,
            lo: cur as u32,
            hi: cur as u32,
            line: self.line,
            col,
            end_line: self.line,
            end_col: col,
            nocol: true,
            level,
        });
    }

    fn newline_at(&mut self, nl_pos: usize) {
        // Called after consuming a '\n' at nl_pos.
        let _ = nl_pos;
        self.line += 1;
        self.line_start = self.pos;
    }

    pub fn run(mut self) -> LexResult {
        let mut error = None;
        loop {
            match self.next_token() {
                Step::Ok => {
                    if matches!(self.tokens.last(), Some(Token { tok: Tok::EndMarker, .. })) {
                        break;
                    }
                }
                Step::Err(e) => {
                    let p = self.pos.min(self.b.len());
                    self.push_nocol(Tok::Error, p);
                    error = Some(e);
                    break;
                }
            }
        }
        LexResult { tokens: self.tokens, error, warnings: self.warnings }
    }

    /// Handle a backslash continuation at `self.pos` (pointing at `\`).
    /// Returns Err on error.
    fn continuation(&mut self) -> Result<(), LexError> {
        self.pos += 1; // the backslash
        if self.peek() != b'\n' || self.eof() {
            if self.eof() {
                // "\" at the very end without newline cannot happen after
                // normalization, treat as EOF.
                return Err(self.other_err(LexErrKind::Eof, "unexpected EOF while parsing", 0));
            }
            // E_LINECONT: col_offset = cur - buf - 1 with cur after the char.
            let off = (self.pos - self.line_start) as u32 + 1;
            return Err(self.other_err(
                LexErrKind::LineCont,
                "unexpected character after line continuation character",
                off,
            ));
        }
        let nl = self.pos;
        self.pos += 1;
        if self.eof() {
            // E_EOF: error reported on the line of the backslash with
            // col = end of that line (cur - line_start, no +1).
            let off = (self.pos - self.line_start) as u32;
            return Err(self.other_err(LexErrKind::Eof, "unexpected EOF while parsing", off));
        }
        self.newline_at(nl);
        Ok(())
    }

    fn next_token(&mut self) -> Step {
        // ---- start of line: indentation ----
        let mut blankline = false;
        if self.atbol {
            self.atbol = false;
            let mut col: u32 = 0;
            let mut altcol: u32 = 0;
            let mut cont_line_col: u32 = 0;
            loop {
                let c = self.peek();
                if self.eof() {
                    break;
                }
                if c == b' ' {
                    let n = self.b[self.pos..].iter().take_while(|&&c| c == b' ').count() as u32;
                    col += n;
                    altcol += n;
                    self.pos += n as usize;
                } else if c == b'\t' {
                    col = (col / TABSIZE + 1) * TABSIZE;
                    altcol += 1;
                    self.pos += 1;
                } else if c == 0x0c {
                    col = 0;
                    altcol = 0;
                    self.pos += 1;
                } else if c == b'\\' {
                    cont_line_col = if cont_line_col != 0 { cont_line_col } else { col };
                    if let Err(e) = self.continuation() {
                        return Step::Err(e);
                    }
                } else {
                    break;
                }
            }
            if self.eof() {
                return self.at_eof();
            }
            let c = self.peek();
            if c == b'#' || c == b'\n' {
                blankline = true;
            }
            if !blankline && self.parens.is_empty() {
                if cont_line_col != 0 {
                    col = cont_line_col;
                    altcol = cont_line_col;
                }
                let top = *self.indstack.last().unwrap();
                let alttop = *self.altindstack.last().unwrap();
                if col == top {
                    if altcol != alttop {
                        let off = self.tabspace_off();
                        return Step::Err(self.other_err(
                            LexErrKind::TabSpace,
                            "inconsistent use of tabs and spaces in indentation",
                            off,
                        ));
                    }
                } else if col > top {
                    if self.indstack.len() >= MAXINDENT {
                        let off = self.tabspace_off();
                        return Step::Err(self.other_err(
                            LexErrKind::TooDeep,
                            "too many levels of indentation",
                            off,
                        ));
                    }
                    if altcol <= alttop {
                        let off = self.tabspace_off();
                        return Step::Err(self.other_err(
                            LexErrKind::TabSpace,
                            "inconsistent use of tabs and spaces in indentation",
                            off,
                        ));
                    }
                    self.indstack.push(col);
                    self.altindstack.push(altcol);
                    let p = self.pos;
                    self.push_nocol(Tok::Indent, p);
                } else {
                    let mut n = 0;
                    while self.indstack.len() > 1 && col < *self.indstack.last().unwrap() {
                        self.indstack.pop();
                        self.altindstack.pop();
                        n += 1;
                    }
                    if col != *self.indstack.last().unwrap() {
                        // E_DEDENT: col = cur - line_start with cur = end of line
                        // (including the newline).
                        let end = self.line_end(self.pos);
                        let end = if end < self.b.len() { end + 1 } else { end };
                        let off = (end - self.line_start) as u32;
                        return Step::Err(self.other_err(
                            LexErrKind::Dedent,
                            "unindent does not match any outer indentation level",
                            off,
                        ));
                    }
                    if altcol != *self.altindstack.last().unwrap() {
                        let off = self.tabspace_off();
                        return Step::Err(self.other_err(
                            LexErrKind::TabSpace,
                            "inconsistent use of tabs and spaces in indentation",
                            off,
                        ));
                    }
                    let p = self.pos;
                    for _ in 0..n {
                        self.push_nocol(Tok::Dedent, p);
                    }
                }
                if self.eof() {
                    // fallthrough to EOF handling below
                } else {
                    return Step::Ok;
                }
            }
        }

        // ---- skip spaces / comments / continuation ----
        loop {
            // skip whitespace
            while !self.eof() {
                let c = self.b[self.pos];
                if c == b' ' || c == b'\t' || c == 0x0c {
                    self.pos += 1;
                } else {
                    break;
                }
            }
            let start = self.pos;
            if self.eof() {
                return self.at_eof();
            }
            let c = self.b[self.pos];
            // comment
            if c == b'#' {
                // `str::find` of a char is memchr; `#` is ASCII, so `pos` is a char boundary.
                self.pos = self.src[self.pos..].find('\n').map_or(self.b.len(), |i| self.pos + i);
                if self.eof() {
                    return self.at_eof();
                }
                // NEWLINE token (or skipped) starting at the comment.
                return self.newline_token(start, blankline);
            }
            if c == b'\n' {
                return self.newline_token(start, blankline);
            }
            if c == b'\\' {
                if let Err(e) = self.continuation() {
                    return Step::Err(e);
                }
                // After a continuation we are NOT at the beginning of a line.
                continue;
            }
            return self.real_token(start);
        }
    }

    fn tabspace_off(&self) -> u32 {
        // RAISE_ERROR_KNOWN_LOCATION(lineno, 0, lineno, -1) -> offset 1
        1
    }

    fn at_eof(&mut self) -> Step {
        if !self.parens.is_empty() {
            let off = (self.pos - self.line_start) as u32;
            return Step::Err(self.other_err(LexErrKind::Eof, "unexpected EOF while parsing", off));
        }
        // Emit NEWLINE if the last token wasn't one (only possible for input
        // not ending in '\n', e.g. f-string sub-expressions).
        if let Some(t) = self.tokens.last() {
            if !matches!(t.tok, Tok::Newline | Tok::Dedent | Tok::Indent) {
                let p = self.pos;
                self.push(Tok::Newline, p, p);
                return Step::Ok;
            }
        }
        // Dedent everything.
        let p = self.pos;
        // CPython: ENDMARKER/DEDENT at EOF are on the last line, col = end of
        // buffer relative to the last line start.
        let (line, lstart) = if self.pos > 0 && self.pos == self.line_start && self.line > self.first_line {
            // We are just after a '\n': report on the previous line.
            let prev_start = match self.b[..self.pos - 1].iter().rposition(|&c| c == b'\n') {
                Some(i) => i + 1,
                None => 0,
            };
            (self.line - 1, prev_start)
        } else {
            (self.line, self.line_start)
        };
        // When running a file CPython's tokenizer buffer is empty at EOF
        // (cur == buf), so errors at these tokens get offset 0.
        let col = if self.string_input { (p - lstart) as u32 } else { 0 };
        let mk = |tok| Token {
            tok,
            lo: p as u32,
            hi: p as u32,
            line,
            col,
            end_line: line,
            end_col: col,
            nocol: true,
            level: 0,
        };
        while self.indstack.len() > 1 {
            self.indstack.pop();
            self.altindstack.pop();
            self.tokens.push(mk(Tok::Dedent));
        }
        self.tokens.push(mk(Tok::EndMarker));
        Step::Ok
    }

    fn newline_token(&mut self, start: usize, blankline: bool) -> Step {
        // self.pos at '\n'
        let nl = self.pos;
        self.pos += 1;
        if blankline || !self.parens.is_empty() {
            self.newline_at(nl);
            self.atbol = true;
            return Step::Ok;
        }
        // NEWLINE token: start = start (comment or '\n'), end = '\n' position
        // (CPython leaves the '\n' out: end_col_offset == col of '\n').
        let col = self.col_of(self.line, start - self.line_start);
        let end_col = self.col_of(self.line, nl - self.line_start);
        let level = 0;
        self.tokens.push(Token {
            tok: Tok::Newline,
            lo: start as u32,
            hi: nl as u32,
            line: self.line,
            col,
            end_line: self.line,
            end_col,
            nocol: false,
            level,
        });
        self.newline_at(nl);
        self.atbol = true;
        Step::Ok
    }

    fn real_token(&mut self, start: usize) -> Step {
        let c = self.b[self.pos];
        // identifiers / string prefixes
        if is_ident_start_byte(c) {
            // string prefix?
            let mut saw_b = false;
            let mut saw_r = false;
            let mut saw_u = false;
            let mut saw_f = false;
            let mut i = self.pos;
            // Only b/r/u/f (either case) can start a string prefix.
            if matches!(c | 0x20, b'b' | b'r' | b'u' | b'f') {
                loop {
                    let ch = if i < self.b.len() { self.b[i] } else { 0 };
                    if !(saw_b || saw_u || saw_f) && (ch == b'b' || ch == b'B') {
                        saw_b = true;
                    } else if !(saw_b || saw_u || saw_r || saw_f) && (ch == b'u' || ch == b'U') {
                        saw_u = true;
                    } else if !(saw_r || saw_u) && (ch == b'r' || ch == b'R') {
                        saw_r = true;
                    } else if !(saw_f || saw_b || saw_u) && (ch == b'f' || ch == b'F') {
                        saw_f = true;
                    } else {
                        break;
                    }
                    i += 1;
                    let n = if i < self.b.len() { self.b[i] } else { 0 };
                    if n == b'"' || n == b'\'' {
                        self.pos = i;
                        return self.string(start);
                    }
                }
            }
            // identifier
            let mut j = self.pos;
            let mut classes = 0;
            while j < self.b.len() {
                let k = IDENT_BYTE[self.b[j] as usize];
                if k == 0 {
                    break;
                }
                classes |= k;
                j += 1;
            }
            if classes & 2 != 0 {
                if let Err(e) = self.verify_identifier(start, j) {
                    return Step::Err(e);
                }
            }
            self.pos = j;
            let s = &self.src[start..j];
            match lookup_keyword(s) {
                Some(kw) => self.push(Tok::Kw(kw), start, j),
                None => self.push(Tok::Name, start, j),
            }
            return Step::Ok;
        }
        // numbers
        if c.is_ascii_digit() || (c == b'.' && self.peek_at(1).is_ascii_digit()) {
            return match self.number(start) {
                Ok(()) => {
                    let p = self.pos;
                    self.push(Tok::Number, start, p);
                    Step::Ok
                }
                Err(e) => Step::Err(e),
            };
        }
        if c == b'"' || c == b'\'' {
            return self.string(start);
        }
        // operators
        let c1 = self.peek_at(1);
        let c2 = self.peek_at(2);
        let (op, n) = match c {
            b'(' => (Op::LPar, 1),
            b')' => (Op::RPar, 1),
            b'[' => (Op::LSqb, 1),
            b']' => (Op::RSqb, 1),
            b'{' => (Op::LBrace, 1),
            b'}' => (Op::RBrace, 1),
            b':' => {
                if c1 == b'=' {
                    (Op::ColonEqual, 2)
                } else {
                    (Op::Colon, 1)
                }
            }
            b',' => (Op::Comma, 1),
            b';' => (Op::Semi, 1),
            b'+' => {
                if c1 == b'=' {
                    (Op::PlusEqual, 2)
                } else {
                    (Op::Plus, 1)
                }
            }
            b'-' => {
                if c1 == b'=' {
                    (Op::MinEqual, 2)
                } else if c1 == b'>' {
                    (Op::RArrow, 2)
                } else {
                    (Op::Minus, 1)
                }
            }
            b'*' => {
                if c1 == b'*' {
                    if c2 == b'=' {
                        (Op::DoubleStarEqual, 3)
                    } else {
                        (Op::DoubleStar, 2)
                    }
                } else if c1 == b'=' {
                    (Op::StarEqual, 2)
                } else {
                    (Op::Star, 1)
                }
            }
            b'/' => {
                if c1 == b'/' {
                    if c2 == b'=' {
                        (Op::DoubleSlashEqual, 3)
                    } else {
                        (Op::DoubleSlash, 2)
                    }
                } else if c1 == b'=' {
                    (Op::SlashEqual, 2)
                } else {
                    (Op::Slash, 1)
                }
            }
            b'|' => {
                if c1 == b'=' {
                    (Op::VBarEqual, 2)
                } else {
                    (Op::VBar, 1)
                }
            }
            b'&' => {
                if c1 == b'=' {
                    (Op::AmperEqual, 2)
                } else {
                    (Op::Amper, 1)
                }
            }
            b'<' => {
                if c1 == b'<' {
                    if c2 == b'=' {
                        (Op::LeftShiftEqual, 3)
                    } else {
                        (Op::LeftShift, 2)
                    }
                } else if c1 == b'=' {
                    (Op::LessEqual, 2)
                } else if c1 == b'>' {
                    (Op::LessGreater, 2)
                } else {
                    (Op::Less, 1)
                }
            }
            b'>' => {
                if c1 == b'>' {
                    if c2 == b'=' {
                        (Op::RightShiftEqual, 3)
                    } else {
                        (Op::RightShift, 2)
                    }
                } else if c1 == b'=' {
                    (Op::GreaterEqual, 2)
                } else {
                    (Op::Greater, 1)
                }
            }
            b'=' => {
                if c1 == b'=' {
                    (Op::EqEqual, 2)
                } else {
                    (Op::Equal, 1)
                }
            }
            b'!' => {
                if c1 == b'=' {
                    (Op::NotEqual, 2)
                } else {
                    (Op::Unknown, 1)
                }
            }
            b'.' => {
                if c1 == b'.' && c2 == b'.' {
                    (Op::Ellipsis, 3)
                } else {
                    (Op::Dot, 1)
                }
            }
            b'%' => {
                if c1 == b'=' {
                    (Op::PercentEqual, 2)
                } else {
                    (Op::Percent, 1)
                }
            }
            b'~' => (Op::Tilde, 1),
            b'^' => {
                if c1 == b'=' {
                    (Op::CircumflexEqual, 2)
                } else {
                    (Op::Circumflex, 1)
                }
            }
            b'@' => {
                if c1 == b'=' {
                    (Op::AtEqual, 2)
                } else {
                    (Op::At, 1)
                }
            }
            _ => {
                if c >= 128 {
                    // cannot happen: handled as identifier start
                    (Op::Unknown, self.src[self.pos..].chars().next().map(|c| c.len_utf8()).unwrap_or(1))
                } else if c < 0x20 || c == 0x7f {
                    // Non-printable ASCII control character.
                    self.pos += 1;
                    let msg = format!("invalid non-printable character U+{:04X}", c);
                    return Step::Err(self.err_at_cur(msg));
                } else {
                    (Op::Unknown, 1)
                }
            }
        };
        self.pos += n;
        // bracket tracking
        match op {
            Op::LPar | Op::LSqb | Op::LBrace => {
                if self.parens.len() >= MAXLEVEL {
                    return Step::Err(self.err_at_cur("too many nested parentheses".to_string()));
                }
                let col = self.col_of(self.line, start - self.line_start);
                self.parens.push((c, self.line, col));
            }
            Op::RPar | Op::RSqb | Op::RBrace => {
                match self.parens.pop() {
                    None => {
                        return Step::Err(self.err_at_cur(format!("unmatched '{}'", c as char)));
                    }
                    Some((open, line, _col)) => {
                        let ok = (open == b'(' && c == b')')
                            || (open == b'[' && c == b']')
                            || (open == b'{' && c == b'}');
                        if !ok {
                            // restore for paren info
                            self.parens.push((open, line, _col));
                            let msg = if line != self.line {
                                format!(
                                    "closing parenthesis '{}' does not match opening parenthesis '{}' on line {}",
                                    c as char, open as char, line
                                )
                            } else {
                                format!(
                                    "closing parenthesis '{}' does not match opening parenthesis '{}'",
                                    c as char, open as char
                                )
                            };
                            let mut e = self.err_at_cur(msg);
                            self.parens.pop();
                            e.paren = self.innermost_paren();
                            return Step::Err(e);
                        }
                    }
                }
            }
            _ => {}
        }
        let p = self.pos;
        self.push(Tok::Op(op), start, p);
        // The level recorded for closing brackets is the level after closing.
        Step::Ok
    }

    fn verify_identifier(&mut self, start: usize, end: usize) -> Result<(), LexError> {
        let s = &self.src[start..end];
        let mut first = true;
        for (i, ch) in s.char_indices() {
            let ok = if first { is_xid_start(ch) } else { is_xid_continue(ch) };
            first = false;
            if !ok {
                // cur = just after the invalid char
                self.pos = start + i + ch.len_utf8();
                let msg = if is_printable(ch) {
                    format!("invalid character '{}' (U+{:04X})", ch, ch as u32)
                } else {
                    format!("invalid non-printable character U+{:04X}", ch as u32)
                };
                return Err(self.err_at_cur(msg));
            }
        }
        Ok(())
    }

    // ---------------------------------------------------------------- numbers

    fn decimal_tail(&mut self) -> Result<(), LexError> {
        loop {
            while self.peek().is_ascii_digit() && !self.eof() {
                self.pos += 1;
            }
            if self.peek() != b'_' || self.eof() {
                return Ok(());
            }
            self.pos += 1;
            if !self.peek().is_ascii_digit() || self.eof() {
                // tok_backup(c) then error at cur (after '_')
                return Err(self.err_at_cur("invalid decimal literal".to_string()));
            }
        }
    }

    /// `verify_end_of_number`: `self.pos` points at the char after the number.
    fn verify_end(&mut self, kind: &str) -> Result<(), LexError> {
        let c = self.peek();
        if self.eof() {
            return Ok(());
        }
        // CPython's lookahead(): the keyword must match and end there.
        let la = |s: &[u8]| -> bool {
            let rest = &self.b[self.pos + 1..];
            rest.len() >= s.len() && &rest[..s.len()] == s && !rest.get(s.len()).map_or(false, |&c| is_ident_byte(c))
        };
        let r = match c {
            b'a' => la(b"nd"),
            b'e' => la(b"lse"),
            b'f' => la(b"or"),
            b'i' => {
                let c2 = self.peek_at(1);
                c2 == b'f' || c2 == b'n' || c2 == b's'
            }
            b'o' => la(b"r"),
            b'n' => la(b"ot"),
            _ => false,
        };
        if r {
            // A keyword that may follow a number in valid code: CPython
            // warns and goes on.
            let msg = match kind {
                "hexadecimal" => "invalid hexadecimal literal",
                "octal" => "invalid octal literal",
                "binary" => "invalid binary literal",
                "imaginary" => "invalid imaginary literal",
                _ => "invalid decimal literal",
            };
            self.warnings.push((self.line, msg));
            return Ok(());
        }
        // (a non-ASCII character ends the number: it starts the next token)
        if is_ident_byte(c) && c < 128 {
            return Err(self.err_at_cur(format!("invalid {} literal", kind)));
        }
        Ok(())
    }

    fn number(&mut self, start: usize) -> Result<(), LexError> {
        let c = self.b[self.pos];
        if c == b'.' {
            self.pos += 1;
            return self.fraction();
        }
        if c == b'0' {
            let c1 = self.peek_at(1);
            if c1 == b'x' || c1 == b'X' {
                self.pos += 2;
                return self.radix(|c| c.is_ascii_hexdigit(), "hexadecimal", false);
            }
            if c1 == b'o' || c1 == b'O' {
                self.pos += 2;
                return self.radix(|c| (b'0'..=b'7').contains(&c), "octal", true);
            }
            if c1 == b'b' || c1 == b'B' {
                self.pos += 2;
                return self.radix(|c| c == b'0' || c == b'1', "binary", true);
            }
            // maybe old-style octal
            self.pos += 1;
            let mut nonzero = false;
            loop {
                if self.peek() == b'_' && !self.eof() {
                    self.pos += 1;
                    if !self.peek().is_ascii_digit() || self.eof() {
                        return Err(self.err_at_cur("invalid decimal literal".to_string()));
                    }
                }
                if self.peek() != b'0' || self.eof() {
                    break;
                }
                self.pos += 1;
            }
            let zeros_end = self.pos;
            if self.peek().is_ascii_digit() && !self.eof() {
                nonzero = true;
                self.decimal_tail()?;
            }
            let c = self.peek();
            if c == b'.' {
                self.pos += 1;
                return self.fraction();
            } else if c == b'e' || c == b'E' {
                return self.exponent();
            } else if c == b'j' || c == b'J' {
                self.pos += 1;
                return self.verify_end("imaginary");
            } else if nonzero {
                return Err(self.err_range(
                    start,
                    zeros_end + 1,
                    "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers"
                        .to_string(),
                ));
            }
            return self.verify_end("decimal");
        }
        // decimal
        self.decimal_tail()?;
        let c = self.peek();
        if c == b'.' {
            self.pos += 1;
            return self.fraction();
        }
        if c == b'e' || c == b'E' {
            return self.exponent();
        }
        if c == b'j' || c == b'J' {
            self.pos += 1;
            return self.verify_end("imaginary");
        }
        self.verify_end("decimal")
    }

    /// After the '.' of a float.
    fn fraction(&mut self) -> Result<(), LexError> {
        if self.peek().is_ascii_digit() && !self.eof() {
            self.decimal_tail()?;
        }
        let c = self.peek();
        if c == b'e' || c == b'E' {
            return self.exponent();
        }
        if c == b'j' || c == b'J' {
            self.pos += 1;
            return self.verify_end("imaginary");
        }
        self.verify_end("decimal")
    }

    /// At 'e'/'E'.
    fn exponent(&mut self) -> Result<(), LexError> {
        let epos = self.pos;
        self.pos += 1;
        let c = self.peek();
        if c == b'+' || c == b'-' {
            self.pos += 1;
            if !self.peek().is_ascii_digit() || self.eof() {
                return Err(self.err_at_cur("invalid decimal literal".to_string()));
            }
        } else if !c.is_ascii_digit() || self.eof() {
            // tok_backup(c); verify_end_of_number(e) ; backup(e) -> NUMBER
            self.pos = epos;
            self.verify_end("decimal")?;
            return Ok(());
        }
        self.decimal_tail()?;
        let c = self.peek();
        if c == b'j' || c == b'J' {
            self.pos += 1;
            return self.verify_end("imaginary");
        }
        self.verify_end("decimal")
    }

    fn radix(&mut self, ok: impl Fn(u8) -> bool, kind: &str, digit_err: bool) -> Result<(), LexError> {
        loop {
            if self.peek() == b'_' && !self.eof() {
                self.pos += 1;
            }
            let c = self.peek();
            if self.eof() || !ok(c) {
                if digit_err && c.is_ascii_digit() && !self.eof() {
                    self.pos += 1;
                    return Err(self.err_at_cur(format!("invalid digit '{}' in {} literal", c as char, kind)));
                }
                return Err(self.err_at_cur(format!("invalid {} literal", kind)));
            }
            while !self.eof() && ok(self.peek()) {
                self.pos += 1;
            }
            if self.peek() != b'_' || self.eof() {
                break;
            }
        }
        let c = self.peek();
        if digit_err && c.is_ascii_digit() && !self.eof() {
            self.pos += 1;
            return Err(self.err_at_cur(format!("invalid digit '{}' in {} literal", c as char, kind)));
        }
        self.verify_end(kind)
    }

    // ---------------------------------------------------------------- strings

    /// `self.pos` at the opening quote; `start` is the token start (prefix).
    fn string(&mut self, start: usize) -> Step {
        let quote = self.b[self.pos];
        let first_line = self.line;
        let first_line_start = self.line_start;
        let mut quote_size = 1;
        let mut end_quote_size = 0;
        self.pos += 1;
        if self.peek() == quote && !self.eof() {
            self.pos += 1;
            if self.peek() == quote && !self.eof() {
                self.pos += 1;
                quote_size = 3;
            } else {
                end_quote_size = 1; // empty string
            }
        }
        while end_quote_size != quote_size {
            let from = self.pos;
            self.pos = skip_string_body(self.b, self.pos, quote);
            if self.pos != from {
                end_quote_size = 0;
            }
            if self.eof() || (quote_size == 1 && self.b[self.pos] == b'\n') {
                // Error reported at the start of the string (first line).
                let detected = if self.eof() && self.pos == self.line_start && self.line > first_line {
                    self.line - 1
                } else {
                    self.line
                };
                let off = self.chars_between(first_line_start, start) + 1;
                let off = if first_line == self.first_line { off + self.first_col_shift } else { off };
                let msg = if quote_size == 3 {
                    format!("unterminated triple-quoted string literal (detected at line {})", detected)
                } else {
                    format!("unterminated string literal (detected at line {})", detected)
                };
                return Step::Err(LexError {
                    kind: LexErrKind::Eager,
                    msg,
                    lineno: first_line,
                    offset: off,
                    end_lineno: first_line,
                    end_offset: off,
                    paren: self.innermost_paren(),
                });
            }
            let c = self.b[self.pos];
            self.pos += 1;
            if c == quote {
                end_quote_size += 1;
            } else {
                end_quote_size = 0;
                if c == b'\n' {
                    let nl = self.pos - 1;
                    self.newline_at(nl);
                } else if c == b'\\' {
                    if !self.eof() {
                        let e = self.b[self.pos];
                        self.pos += 1;
                        if e == b'\n' {
                            let nl = self.pos - 1;
                            self.newline_at(nl);
                        }
                    }
                }
            }
        }
        // Multi-line token: start position is on first_line.
        let level = self.parens.len().min(u16::MAX as usize) as u16;
        let col = if first_line == self.first_line {
            (start - first_line_start) as u32 + self.first_col_shift
        } else {
            (start - first_line_start) as u32
        };
        let end_col = self.col_of(self.line, self.pos - self.line_start);
        self.tokens.push(Token {
            tok: Tok::String,
            lo: start as u32,
            hi: self.pos as u32,
            line: first_line,
            col,
            end_line: self.line,
            end_col,
            nocol: false,
            level,
        });
        Step::Ok
    }
}

/// Normalize source text like CPython's file reading: strip a UTF-8 BOM,
/// translate `\r\n` and lone `\r` to `\n`, and make sure the text ends with
/// a newline (unless empty).
pub fn normalize_source(src: &str) -> std::borrow::Cow<'_, str> {
    let s = src.strip_prefix('\u{FEFF}').unwrap_or(src);
    let has_cr = s.as_bytes().contains(&b'\r');
    let needs_nl = !s.is_empty() && !s.ends_with('\n') && !(has_cr && s.ends_with('\r'));
    if !has_cr && !needs_nl {
        return std::borrow::Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 1);
    if has_cr {
        let mut chars = s.chars().peekable();
        while let Some(c) = chars.next() {
            if c == '\r' {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push('\n');
            } else {
                out.push(c);
            }
        }
    } else {
        out.push_str(s);
    }
    if !out.is_empty() && !out.ends_with('\n') {
        out.push('\n');
    }
    std::borrow::Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(src: &str) -> Vec<Tok> {
        let r = tokenize(src);
        assert!(r.error.is_none(), "{:?}", r.error);
        r.tokens.iter().map(|t| t.tok).collect()
    }

    #[test]
    fn skip_string_body_stops_at_every_special_byte() {
        let naive = |b: &[u8], i: usize, q: u8| (i..b.len()).find(|&k| matches!(b[k], b'\n' | b'\\') || b[k] == q).unwrap_or(b.len());
        let base = "abcdefghijklmnopqrstuvwxyz0123456789 \u{e9}\u{20ac}".as_bytes().to_vec();
        for special in [b'\n', b'\\', b'"', b'\''] {
            for at in 0..base.len() {
                let mut b = base.clone();
                b[at] = special;
                for start in 0..=b.len() {
                    for q in [b'"', b'\''] {
                        assert_eq!(skip_string_body(&b, start, q), naive(&b, start, q), "{special} at {at} from {start}");
                    }
                }
            }
        }
    }

    #[test]
    fn keyword_index_finds_every_keyword() {
        for &(k, kw) in KEYWORDS {
            assert_eq!(lookup_keyword(k), Some(kw), "{k}");
        }
        for s in ["x", "self", "Nonee", "fals", "iff", "nonlocals", "_", "match", "case", "print", "returns"] {
            assert_eq!(lookup_keyword(s), None, "{s}");
        }
    }

    #[test]
    fn basic() {
        use Tok::*;
        assert_eq!(
            kinds("if x:\n    y = 1\n"),
            vec![Kw(super::Kw::If), Name, Op(super::Op::Colon), Newline, Indent, Name, Op(super::Op::Equal), Number, Newline, Dedent, EndMarker]
        );
    }

    #[test]
    fn numbers() {
        for s in ["1\n", "0x_ff\n", "0o17\n", "0b1_0\n", "1.5\n", ".5\n", "5.\n", "1e5\n", "1_000.5e-3j\n", "0\n", "00\n", "0.0\n", "1if x else y\n"] {
            let r = tokenize(s);
            assert!(r.error.is_none(), "{} {:?}", s, r.error);
        }
        for s in ["1_\n", "0x\n", "0o8\n", "0b2\n", "012\n", "1abc\n", "1e+\n", "1__0\n"] {
            let r = tokenize(s);
            assert!(r.error.is_some(), "{}", s);
        }
    }

    #[test]
    fn strings() {
        let r = tokenize("x = rb'a\\'b' + f\"{x}\" + '''a\nb'''\n");
        assert!(r.error.is_none());
        let r = tokenize("x = 'abc\n");
        assert!(r.error.is_some());
    }
}
