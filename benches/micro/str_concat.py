# str_concat: `s = p + q` of two short strs (allocates a new str each time)
# small: 50000
import sys


def run(n):
    p = "abc"
    q = "defg"
    s = ""
    for i in range(n):
        s = p + q
    return len(s)


print(run(int(sys.argv[1])))
