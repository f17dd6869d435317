# ExceptionGroup/BaseExceptionGroup: construction checks and messages, message/exceptions, str/repr, derive, split/subgroup (type, tuple, predicate, nesting, metadata copied), add_note
def t(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: ExceptionGroup("a"))
t(lambda: ExceptionGroup("a", [ValueError()], 3))
t(lambda: ExceptionGroup(1, [ValueError()]))
t(lambda: ExceptionGroup("a", []))
t(lambda: ExceptionGroup("a", 5))
t(lambda: ExceptionGroup("a", {ValueError()}))
t(lambda: ExceptionGroup("a", [ValueError(), 3]))
t(lambda: ExceptionGroup("a", [KeyboardInterrupt()]))
t(lambda: ExceptionGroup("a", [ValueError()], x=1))
t(lambda: ExceptionGroup(message="a", exceptions=[ValueError()]))
t(lambda: ExceptionGroup("a", "ab"))
t(lambda: BaseExceptionGroup("a", (KeyboardInterrupt(),)))
t(lambda: type(BaseExceptionGroup("x", [ValueError()])).__name__)
t(lambda: type(BaseExceptionGroup("x", [ValueError(), SystemExit()])).__name__)
print(ExceptionGroup.__mro__)
print(ExceptionGroup.__bases__, BaseExceptionGroup.__bases__)
print(issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, Exception))

g = ExceptionGroup("a", [ValueError(1), TypeError(2), ExceptionGroup("b", [ValueError(3), OSError(4)])])
print(g.message, g.exceptions, g.args)
print(str(g), "|", repr(g))
print(str(ExceptionGroup("one", [ValueError()])))
t(lambda: g.split(ValueError))
t(lambda: g.split((TypeError, OSError)))
t(lambda: g.subgroup(lambda e: isinstance(e, OSError)))
t(lambda: g.subgroup(lambda e: True) is g)
t(lambda: g.split(ExceptionGroup)[0] is g)
t(lambda: g.split(3))
t(lambda: g.split(int))
t(lambda: g.split(KeyError))
t(lambda: g.subgroup(KeyError))
t(lambda: g.derive([KeyError()]))
t(lambda: g.split(lambda e: 1 / 0))
t(lambda: ExceptionGroup[int])

# split keeps the leaves (same objects) and copies cause, context, notes
cause = RuntimeError("cause")
try:
    try:
        raise KeyError("ctx")
    except KeyError:
        raise ExceptionGroup("outer", [ValueError(1), TypeError(2)]) from cause
except ExceptionGroup as e:
    e.add_note("a note")
    match, rest = e.split(ValueError)
    print(repr(match), repr(rest))
    print(match.exceptions[0] is e.exceptions[0], rest.exceptions[0] is e.exceptions[1])
    print(match.__cause__ is cause, repr(match.__context__), match.__suppress_context__)
    print(match.__notes__, match.__notes__ is e.__notes__)
    print(match.__traceback__ is not None, match.__traceback__.tb_lineno)

# notes
e = ValueError("v")
e.add_note("first")
e.add_note("second")
print(e.__notes__)
t(lambda: e.add_note(3))
e.__notes__ = "not a list"
t(lambda: e.add_note("x"))
print(repr(BaseExceptionGroup.__doc__), repr(ExceptionGroup.__doc__))
import copy
print(repr(copy.copy(g)), repr(copy.deepcopy(g)))
