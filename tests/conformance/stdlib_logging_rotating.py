# logging.handlers: RotatingFileHandler rollover and backups, MemoryHandler flushing, BufferingHandler, QueueHandler
import os, sys
import logging
import logging.handlers

base = "_stdlib_logging_rotating.log"
h = logging.handlers.RotatingFileHandler(base, mode="w", maxBytes=40, backupCount=2)
h.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
log = logging.getLogger("rot")
log.propagate = False
log.addHandler(h)
for i in range(8):
    log.warning("message number %d", i)
h.close()
log.removeHandler(h)
names = [base, base + ".1", base + ".2", base + ".3"]
for n in names:
    if os.path.exists(n):
        with open(n) as f:
            print(n, repr(f.read()))
        os.remove(n)
    else:
        print(n, "absent")
print(logging.handlers.RotatingFileHandler.__mro__[1].__name__, logging.handlers is sys.modules["logging.handlers"])

target = logging.StreamHandler(sys.stdout)
target.setFormatter(logging.Formatter("mem: %(levelname)s %(message)s"))
mh = logging.handlers.MemoryHandler(3, flushLevel=logging.ERROR, target=target)
mlog = logging.getLogger("mem")
mlog.propagate = False
mlog.addHandler(mh)
mlog.warning("one")
mlog.warning("two")
print("buffered", len(mh.buffer))
mlog.warning("three")
print("after capacity", len(mh.buffer))
mlog.info("quiet")
mlog.warning("four")
mlog.error("flush on error")
mlog.warning("left in buffer")
mh.close()
print("closed", len(mh.buffer))

class ListQueue(list):
    def put_nowait(self, item):
        self.append(item)

q = ListQueue()
qh = logging.handlers.QueueHandler(q)
qlog = logging.getLogger("queue")
qlog.propagate = False
qlog.addHandler(qh)
qlog.warning("queued %s", "arg")
rec = q[0]
print(type(rec).__name__, rec.msg, rec.args, rec.message, rec.exc_info, rec.levelname)

class Keep(logging.handlers.BufferingHandler):
    def shouldFlush(self, record):
        return len(self.buffer) >= 2
bh = Keep(10)
blog = logging.getLogger("buf")
blog.propagate = False
blog.addHandler(bh)
blog.warning("a")
print(len(bh.buffer))
blog.warning("b")
print(len(bh.buffer))
print(hasattr(logging.handlers, "RotatingFileHandler"), logging.handlers.DEFAULT_TCP_LOGGING_PORT)
