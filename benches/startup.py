# startup: an empty program (interpreter start, builtins/module setup, exit)
