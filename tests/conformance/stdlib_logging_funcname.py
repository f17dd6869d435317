# logging's funcName is the calling function's name (warnings' caller gives it).
import logging, sys, warnings
logging.basicConfig(stream=sys.stdout, format="%(funcName)s:%(levelname)s:%(message)s")
def work():
    logging.warning("in work")
class K:
    def meth(self):
        logging.getLogger("k").error("in meth")
work(); K().meth(); (lambda: logging.warning("x"))()
logging.warning("top")
