# logging's formatTime uses time.localtime / time.strftime (local time and %Z as CPython).
import logging, sys, time
class Rec:
    created = 86400 * 365.25 * 30 + 0.25
    msecs = 250.0
f = logging.Formatter()
print(f.formatTime(Rec()), f.formatTime(Rec(), "%Y/%m/%d %H:%M %Z"))
g = logging.Formatter(); g.converter = time.gmtime
print(g.formatTime(Rec()), g.formatTime(Rec(), "%H:%M:%S"))
