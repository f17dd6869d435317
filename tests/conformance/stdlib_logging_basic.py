# logging: basicConfig to stdout, levels, hierarchy, propagation, %-style and {-style formats
import sys
import logging

logging.basicConfig(stream=sys.stdout, level=logging.INFO,
                    format="%(levelname)s:%(name)s:%(message)s")
log = logging.getLogger("app")
log.debug("hidden %d", 1)
log.info("shown %d and %s", 2, "x")
log.warning("warn")
log.error("err %r", {"k": 1})
log.critical("crit")
log.log(25, "level 25")
print(logging.getLevelName(25), logging.getLevelName("INFO"), logging.getLevelName(logging.ERROR))
logging.addLevelName(25, "NOTICE")
log.log(25, "notice now")
child = logging.getLogger("app.db")
print(child.parent is log, child.parent.name, child.getEffectiveLevel())
child.setLevel(logging.DEBUG)
child.debug("child debug")
print(child.isEnabledFor(logging.DEBUG), log.isEnabledFor(logging.DEBUG))
print(logging.getLogger() is logging.root, logging.root.level)
print(repr(log), repr(child), repr(logging.root))
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("{name}|{levelname:>8}|{message}", style="{"))
child.addHandler(h)
child.info("both")
child.propagate = False
child.info("only mine")
print(repr(h))
print(logging.getLogger("app.db.x").parent.name)
mid = logging.getLogger("a.b")
leaf = logging.getLogger("a.b.c.d")
print(leaf.parent.name)
mid2 = logging.getLogger("a.b.c")
print(leaf.parent.name, mid2.parent.name)
f = logging.Formatter("$levelname $message", style="$")
r = logging.makeLogRecord({"msg": "hi %s", "args": ("there",), "levelname": "INFO"})
print(f.format(r), r.getMessage())
for bad in ["%(message)", "{message", "x"]:
    try:
        logging.Formatter(bad, style="{" if bad.startswith("{") else "%")
    except ValueError as e:
        print("ValueError", e)
try:
    logging.Formatter("x", style="?")
except ValueError as e:
    print(e)
try:
    log.setLevel("BOGUS")
except ValueError as e:
    print(e)
log.setLevel("WARNING")
print(log.level, logging.getLevelNamesMapping()["WARN"])
logging.disable(logging.WARNING)
log.warning("disabled")
log.error("not disabled")
logging.disable(logging.NOTSET)
logging.info("root info %s", "x")
logging.warning("root warning")
