//! "Did you mean" suggestions (CPython 3.11 Python/suggestions.c).
