# Not matched by discover's default pattern (test*.py).
VALUE = 42
