"""allow programmer to define multiple exit functions to be executed
upon normal program termination.

Two public functions, register and unregister, are defined.

(Tauraro: the interpreter calls _run_exitfuncs when the main module has
finished, normally, by sys.exit or by an uncaught exception, as CPython's
Py_Finalize does.)
"""

import sys

# (func, args, kwargs); None where unregister removed one (CPython keeps the
# slot too, which _ncallbacks counts).
_exithandlers = []


def register(func, *args, **kwargs):
    """Register a function to be executed upon normal program termination

    func - function to be called at exit
    args - optional arguments to pass to func
    kwargs - optional keyword arguments to pass to func

    func is returned to facilitate usage as a decorator."""
    if not callable(func):
        raise TypeError("the first argument must be callable")
    _exithandlers.append((func, args, kwargs))
    return func


def unregister(func):
    """Unregister an exit function which was previously registered using
    atexit.register

    func - function to be unregistered"""
    for i, h in enumerate(_exithandlers):
        if h is not None and h[0] == func:
            _exithandlers[i] = None


def _clear():
    """Clear the list of previously registered exit functions."""
    del _exithandlers[:]


def _ncallbacks():
    """Return the number of registered exit functions."""
    return len(_exithandlers)


def _run_exitfuncs():
    """Run all registered exit functions.

    If a callback raises an exception, it is logged with sys.unraisablehook."""
    while _exithandlers:
        h = _exithandlers.pop()
        if h is None:
            continue
        func, args, kwargs = h
        try:
            func(*args, **kwargs)
        except BaseException as e:
            _report(func, e)


def _report(func, e):
    try:
        sys.stdout.flush()
    except BaseException:
        pass
    import traceback
    print("Exception ignored in atexit callback: %r" % (func,), file=sys.stderr)
    tb = e.__traceback__
    # the traceback starts in the callback, not in this loop
    if tb is not None and tb.tb_frame.f_code.co_name == '_run_exitfuncs':
        tb = tb.tb_next
    traceback.print_exception(type(e), e, tb, file=sys.stderr)
