# warnings: warn (category, stacklevel, Warning instances), default filters (DeprecationWarning shown only for __main__), actions default/once/module/always/ignore/error, registries, catch_warnings(record=True, action=), filterwarnings/simplefilter/resetwarnings, warn_explicit, formatwarning/showwarning hooks
import warnings
import mod_warnings_helper as helper

def show(message, category, filename, lineno, file=None, line=None):
    text = warnings.formatwarning(message, category, filename, lineno, line)
    print(text.replace(__file__, "FILE"), end="")
warnings.showwarning = show

def f():
    warnings.warn("careful")
f()
f()
warnings.warn("dep in main", DeprecationWarning)
helper.old()
helper.old_caller_blamed()
helper.pending()
def g():
    warnings.warn("from g", RuntimeWarning, stacklevel=2)
g()
warnings.warn(UserWarning("instance"))
warnings.warn("deep", stacklevel=10)
for i in range(3):
    warnings.warn("loop")
print(warnings.filters)

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    f(); f()
    warnings.warn("x", FutureWarning)
    helper.old()
    print(len(w), [str(m.message) for m in w], [m.category.__name__ for m in w], [m.lineno for m in w])
    print(str(w[0]).replace(__file__, "FILE"))
print(len(warnings.filters))

with warnings.catch_warnings(action="error"):
    try:
        f()
    except UserWarning as e:
        print("raised", repr(e))
with warnings.catch_warnings():
    warnings.simplefilter("once")
    for i in range(2):
        warnings.warn("once msg")
        warnings.warn("once msg")
with warnings.catch_warnings():
    warnings.simplefilter("module")
    for i in range(2):
        warnings.warn("mod msg")
with warnings.catch_warnings():
    warnings.filterwarnings("ignore", message="care")
    f()
    warnings.filterwarnings("error", category=RuntimeWarning)
    try:
        warnings.warn("bad", RuntimeWarning)
    except RuntimeWarning as e:
        print("error action:", e)
    warnings.resetwarnings()
    print(warnings.filters)

warnings.warn_explicit("explicit", UserWarning, "some.py", 12)
warnings.warn_explicit("explicit2", SyntaxWarning, "other.py", 5, module="m", registry={})
try:
    warnings.warn("x", int)
except TypeError as e:
    print(e)
print(repr(warnings.formatwarning("msg", UserWarning, "file.py", 3)))
print(repr(warnings.formatwarning("msg", UserWarning, "file.py", 3, line="  code()  ")))
print(repr(warnings.catch_warnings(record=True)))
