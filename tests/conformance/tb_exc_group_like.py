# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: exc group like
errors = []
for i in range(3):
    try:
        [][i]
    except IndexError as e:
        errors.append(e)
raise errors[0]
