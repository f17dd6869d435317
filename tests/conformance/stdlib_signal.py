# signal: handlers run at the next safepoint, SIG_DFL/SIG_IGN, getsignal,
# Signals enum, raise_signal, os.kill to self, alarm, strsignal, errors.
import os
import signal
import time

print(signal.SIGINT, repr(signal.SIGINT), isinstance(signal.SIGINT, int), type(signal.SIGINT).__name__)
print(repr(signal.SIGTERM), repr(signal.SIGUSR1), repr(signal.SIGALRM), repr(signal.SIGCHLD), signal.SIGCHLD == 17)
print(repr(signal.SIG_DFL), repr(signal.SIG_IGN), signal.NSIG, signal.Signals(10), signal.Signals["SIGHUP"])
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
print(repr(signal.getsignal(signal.SIGTERM)), repr(signal.getsignal(signal.SIGUSR2)))
print(signal.strsignal(signal.SIGINT), "|", signal.strsignal(signal.SIGUSR1), "|", signal.strsignal(9))
vs = signal.valid_signals()
print(len(vs), signal.SIGKILL in vs, sorted(vs)[:3], 0 in vs)
print(signal.SIGABRT.name, signal.Signals(6).name, signal.Signals(17).name, signal.SIGIOT is signal.SIGABRT)

got = []
def handler(signum, frame):
    got.append(signum)
    print("handler", signum, type(signum).__name__, signum == signal.SIGUSR1)

old = signal.signal(signal.SIGUSR1, handler)
print("old", repr(old), signal.getsignal(signal.SIGUSR1) is handler)
signal.raise_signal(signal.SIGUSR1)
print("after raise_signal", got)
os.kill(os.getpid(), signal.SIGUSR1)
for i in range(100):
    pass
print("after kill", got)

# a handler that raises: the exception comes out where the program is
class Boom(Exception):
    pass
def raiser(signum, frame):
    raise Boom(f"signal {signum}")
signal.signal(signal.SIGUSR2, raiser)
try:
    signal.raise_signal(signal.SIGUSR2)
    print("not reached")
except Boom as e:
    print("caught", e)
try:
    os.kill(os.getpid(), signal.SIGUSR2)
    for i in range(1000):
        pass
    print("not reached")
except Boom as e:
    print("caught in loop", e)

# SIG_IGN: the signal is dropped
print(repr(signal.signal(signal.SIGUSR1, signal.SIG_IGN)) == repr(handler))
signal.raise_signal(signal.SIGUSR1)
print("ignored", got, repr(signal.getsignal(signal.SIGUSR1)))

# SIGINT through the Python layer: default_int_handler raises KeyboardInterrupt
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt as e:
    print("KeyboardInterrupt", repr(e))
try:
    signal.default_int_handler(2, None)
except KeyboardInterrupt:
    print("default_int_handler raises")
signal.signal(signal.SIGINT, lambda s, f: print("custom SIGINT", s))
signal.raise_signal(signal.SIGINT)
signal.signal(signal.SIGINT, signal.default_int_handler)

# SIGTERM with a handler, restored to SIG_DFL afterwards
signal.signal(signal.SIGTERM, lambda s, f: print("term", signal.Signals(s).name))
os.kill(os.getpid(), signal.SIGTERM)
time.sleep(0.01)
print(repr(signal.signal(signal.SIGTERM, signal.SIG_DFL)).startswith("<function"))

# alarm: the handler interrupts a sleep; alarm returns the seconds left
def on_alarm(s, f):
    print("alarm", s == signal.SIGALRM)
signal.signal(signal.SIGALRM, on_alarm)
print(signal.alarm(5) == 0, signal.alarm(0) in (4, 5))
signal.alarm(1)
t = time.time()
signal.pause()
print("paused", 0.5 < time.time() - t < 5)

# several pending signals are all delivered
seen = []
for s in (signal.SIGUSR1, signal.SIGUSR2, signal.SIGHUP):
    signal.signal(s, lambda n, f: seen.append(signal.Signals(n).name))
for s in (signal.SIGHUP, signal.SIGUSR1, signal.SIGUSR2):
    os.kill(os.getpid(), s)
time.sleep(0.01)
print(sorted(seen))

# errors
def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
err(lambda: signal.signal(signal.SIGKILL, handler))
err(lambda: signal.signal(0, handler))
err(lambda: signal.signal(1000, handler))
err(lambda: signal.signal(signal.SIGUSR1, 42))
err(lambda: signal.signal(signal.SIGUSR1, "x"))
err(lambda: signal.getsignal(0))
err(lambda: signal.strsignal(0))
err(lambda: signal.raise_signal(0))
err(lambda: signal.Signals(1000))
err(lambda: signal.signal("SIGUSR1", handler))

# interval timers
print(signal.ITIMER_REAL, signal.ITIMER_VIRTUAL, signal.ITIMER_PROF, signal.ItimerError.__name__,
      issubclass(signal.ItimerError, OSError))
print(signal.getitimer(signal.ITIMER_REAL), signal.setitimer(signal.ITIMER_REAL, 10, 0.5))
print(signal.getitimer(signal.ITIMER_REAL)[1], signal.setitimer(signal.ITIMER_REAL, 0)[1])
ticks = []
signal.signal(signal.SIGALRM, lambda s, f: ticks.append(s))
signal.setitimer(signal.ITIMER_REAL, 0.05, 0.02)
while len(ticks) < 3:
    signal.pause()
signal.setitimer(signal.ITIMER_REAL, 0)
print("ticks", ticks[:3], signal.getitimer(signal.ITIMER_REAL))
err(lambda: signal.setitimer(99, 1))
err(lambda: signal.setitimer(signal.ITIMER_REAL, -1))
err(lambda: signal.setitimer(signal.ITIMER_REAL, "x"))
