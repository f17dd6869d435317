# logging: lastResort for unconfigured loggers, stacklevel, getChild, records, defaults=, handleError, captureWarnings
import io, sys
import logging

err = io.StringIO()
real_stderr, sys.stderr = sys.stderr, err
logging.getLogger("lib").warning("no handlers: %s", "last resort")
logging.getLogger("lib").info("below WARNING: dropped")
logging.error("module-level call configures root")
sys.stderr = real_stderr
print(repr(err.getvalue()))
print(logging.lastResort.level, type(logging.lastResort).__name__)
for h in logging.root.handlers[:]:
    logging.root.removeHandler(h)

logging.basicConfig(stream=sys.stdout, format="%(name)s %(lineno)d %(levelno)s %(message)s")
def helper(msg):
    logging.getLogger("stack").warning(msg, stacklevel=2)
def outer():
    helper("reported at the caller of helper")
outer()
logging.getLogger("stack").warning("plain")

app = logging.getLogger("app")
c = app.getChild("sub.leaf")
print(c.name, c is logging.getLogger("app.sub.leaf"), sorted(k for k in logging.root.manager.loggerDict if k.startswith("app")))
print(type(logging.root.manager.loggerDict["app.sub"]).__name__)
rec = logging.LogRecord("n", logging.INFO, "/path/to/mod.py", 12, "v=%s,%s", (1, 2), None, func="f")
print(rec.name, rec.levelno, rec.levelname, rec.pathname, rec.filename, rec.module, rec.lineno, rec.funcName)
print(rec.getMessage(), repr(rec), rec.exc_info, rec.stack_info)
d = logging.LogRecord("n", 10, "p", 1, "dict %(a)s", ({"a": 5},), None)
print(d.getMessage(), d.args)
f = logging.Formatter("%(message)s|%(extra_field)s", defaults={"extra_field": "dflt"})
print(f.format(rec))
bf = logging.BufferingFormatter(logging.Formatter("<%(message)s>"))
print(repr(bf.format([rec, d])))
print(f.usesTime(), logging.Formatter("%(asctime)s").usesTime(), logging.Formatter("{asctime}", style="{").usesTime())
app.disabled = True
app.error("disabled logger")
app.disabled = False
app.error("enabled again")
print(app.getEffectiveLevel(), logging.getLevelName(app.getEffectiveLevel()))
app.setLevel(logging.CRITICAL)
app.error("filtered by level")
print(app.isEnabledFor(logging.CRITICAL), app.isEnabledFor(logging.ERROR))
app.setLevel(logging.NOTSET)

logging.raiseExceptions = True
err = io.StringIO()
sys.stderr = err
logging.getLogger("bad").error("needs %d args", "x")
sys.stderr = real_stderr
print(err.getvalue().splitlines()[0])
print("TypeError" in err.getvalue(), "Message: 'needs %d args'" in err.getvalue())
logging.raiseExceptions = False
logging.getLogger("bad").error("silently %d", "x")

import warnings
logging.captureWarnings(True)
buf = io.StringIO()
wh = logging.StreamHandler(buf)
logging.getLogger("py.warnings").addHandler(wh)
logging.getLogger("py.warnings").propagate = False
warnings.warn("captured warning", UserWarning)
logging.captureWarnings(False)
print(repr(buf.getvalue().split(": ", 1)[1]))
logging.getLogger("py.warnings").removeHandler(wh)
print(logging.getLogger("py.warnings").handlers)
print(logging.getLoggerClass() is logging.Logger)
class MyLogger(logging.Logger):
    def hello(self):
        self.warning("hello from %s", type(self).__name__)
logging.setLoggerClass(MyLogger)
logging.getLogger("custom").hello()
logging.setLoggerClass(logging.Logger)
print(type(logging.getLogger("custom2")).__name__)
logging.shutdown()
