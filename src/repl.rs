//! Interactive prompt (REPL).
