# fib: recursive and iterative Fibonacci numbers (ints grow past 64 bits)


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def fib_iter(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


print([fib(i) for i in range(15)])
print("fib(25) =", fib(25))
print("fib_iter(100) =", fib_iter(100))
