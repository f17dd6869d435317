# logging: handlers (File, Null, Stream), filters, LoggerAdapter, exc_info tracebacks, basicConfig options
import sys, os
import logging

path = "_stdlib_logging_handlers.log"
logging.basicConfig(filename=path, filemode="w", level=logging.DEBUG,
                    format="%(levelname)s %(name)s %(filename)s %(module)s %(lineno)d: %(message)s")
logging.debug("to file %d", 1)
logging.getLogger("x.y").info("child to file")
print(len(logging.root.handlers), type(logging.root.handlers[0]).__name__)
logging.basicConfig(stream=sys.stdout, format="ignored")   # no-op: root has handlers
print(len(logging.root.handlers))
logging.basicConfig(stream=sys.stdout, force=True, style="{",
                    format="[{levelname}] {name}: {message} ({asctime})", datefmt="T")
with open(path) as f:
    print(f.read(), end="")
os.remove(path)
logging.warning("after force")

class OnlyEven(logging.Filter):
    def filter(self, record):
        return record.args and record.args[0] % 2 == 0

log = logging.getLogger("nums")
log.addFilter(OnlyEven())
for i in range(4):
    log.warning("n=%d", i)
log.filters.clear()
name_filter = logging.Filter("nums.ok")
sh = logging.StreamHandler(sys.stdout)
sh.addFilter(name_filter)
sh.setFormatter(logging.Formatter("handler:%(name)s:%(message)s"))
logging.getLogger("nums").addHandler(sh)
logging.getLogger("nums.ok").warning("passes")
logging.getLogger("nums.okay").warning("blocked by handler filter")
logging.getLogger("nums").removeHandler(sh)
print(name_filter.filter(logging.makeLogRecord({"name": "nums.ok.deep"})),
      name_filter.filter(logging.makeLogRecord({"name": "nums"})))
logging.getLogger("fn").addFilter(lambda r: "secret" not in r.getMessage())
logging.getLogger("fn").warning("a secret")
logging.getLogger("fn").warning("public")

quiet = logging.getLogger("quiet")
quiet.addHandler(logging.NullHandler())
quiet.propagate = False
quiet.error("nowhere")
print(quiet.hasHandlers(), logging.getLogger("nohandlers.x").hasHandlers())

class Adapter(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return "[%s] %s" % (self.extra["conn"], msg), kwargs

ad = Adapter(logging.getLogger("net"), {"conn": 7})
ad.warning("opened %s", "socket")
ad.info("hidden")
print(ad.isEnabledFor(logging.WARNING), ad.getEffectiveLevel(), ad.name)
plain = logging.LoggerAdapter(logging.getLogger("net"), {"ip": "1.2.3.4"})
plain.error("extra passes through")
class RelFormatter(logging.Formatter):
    def formatException(self, ei):   # tracebacks without this file's directory
        here = os.path.dirname(os.path.abspath(__file__)) + os.sep
        return super().formatException(ei).replace(here, "")

fmt = RelFormatter("%(ip)s %(message)s")
h2 = logging.StreamHandler(sys.stdout)
h2.setFormatter(fmt)
lg = logging.getLogger("withextra")
lg.propagate = False
lg.addHandler(h2)
lg.warning("direct", extra={"ip": "5.6.7.8"})
try:
    lg.warning("bad", extra={"message": 1})
except KeyError as e:
    print("KeyError", e)

def boom():
    return 1 / 0
try:
    boom()
except ZeroDivisionError:
    lg.exception("failed with %s", "detail", extra={"ip": "-"})
    lg.error("no trace", extra={"ip": "-"})
try:
    {}["k"]
except KeyError as e:
    lg.warning("via exc_info", exc_info=e, extra={"ip": "-"})
r = logging.makeLogRecord({"msg": "m", "exc_info": None})
print(logging.Formatter("%(message)s").format(r))
print(logging.Formatter().formatException((ValueError, ValueError("v"), None)))
