# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: import err
import no_such_module_xyz
