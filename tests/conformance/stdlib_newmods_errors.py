# logging/getopt/calendar/difflib/timeit/glob: bad arguments raise the same exceptions as CPython
import logging, getopt, calendar, difflib, timeit, glob

def attempt(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, type(e).__name__, e)
    else:
        print(label, "ok", repr(r)[:60])

attempt("getLogger int", lambda: logging.getLogger(123))
attempt("basicConfig bogus", lambda: logging.basicConfig(bogus=1))
attempt("basicConfig stream+filename", lambda: logging.basicConfig(stream=None, filename="x", force=True))
attempt("setLevel float", lambda: logging.getLogger("e").setLevel(1.5))
attempt("log non-int level", lambda: logging.getLogger("e").log("x", "m"))
attempt("Formatter bad style", lambda: logging.Formatter("%(message)s", style="!"))
attempt("Formatter { bad conv", lambda: logging.Formatter("{message!x}", style="{"))
attempt("Formatter { bad field", lambda: logging.Formatter("{a-b}", style="{"))
attempt("Formatter $ no fields", lambda: logging.Formatter("plain", style="$"))
attempt("Formatter $ bare", lambda: logging.Formatter("$message $", style="$"))
attempt("Formatter no validate", lambda: logging.Formatter("plain", validate=False).format(logging.makeLogRecord({"msg": "m"})))
attempt("missing field", lambda: logging.Formatter("%(nope)s", validate=False).format(logging.makeLogRecord({"msg": "m"})))
attempt("addHandler None", lambda: logging.getLogger("e").addHandler(None))
attempt("Handler.emit", lambda: logging.Handler().emit(None))
attempt("FileHandler dir", lambda: logging.FileHandler("/nonexistent_dir_xyz/f.log"))
attempt("getopt None", lambda: getopt.getopt(None, "a"))
attempt("getopt long prefix", lambda: getopt.getopt(["--a"], "", ["ab", "ac"]))
attempt("calendar str", lambda: calendar.month("2026", 1))
attempt("calendar month 13", lambda: calendar.monthcalendar(2026, 13))
attempt("isleap str", lambda: calendar.isleap("x"))
attempt("weekday 0", lambda: calendar.weekday(2026, 2, 30))
attempt("difflib unhashable", lambda: difflib.SequenceMatcher(None, [[1]], [[1]]).ratio())
attempt("difflib ints", lambda: list(difflib.ndiff(1, 2)))
attempt("close_matches cutoff", lambda: difflib.get_close_matches("a", ["a"], cutoff=2))
attempt("timeit bad number", lambda: timeit.timeit("pass", number="x"))
attempt("timeit stmt error", lambda: timeit.Timer("x +"))
attempt("glob int", lambda: glob.glob(5))
