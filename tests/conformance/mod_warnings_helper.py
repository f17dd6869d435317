import warnings
def old():
    warnings.warn("old is deprecated", DeprecationWarning)
def old_caller_blamed():
    warnings.warn("blame the caller", DeprecationWarning, stacklevel=2)
def pending():
    warnings.warn("pending", PendingDeprecationWarning)
