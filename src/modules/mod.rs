//! Builtin modules (math, sys, time, random, ...).
