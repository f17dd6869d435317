#!/usr/bin/env python3
"""Random valid Python programs for differential testing (python3.11 vs tauraro).

`gen.py SEED` prints one program. Programs are deterministic, terminate
quickly, and cover ints (small and big), floats, complex numbers, strings, lists, dicts, loops,
functions, closures, exceptions, classes and generators. Expressions that may
raise are printed inside try/except, so error types and messages are compared
too. The same seed always gives the same program (random.Random(seed)).
"""
import random
import sys

SMALL = [0, 1, 2, 3, -1, -2, 7, 10, 13, 100, 255, 256, 1000, -1000, 2**31 - 1, 2**31, 2**62, 2**63, -2**63, 2**64 + 1]
FLOATS = ["0.0", "1.5", "-2.25", "3.14159", "1e10", "1e-7", "0.1", "2.5", "1e300", "-0.0", "123456.789", "7.0"]
COMPLEX = ["1j", "(1+2j)", "(-0.5-1.5j)", "0j", "(3-0j)", "complex(-0.0, 0.0)", "2.5j", "(1e300+1e300j)", "complex('nan+1j')", "(-1+0j)"]
COMPLEX_STR = ["1+2j", "(3-4j)", " -j ", "1e3j", "inf-nanj", "1_0+2_0j", "bad", "1+2", "(1-j)"]
WORDS = ["", "a", "abc", "Hello", "x y z", "tauraro", "ABC def", "12", "  pad  ", "a,b,c", "\u00e9t\u00e9", "mixed Case"]


class Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.lines = []
        self.ind = 0
        self.vars = {}  # name -> type ('int','float','str','list','dict')
        self.funcs = []  # (name, nparams)
        self.classes = []
        self.n = 0
        self.depth = 0

    def fresh(self, p):
        self.n += 1
        return f"{p}{self.n}"

    def emit(self, s):
        self.lines.append("    " * self.ind + s)

    def pick(self, xs):
        return self.r.choice(xs)

    def var_of(self, t):
        vs = [k for k, v in self.vars.items() if v == t]
        return self.pick(vs) if vs else None

    # ---- expressions by type -------------------------------------------
    def int_e(self, d=0):
        r = self.r.random()
        if d > 2 or r < 0.25:
            v = self.var_of("int")
            if v and self.r.random() < 0.6:
                return v
            x = self.pick(SMALL) if self.r.random() < 0.7 else self.r.randint(-50, 50)
            return f"({x})" if x < 0 else str(x)
        k = self.r.randint(0, 19)
        a = self.int_e(d + 1)
        if k <= 2:
            return f"({a} {self.pick(['+', '-', '*'])} {self.int_e(d + 1)})"
        if k == 3:
            return f"({a} {self.pick(['//', '%'])} {self.int_e(d + 1)})"
        if k == 4:
            return f"({a} ** {self.r.randint(0, 12)})"
        if k == 5:
            return f"({a} {self.pick(['&', '|', '^'])} {self.int_e(d + 1)})"
        if k == 6:
            return f"({a} {self.pick(['<<', '>>'])} {self.r.randint(0, 70)})"
        if k == 7:
            return f"{self.pick(['-', '~', '+'])}{a}"
        if k == 8:
            return f"abs({a})"
        if k == 9:
            return f"len({self.str_e(d + 1) if self.r.random() < 0.5 else self.list_e(d + 1)})"
        if k == 10:
            return f"{self.pick(['min', 'max'])}({a}, {self.int_e(d + 1)})"
        if k == 11:
            return f"int({self.float_e(d + 1)})"
        if k == 12:
            return f"({a} if {self.bool_e(d + 1)} else {self.int_e(d + 1)})"
        if k == 14:
            return f"divmod({a}, {self.int_e(d + 1)})[{self.r.randint(0, 1)}]"
        if k == 15:  # big ints
            return f"({a} {self.pick(['*', '+', '-', '//', '%'])} {self.pick(['10**30', '-(3**70)', '2**100 + 7', '(1 << 200) - 1'])})"
        if k == 16:
            return self.pick([f"round({self.float_e(d + 1)})", f"round({a}, {self.r.randint(-4, 1)})"])
        if k == 17:
            return self.pick([f"({a}).bit_length()", f"pow({a}, {self.r.randint(0, 40)}, {self.pick(['7', '1000003', '2**61 - 1', '-9'])})",
                              f"int({self.pick(['0x1F', '-101', '777', 'zz', '1_000', '  42 '])!r}, {self.pick(['0', '2', '8', '16', '36'])})"])
        if k == 18:
            return f"int(str({a}) * {self.r.randint(1, 6)})"
        return f"sum({self.list_e(d + 1)})"

    def float_e(self, d=0):
        r = self.r.random()
        if d > 2 or r < 0.3:
            v = self.var_of("float")
            if v and self.r.random() < 0.5:
                return v
            return self.pick(FLOATS)
        k = self.r.randint(0, 10)
        a = self.float_e(d + 1)
        if k <= 2:
            return f"({a} {self.pick(['+', '-', '*', '/'])} {self.float_e(d + 1)})"
        if k == 3:
            return f"({self.int_e(d + 1)} / {self.int_e(d + 1)})"
        if k == 4:
            return f"float({self.int_e(d + 1)})"
        if k == 5:
            return f"round({a}, {self.r.randint(0, 4)})"
        if k == 6:
            return f"({a} {self.pick(['//', '%'])} {self.float_e(d + 1)})"
        if k == 8:
            return f"divmod({a}, {self.float_e(d + 1)})[{self.r.randint(0, 1)}]"
        if k == 9:
            return f"min(abs({a}), 1e6) ** {self.pick(['0.5', '2', '-1', '1.5', '3'])}"
        if k == 10:
            return f"({self.int_e(d + 1)} {self.pick(['+', '*', '-'])} {a})"
        return f"abs({a})"

    def complex_e(self, d=0):
        r = self.r.random()
        if d > 2 or r < 0.3:
            v = self.var_of("complex")
            if v and self.r.random() < 0.5:
                return v
            return self.pick(COMPLEX)
        k = self.r.randint(0, 9)
        a = self.complex_e(d + 1)
        if k <= 2:
            return f"({a} {self.pick(['+', '-', '*', '/'])} {self.complex_e(d + 1)})"
        if k == 3:
            return f"({self.pick([self.int_e(d + 1), self.float_e(d + 1)])} {self.pick(['+', '-', '*', '/', '**'])} {a})"
        if k == 4:
            return f"({a} ** {self.pick(['2', '3', '-1', '0.5', '1j', '0', '(1+1j)', '-2.5'])})"
        if k == 5:
            return f"complex({self.float_e(d + 1)}, {self.pick([self.float_e(d + 1), self.int_e(d + 1)])})"
        if k == 6:
            return f"{a}.conjugate()"
        if k == 7:
            return f"complex({self.pick(COMPLEX_STR)!r})"
        if k == 8:
            return f"{self.pick(['-', '+'])}{a}"
        return f"sum([{a}, {self.complex_e(d + 1)}, {self.pick([self.int_e(d + 1), self.float_e(d + 1)])}])"

    def str_e(self, d=0):
        r = self.r.random()
        if d > 2 or r < 0.3:
            v = self.var_of("str")
            if v and self.r.random() < 0.5:
                return v
            return repr(self.pick(WORDS))
        k = self.r.randint(0, 17)
        a = self.str_e(d + 1)
        if k <= 1:
            return f"({a} + {self.str_e(d + 1)})"
        if k == 2:
            return f"str({self.int_e(d + 1)})"
        if k == 3:
            return f"{a}.{self.pick(['upper', 'lower', 'strip', 'title', 'swapcase', 'capitalize'])}()"
        if k == 4:
            return f"{a}[{self.r.randint(-3, 3)}:{self.r.randint(-3, 5)}]"
        if k == 5:
            return f"({a} * {self.r.randint(0, 3)})"
        if k == 6:
            return f"{self.str_e(d + 1)}.join([{a}, {self.str_e(d + 1)}])"
        if k == 7:
            return f"{a}.replace({self.pick(WORDS[1:4])!r}, {self.pick(WORDS)!r})"
        if k == 8:
            return f"f\"<{{{self.int_e(3)}}}|{{{self.float_e(3)}}}>\""  # leaves: no nested f-strings
        if k == 9:
            return f"repr({self.pick([self.list_e(d + 1), self.float_e(d + 1), a])})"
        if k == 10:
            return f"('{self.pick(['%d', '%s', '%5d', '%x'])}' % ({self.int_e(d + 1)},))"
        if k == 12:  # slicing with steps
            return f"{a}[{self.pick(['::-1', '1::2', '::3', '-2::-1', ':-1:2', '5:0:-2'])}]"
        if k == 13:
            return self.pick([f"{a}.{m}({self.r.randint(0, 12)}{', ' + repr(self.pick('*-. ')) if m != 'zfill' else ''})"
                              for m in ['center', 'ljust', 'rjust', 'zfill']])
        if k == 14:
            w = repr(self.pick(WORDS[1:]))
            return self.pick([f"str({a}.split({w}))", f"str({a}.split())", f"str({a}.partition({w}))",
                              f"str({a}.find({w}))", f"str({a}.count({w}))", f"str({a}.startswith({w}))",
                              f"str({a}.rsplit(None, 1))", f"{a}.strip({w})", f"str({a}.isdigit())"])
        if k == 15:  # f-string format specs
            spec = self.pick(['>8', '<6', '^9', '08.3f', ',', '_', '+.2e', '.3g', '010.2f', '%'])
            val = self.float_e(3) if spec[-1] in 'fegg%' else self.pick([self.int_e(3), self.float_e(3)])
            return f"f\"[{{{val}:{spec}}}]\""
        if k == 16:
            spec = self.pick(['x', 'X', '#o', 'b', '#x', '08b', ',d', '>+7', 'c' if False else 'd'])
            return f"f\"{{{self.int_e(3)}:{spec}}}{{{self.str_e(3)}!r:>5}}\""
        if k == 17:
            return f"{self.pick(['hex', 'bin', 'oct', 'ascii', 'str'])}({self.int_e(d + 1)})"
        return f"format({self.float_e(d + 1)}, {self.pick(['.2f', '.3e', 'g', '10.4f', ''])!r})"

    def list_e(self, d=0):
        r = self.r.random()
        if d > 2 or r < 0.3:
            v = self.var_of("list")
            if v and self.r.random() < 0.6:
                return v
            return "[" + ", ".join(self.int_e(3) for _ in range(self.r.randint(0, 4))) + "]"
        k = self.r.randint(0, 6)
        if k == 0:
            return f"sorted({self.list_e(d + 1)})"
        if k == 1:
            return f"({self.list_e(d + 1)} + {self.list_e(d + 1)})"
        if k == 2:
            return f"[{self.pick(['x * 2', 'x + 1', 'x % 7', '-x'])} for x in {self.list_e(d + 1)}]"
        if k == 3:
            return f"list(range({self.r.randint(-2, 8)}))"
        if k == 4:
            return f"{self.list_e(d + 1)}[{self.r.randint(-3, 3)}:{self.r.randint(-2, 6)}]"
        if k == 5:
            return f"[x for x in {self.list_e(d + 1)} if x % 2 == 0]"
        return f"list(reversed({self.list_e(d + 1)}))"

    def dict_e(self, d=0):
        v = self.var_of("dict")
        if v and self.r.random() < 0.6:
            return v
        if self.r.random() < 0.3:
            return f"{{k: k * k for k in range({self.r.randint(0, 5)})}}"
        items = [f"{self.pick([self.int_e(3), repr(self.pick(WORDS))])}: {self.int_e(3)}" for _ in range(self.r.randint(0, 3))]
        return "{" + ", ".join(items) + "}"

    def bool_e(self, d=0):
        k = self.r.randint(0, 4)
        if k <= 1:
            return f"{self.int_e(d + 1)} {self.pick(['<', '<=', '==', '!=', '>', '>='])} {self.int_e(d + 1)}"
        if k == 2:
            return f"{self.float_e(d + 1)} {self.pick(['<', '==', '>='])} {self.float_e(d + 1)}"
        if k == 3:
            return f"{self.str_e(d + 1)} {self.pick(['<', '==', 'in', 'not in'])} {self.str_e(d + 1)}"
        return f"{self.int_e(d + 1)} in {self.list_e(d + 1)}"

    def any_e(self):
        t = self.pick(["int", "int", "float", "str", "list", "dict", "bool", "complex"])
        return t, getattr(self, t + "_e")()

    # ---- statements --------------------------------------------------------
    def guarded_print(self, e):
        self.emit("try:")
        self.ind += 1
        self.emit(f"print({e})")
        self.ind -= 1
        self.emit("except Exception as e:")
        self.ind += 1
        self.emit("print(type(e).__name__, e)")
        self.ind -= 1

    def assign(self):
        t, e = self.any_e()
        if t == "bool":
            t, e = "int", f"int({e})"
        name = self.var_of(t) if self.r.random() < 0.3 else None
        name = name or self.fresh(t[0])
        self.emit("try:")
        self.ind += 1
        self.emit(f"{name} = {e}")
        self.ind -= 1
        self.emit("except Exception as e:")
        self.ind += 1
        self.emit(f"{name} = {self.default(t)}")
        self.emit("print('E', type(e).__name__)")
        self.ind -= 1
        self.vars[name] = t
        if t == "int":
            # keep ints bounded across loops
            self.emit(f"{name} = {name} % {self.pick(['1000', '10**20', '(2**64 + 13)', '997'])}")

    def safe(self, e, default):
        """Bind `e` to a fresh name, falling back to `default` if it raises."""
        t = self.fresh("t")
        self.emit("try:")
        self.emit(f"    {t} = {e}")
        self.emit("except Exception as e:")
        self.emit(f"    {t} = {default}")
        self.emit("    print('E', type(e).__name__, e)")
        return t

    def default(self, t):
        return {"int": "0", "float": "0.0", "str": "''", "list": "[]", "dict": "{}", "complex": "0j"}[t]

    def block(self, n):
        self.ind += 1
        start = len(self.lines)
        for _ in range(n):
            self.stmt()
        if len(self.lines) == start:
            self.emit("pass")
        self.ind -= 1

    def stmt(self):
        self.depth += 1
        k = self.r.randint(0, 24) if self.depth < 4 else self.r.randint(0, 5)
        saved = dict(self.vars)
        saved_f, saved_c = list(self.funcs), list(self.classes)

        def restore():
            # names bound inside a block may be unbound after it (branch not taken)
            self.vars = dict(saved)
            self.funcs, self.classes = list(saved_f), list(saved_c)

        if k <= 2:
            self.assign()
        elif k <= 5:
            _, e = self.any_e()
            self.guarded_print(e)
        elif k == 6:
            self.emit(f"if {self.safe(self.bool_e(), 'False')}:")
            self.block(self.r.randint(1, 3))
            restore()
            if self.r.random() < 0.5:
                self.emit("else:")
                self.block(self.r.randint(1, 2))
            restore()
        elif k == 7:
            i = self.fresh("i")
            src = self.pick([f"range({self.r.randint(0, 6)})", self.list_e(2), f"enumerate({self.str_e(2)})"])
            src = self.safe(src, "[]")
            self.emit(f"for {i} in {src}:")
            self.vars[i] = "any"
            self.ind += 1
            self.emit(f"print({i})")
            if self.r.random() < 0.3:
                self.emit(f"if {i} == {self.r.randint(0, 3)}: continue")
            if self.r.random() < 0.2:
                self.emit("break")
            self.ind -= 1
            self.block(self.r.randint(0, 2))
            restore()
        elif k == 8:
            c = self.fresh("w")
            self.emit(f"{c} = 0")
            self.emit(f"while {c} < {self.r.randint(0, 5)}:")
            self.ind += 1
            self.emit(f"{c} += 1")
            self.ind -= 1
            self.block(self.r.randint(1, 2))
            restore()
            self.emit(f"print('w', {c})")
        elif k == 9:
            self.func()
        elif k == 10 and self.funcs:
            f, n = self.pick(self.funcs)
            args = ", ".join(self.int_e(2) for _ in range(n))
            self.guarded_print(f"{f}({args})")
        elif k == 11:
            self.try_stmt()
        elif k == 12:
            self.klass()
        elif k == 13:
            self.container_ops()
        elif k == 14:
            self.gen_stmt()
        elif k == 15:
            self.closure()
        elif k == 16:
            self.finally_func()
        elif k == 17:
            self.comprehensions()
        elif k == 18:
            self.sort_stmt()
        elif k == 19:
            self.misc_stmt()
        elif k == 20:
            self.class_features()
        elif k == 21:
            self.protocol_stmt()
        elif k == 22:
            self.match_stmt()
        elif k == 23:
            self.lib_stmt()
        elif k == 24:
            self.sem_stmt()
        else:
            self.assign()
        self.depth -= 1

    def func(self):
        name = self.fresh("f")
        n = self.r.randint(0, 3)
        params = [f"p{j}" for j in range(n)]
        default = self.r.random() < 0.3 and n > 0
        sig = ", ".join(params[:-1] + [params[-1] + "=5"] if default else params)
        self.emit(f"def {name}({sig}):")
        saved = self.vars
        self.vars = {p: "int" for p in params}
        self.ind += 1
        self.emit("acc = 0")
        self.vars["acc"] = "int"
        for _ in range(self.r.randint(0, 3)):
            self.emit(f"acc = (acc + {self.int_e(1)}) % 100003")
        if self.funcs and self.r.random() < 0.3:
            f, fn = self.pick(self.funcs)
            self.emit(f"acc += {f}({', '.join(self.int_e(2) for _ in range(fn))}) % 7")
        if self.r.random() < 0.2:
            self.emit(f"if acc % 3 == 0: raise ValueError('bad ' + str(acc))")
        self.emit(f"return {self.pick(['acc', self.int_e(1), 'str(acc)', '[acc, ' + self.int_e(2) + ']'])}")
        self.ind -= 1
        self.vars = saved
        self.funcs.append((name, n))
        args = ", ".join(self.int_e(2) for _ in range(n))
        self.guarded_print(f"{name}({args})")

    def finally_func(self):
        """return/break/continue crossing finally blocks; exceptions replaced in finally."""
        name = self.fresh("ff")
        self.emit(f"def {name}(n):")
        self.ind += 1
        self.emit("log = []")
        self.emit("for k in range(n):")
        self.emit("    try:")
        self.emit(f"        if k == {self.r.randint(0, 4)}: continue")
        self.emit(f"        if k == {self.r.randint(0, 6)}: break")
        self.emit(f"        if k == {self.r.randint(0, 6)}: return log + ['ret', k]")
        self.emit(f"        if k == {self.r.randint(0, 6)}: raise ValueError(k)")
        self.emit("        log.append(k)")
        self.emit("    finally:")
        self.emit("        log.append(-k)")
        self.emit(f"        if k == {self.r.randint(3, 9)}: return log")
        self.emit("return log")
        self.ind -= 1
        self.guarded_print(f"{name}({self.r.randint(0, 8)})")

    def comprehensions(self):
        src = self.safe(self.list_e(2), "[]")
        self.guarded_print(self.pick([
            f"{{x % {self.r.randint(2, 5)}: x for x in {src}}}",
            f"{{x % {self.r.randint(2, 9)} for x in {src}}}",
            f"set({src}) - {{x for x in {src} if x % {self.r.randint(2, 5)}}}",
            f"[(x, y) for x in {src} for y in range({self.r.randint(0, 3)}) if (x + y) % 2]",
            f"sum(x * x for x in {src})",
            f"[[y for y in range(x % 4)] for x in {src}]",
            f"list(zip({src}, {self.str_e(2)}))",
            f"sorted({src}, key=lambda x: (-x % 5, x), reverse={self.pick(['True', 'False'])})",
            f"list(map(lambda x: x // 3, filter(lambda x: x > 0, {src})))",
            f"any(x > 5 for x in {src}), all(x > -1000 for x in {src})",
            f"max({src}, default=None), min({src}, key=abs, default='e')",
        ]))

    def closure(self):
        name = self.fresh("mk")
        self.emit(f"def {name}(start):")
        self.ind += 1
        self.emit("total = start")
        self.emit("def step(k):")
        self.ind += 1
        self.emit("nonlocal total")
        self.emit(f"total = (total + k * {self.r.randint(1, 9)}) % 1000003")
        self.emit("return total")
        self.ind -= 1
        self.emit("return step")
        self.ind -= 1
        s = self.fresh("s")
        self.emit(f"{s} = {name}({self.r.randint(0, 9)})")
        self.emit(f"print([{s}(k) for k in range({self.r.randint(0, 5)})])")

    def try_stmt(self):
        risky = self.pick([
            f"{self.int_e(1)} // {self.pick(['0', self.int_e(2)])}",
            f"{self.list_e(1)}[{self.r.randint(-6, 6)}]",
            f"{self.dict_e(1)}[{self.int_e(2)}]",
            f"int({self.str_e(1)})",
            f"float({self.str_e(1)})",
            f"{self.str_e(1)}.index({self.str_e(2)})",
            f"{self.int_e(1)} + {self.str_e(1)}",
            f"undefined_{self.r.randint(0, 9)}",
            # bounded: negative bases give complex (unsupported); overflow's OverflowError
            # args differ (reported to B)
            f"min(abs({self.float_e(1)}), 1e3) ** ({self.float_e(1)} % 8)",
            f"[1, 2].pop({self.r.randint(-4, 4)})",
            f"{{}}.popitem()",
        ])
        self.emit("try:")
        self.ind += 1
        self.emit(f"r = {risky}")
        self.emit("print('ok', r)")
        if self.r.random() < 0.3:
            self.emit(f"raise {self.pick(['KeyError', 'ValueError', 'RuntimeError'])}({self.int_e(2)})")
        self.ind -= 1
        exc = self.pick(["ZeroDivisionError", "(IndexError, KeyError)", "LookupError", "ValueError", "Exception", "TypeError"])
        self.emit(f"except {exc} as e:")
        self.ind += 1
        self.emit("print('caught', type(e).__name__, e, e.args)")
        self.ind -= 1
        if exc != "Exception":
            self.emit("except Exception as e:")
            self.ind += 1
            self.emit("print('other', type(e).__name__, repr(e))")
            self.ind -= 1
        if self.r.random() < 0.5:
            self.emit("else:")
            self.ind += 1
            self.emit("print('else')")
            self.ind -= 1
        if self.r.random() < 0.5:
            self.emit("finally:")
            self.ind += 1
            self.emit("print('finally')")
            self.ind -= 1

    def klass(self):
        name = self.fresh("C")
        base = self.pick(self.classes) if self.classes and self.r.random() < 0.4 else None
        self.emit(f"class {name}{'(' + base + ')' if base else ''}:")
        self.ind += 1
        self.emit(f"kind = {self.pick(WORDS)!r}")
        self.emit("def __init__(self, v):")
        self.emit(f"    self.v = v")
        self.emit(f"    self.w = v * {self.r.randint(1, 5)}")
        self.emit("def get(self):")
        self.emit(f"    return self.v + self.w")
        if self.r.random() < 0.6 or not base:  # the default repr shows an address
            self.emit("def __repr__(self):")
            self.emit(f"    return f'{name}({{self.v!r}})'")
        if self.r.random() < 0.5:
            self.emit("def __eq__(self, other):")
            self.emit(f"    return isinstance(other, {name}) and self.v == other.v")
            self.emit("def __hash__(self):")
            self.emit("    return hash(self.v)")
        if self.r.random() < 0.4:
            self.emit("def __lt__(self, other):")
            self.emit("    return self.v < other.v")
        if self.r.random() < 0.3:
            self.emit("@property")
            self.emit("def double(self):")
            self.emit("    return self.v * 2")
        self.ind -= 1
        self.classes.append(name)
        o = self.fresh("o")
        self.emit(f"{o} = {name}({self.safe(self.int_e(2), '0')})")
        self.emit(f"print({o}.get(), {o}.kind, isinstance({o}, {name}), type({o}).__name__)")
        self.guarded_print(f"sorted([{name}(3), {name}(1), {name}(2)])")
        self.guarded_print(f"{o} == {name}({o}.v), len({{{o}, {name}({o}.v)}})")
        self.guarded_print(f"{o}.double")
        self.guarded_print(f"{o}.missing")

    def container_ops(self):
        l = self.fresh("l")
        self.emit(f"{l} = {self.safe(self.list_e(1), '[]')}")
        self.emit(f"{l} = list({l})")
        for _ in range(self.r.randint(1, 4)):
            op = self.pick([
                f"{l}.append({self.int_e(2)})", f"{l}.insert({self.r.randint(-2, 3)}, {self.int_e(2)})",
                f"{l}.extend({self.list_e(2)})", f"{l}.sort()", f"{l}.reverse()",
                f"{l}[{self.r.randint(-2, 2)}:{self.r.randint(0, 3)}] = {self.list_e(2)}",
                f"del {l}[{self.r.randint(-1, 1)}]",
            ])
            self.emit("try:")
            self.emit(f"    {op}")
            self.emit("except Exception as e:")
            self.emit("    print(type(e).__name__, e)")
        self.emit(f"print({l}, len({l}))")
        self.vars[l] = "list"
        d = self.fresh("d")
        self.emit(f"{d} = dict({self.safe(self.dict_e(1), '{}')})")
        for _ in range(self.r.randint(1, 4)):
            key = self.pick([self.int_e(3), repr(self.pick(WORDS))])
            op = self.pick([f"{d}[{key}] = {self.int_e(2)}", f"{d}.pop({key}, None)", f"{d}.setdefault({key}, [])",
                            f"{d}.update({{{key}: 1}})", f"print({d}.get({key}, 'none'))"])
            self.emit("try:")
            self.emit(f"    {op}")
            self.emit("except Exception as e:")
            self.emit("    print(type(e).__name__, e)")
        self.emit(f"print({d}, sorted({d}.items(), key=repr), list({d}.values()))")
        self.vars[d] = "dict"
        if self.r.random() < 0.3:
            # Sets of ints iterate in CPython's order (runtime/set.rs), so they are printed as they are.
            self.emit(f"print(set({self.list_e(2)}) | set({self.list_e(2)}), set({self.list_e(2)}) ^ {{1, 2, 3}}, tuple({self.list_e(2)}))")

    def num_literal(self):
        """A number for sorting: ints, big ints, floats, inf, -0.0, NaN, bools."""
        return self.pick(["0", "1", "-3", "7", "2**65", "-(10**20)", "2.5", "-0.0", "0.0", "1e300", "-1.5",
                          "float('inf')", "float('-inf')", "float('nan')", "True", "False", "3", "3.0", "10**18"])

    def sort_stmt(self):
        """list.sort/sorted: mixed numbers with NaN (the result depends on the
        comparisons made), keys, reverse, stability, logged __lt__ calls,
        key functions that raise, mixed types that raise."""
        xs = "[" + ", ".join(self.num_literal() for _ in range(self.r.randint(0, 12))) + "]"
        k = self.r.randint(0, 6)
        if k == 0:
            self.guarded_print(self.pick([f"sorted({xs})", f"sorted({xs}, reverse=True)", f"sorted({xs}, key=abs)",
                                          f"sorted({xs}, key=lambda x: -x, reverse=True)", f"max({xs}, default=0)",
                                          f"min({xs}, default=0)", f"sorted({xs}, key=lambda x: x % 3)"]))
        elif k == 1:
            l = self.fresh("l")
            self.emit(f"{l} = {xs}")
            self.emit("try:")
            self.emit(f"    {l}.sort(key={self.pick(['None', 'abs', 'str', 'lambda x: (x > 1, -x)', 'lambda x: 10 // int(x)'])}, "
                      f"reverse={self.pick(['True', 'False'])})")
            self.emit("except Exception as e:")
            self.emit("    print(type(e).__name__, e)")
            self.emit(f"print({l})")
        elif k == 2:
            words = [repr(self.pick(WORDS)) for _ in range(self.r.randint(0, 8))]
            self.guarded_print(f"sorted([{', '.join(words)}], key={self.pick(['len', 'str.lower', 'lambda w: w[-1:]', 'None'])}, "
                               f"reverse={self.pick(['True', 'False'])})")
        elif k == 3:
            # mixed types: the TypeError names the operands in timsort's order
            items = [self.pick([self.num_literal(), repr(self.pick(WORDS)), "None", "[1]", "(2,)"]) for _ in range(self.r.randint(2, 7))]
            l = self.fresh("l")
            self.emit(f"{l} = [{', '.join(items)}]")
            self.emit("try:")
            self.emit(f"    {l}.sort(reverse={self.pick(['True', 'False'])})")
            self.emit("except TypeError as e:")
            self.emit("    print('TypeError', e)")
            self.emit(f"print({l})")
        elif k == 4:
            # comparisons made, in order
            c = self.fresh("Lg")
            log = self.fresh("log")
            self.emit(f"{log} = []")
            self.emit(f"class {c}:")
            self.emit("    def __init__(self, v): self.v = v")
            self.emit("    def __lt__(self, o):")
            self.emit(f"        {log}.append((self.v, o.v))")
            if self.r.random() < 0.3:
                self.emit(f"        if len({log}) == {self.r.randint(1, 40)}: raise RuntimeError('cmp')")
            self.emit("        return self.v < o.v")
            self.emit("    def __repr__(self): return 'L%r' % (self.v,)")
            vals = [str(self.r.randint(0, 30)) for _ in range(self.r.randint(0, 40))]
            l = self.fresh("l")
            self.emit(f"{l} = [{c}(v) for v in [{', '.join(vals)}]]")
            self.emit("try:")
            self.emit(f"    {l}.sort(reverse={self.pick(['True', 'False'])})")
            self.emit("except RuntimeError as e:")
            self.emit("    print('RuntimeError', e)")
            self.emit(f"print({l}, len({log}), {log}[:12])")
        elif k == 5:
            recs = [f"({self.r.randint(0, 3)}, {repr(self.pick(WORDS))}, {i})" for i in range(self.r.randint(0, 10))]
            self.guarded_print(f"sorted([{', '.join(recs)}], key=lambda t: {self.pick(['t[0]', 't[1]', '(t[0], t[1])', '-t[0]', 'len(t[1])'])}, "
                               f"reverse={self.pick(['True', 'False'])})")
        else:
            n = self.r.randint(0, 300)
            a, b = self.r.randint(1, 50), self.r.randint(1, 997)
            self.emit(f"print(sorted([(i * {a}) % {b} for i in range({n})])[::{self.r.randint(1, 40)}])")
            self.emit(f"print(sorted([((i * {a}) % {b}) / 4 for i in range({n})], reverse=True)[:6])")

    def misc_stmt(self):
        """Builtins and methods with unusual arguments: str methods, int/float
        constructors, round, divmod, format specs, slicing, big ints, sets."""
        s, i, f = self.str_e(2), self.int_e(2), self.float_e(2)
        big = self.pick(["10**30", "-(7**40)", "2**64 - 1", "3**100", "-(2**63)"])
        w = repr(self.pick(WORDS))
        self.guarded_print(self.pick([
            f"{s}.split({self.pick([w, 'None'])}, {self.r.randint(-1, 3)})", f"{s}.rsplit({w}, {self.r.randint(-1, 2)})",
            f"{s}.rpartition({w})", f"{s}.removeprefix({w}), {s}.removesuffix({w})",
            f"{s}.find({w}, {self.r.randint(-4, 4)}, {self.r.randint(-4, 9)})", f"{s}.rfind({w}, {self.r.randint(-3, 3)})",
            f"{s}.count({w}, {self.r.randint(-3, 3)})", f"{s}.startswith(({w}, {repr(self.pick(WORDS))}))",
            f"{s}.endswith({w}, {self.r.randint(-3, 3)})", f"{s}.center({self.r.randint(0, 15)}, {repr(self.pick('*-=.'))})",
            f"({s} + '\\t' + {s}).expandtabs({self.r.randint(0, 9)})", f"{s}.isalnum(), {s}.isalpha(), {s}.isspace(), {s}.istitle()",
            f"{s}.casefold(), {s}.isupper(), {s}.islower(), {s}.isdecimal()", f"{s}.encode()", f"({s} + '\\n' + {s}).splitlines()",
            f"{s}.index({w})", f"{s}.split('')", f"{s}.join([1, 2])", f"{s}.zfill({self.r.randint(-2, 12)})",
            f"int({self.pick(['  12 ', '1_000', '0x1f', '-0', '+7', '1e3', '12.5', '', ' -_1', '0b101', '٣'])!r}{self.pick(['', ', 0', ', 16', ', 2', ', 36'])})",
            f"float({self.pick(['  1.5 ', 'inf', '-Infinity', 'nan', '1_0.5', '1e', '.5', '5.', '0x10', '1e500', '-0'])!r})",
            f"round({f}, {self.r.randint(-3, 3)})", f"round({i}, {self.r.randint(-5, 2)})", f"round({big}, -{self.r.randint(1, 25)})",
            f"round({self.pick(['0.5', '1.5', '2.5', '-0.5', '2.675', '1e20', '-1e-20'])}{self.pick(['', ', 0', ', 2', ', -1'])})",
            f"divmod({i}, {self.int_e(2)})", f"divmod({f}, {self.float_e(2)})", f"divmod({big}, {self.pick(['7', '-7', '10**10', '-3**30'])})",
            f"{big} // {self.pick(['7', '-7', '10**10'])}, {big} % {self.pick(['7', '-7', '10**10'])}, ({big}).bit_length()",
            f"str({big}), hex({big}), {big} >> {self.r.randint(0, 90)}, {big} << {self.r.randint(0, 20)}",
            f"format({i}, {self.pick(['>10', '<5', '^7', '+', ' ', ',', '_', 'x', '#X', '#b', '08d', 'o', 'e', '.2%', 'n', 'c'])!r})",
            f"format({f}, {self.pick(['', '.0f', '.1f', '>12.3e', '+.4g', '#g', ',.2f', '_.3f', '%', '.0%', 'E', 'G', '010', '=+10.2f'])!r})",
            f"f'{{{self.safe(s, repr(''))}!r:^12}}|{{{self.safe(i, '0')}:>+8,}}|{{{self.safe(f, '0.0')}:<10.3}}'",
            f"{self.list_e(2)}[{self.pick(['::-1', '1::2', '::-2', '-1:-5:-1', '2:', ':-2', '::0'])}]",
            f"(lambda l: (l.__setitem__(slice(None, None, 2), [0] * len(l[::2])), l)[1])(list(range({self.r.randint(0, 7)})))",
            f"(lambda l: (l.__setitem__(slice(None, None, 2), [9]), l)[1])(list(range({self.r.randint(0, 5)})))",
            f"set({self.list_e(2)}) & set({self.list_e(2)}), set({self.list_e(2)}) - set({self.list_e(2)})",
            f"set({self.list_e(2)}) <= set({self.list_e(2)}), set({self.list_e(2)}).isdisjoint({self.list_e(2)})",
            f"frozenset({self.list_e(2)}) | {{{self.r.randint(0, 9)}}}, {{1, 2}}.symmetric_difference({self.list_e(2)})",
            f"list(zip({self.list_e(2)}, {self.list_e(2)}, strict=True))",
            f"max({self.list_e(2)}, default={self.pick(['None', '-1'])}), min([], default={w})",
            f"dict.fromkeys({s}, {i}), {{**{self.dict_e(2)}, 'k': 1}}",
            f"(lambda d: (d.pop({w}, 'dflt'), d.setdefault('z', {i}), d))({self.dict_e(2)})",
            f"{self.dict_e(2)} | {self.dict_e(2)}",
            f"bool({s}), bool({f}), int(bool({self.list_e(2)}))",
            f"abs({big}), -{big}, pow({big}, 2, {self.pick(['97', '2**61 - 1', '-5'])})",
        ]))

    def class_features(self):
        """Properties with setters, classmethods, staticmethods, __init_subclass__,
        __set_name__, descriptors, __eq__/__lt__/__repr__ used by builtins."""
        b, c, dsc = self.fresh("B"), self.fresh("D"), self.fresh("Desc")
        self.emit(f"class {dsc}:")
        self.emit("    def __set_name__(self, owner, name):")
        self.emit("        self.name = '_' + name")
        self.emit("        print('set_name', owner.__name__, name)")
        self.emit("    def __get__(self, obj, cls=None):")
        self.emit("        return self if obj is None else getattr(obj, self.name, 'unset')")
        self.emit("    def __set__(self, obj, v):")
        self.emit(f"        setattr(obj, self.name, v * {self.r.randint(1, 3)})")
        self.emit(f"class {b}:")
        self.emit("    subs = []")
        self.emit("    def __init_subclass__(cls, tag='none', **kw):")
        self.emit("        super().__init_subclass__(**kw)")
        self.emit("        cls.tag = tag")
        self.emit(f"        {b}.subs.append(cls.__name__)")
        self.emit(f"    d = {dsc}()")
        self.emit("    def __init__(self, v):")
        self.emit("        self._v = v")
        self.emit("    @property")
        self.emit("    def v(self):")
        self.emit("        return self._v")
        self.emit("    @v.setter")
        self.emit("    def v(self, x):")
        self.emit("        if x < 0: raise ValueError('negative')")
        self.emit("        self._v = x")
        self.emit("    @classmethod")
        self.emit("    def make(cls, n):")
        self.emit("        return cls(n * 2)")
        self.emit("    @staticmethod")
        self.emit("    def twice(n):")
        self.emit("        return n * 2")
        self.emit("    def __eq__(self, o):")
        self.emit("        return type(o) is type(self) and self._v == o._v")
        self.emit("    __hash__ = None")
        self.emit("    def __lt__(self, o):")
        self.emit("        return self._v < o._v")
        self.emit("    def __repr__(self):")
        self.emit("        return f'{type(self).__name__}({self._v!r})'")
        self.emit(f"class {c}({b}, tag={repr(self.pick(WORDS))}):")
        self.emit("    def __len__(self):")
        self.emit("        return abs(self._v) % 5")
        o = self.fresh("o")
        self.emit(f"{o} = {c}.make({self.r.randint(-3, 9)})")
        self.emit(f"{o}.d = {self.r.randint(0, 9)}")
        self.guarded_print(f"{o}, {o}.v, {o}.d, {c}.tag, {b}.tag if hasattr({b}, 'tag') else '-', {b}.subs, {c}.twice(4), len({o}), bool({o})")
        self.guarded_print(self.pick([f"setattr({o}, 'v', {self.r.randint(-2, 5)}) or {o}.v", f"sorted([{c}(3), {c}(-1), {b}(2)])",
                                      f"{o} == {c}({o}.v), {o} != {b}({o}.v), {o} in [{c}(0), {o}]",
                                      f"hash({o})", f"max({c}(1), {c}(5), {c}(3)), min([{c}(2), {c}(0)])",
                                      f"{o} < 3", f"type({o}).__mro__[1].__name__, {c}.__name__, {c}.__qualname__",
                                      f"isinstance({c}.d, {dsc}), {c}.__dict__.get('tag')"]))

    def protocol_stmt(self):
        """Operator overloading with NotImplemented and reflected operators,
        context managers that suppress, generator send/throw/close, calls
        with bad arguments, exception chaining."""
        k = self.r.randint(0, 4)
        if k == 0:
            c = self.fresh("Num")
            self.emit(f"class {c}:")
            self.emit("    def __init__(self, v): self.v = v")
            ops = self.r.sample(["add", "sub", "mul", "floordiv", "mod", "and", "lshift"], 3)
            sym = {"add": "+", "sub": "-", "mul": "*", "floordiv": "//", "mod": "%", "and": "&", "lshift": "<<"}
            for op in ops:
                self.emit(f"    def __{op}__(self, o):")
                self.emit(f"        if isinstance(o, {c}): return {c}(self.v {sym[op]} o.v)")
                self.emit(f"        if isinstance(o, int): return {c}(self.v {sym[op]} o)")
                self.emit("        return NotImplemented")
                if self.r.random() < 0.5:
                    self.emit(f"    def __r{op}__(self, o): return {c}(o {sym[op]} self.v)")
            self.emit("    def __repr__(self): return 'N(%r)' % (self.v,)")
            a, b = self.r.randint(-9, 9), self.r.randint(1, 9)
            for op in ops:
                self.guarded_print(f"{c}({a}) {sym[op]} {c}({b}), {c}({a}) {sym[op]} {b}")
                self.guarded_print(f"{b} {sym[op]} {c}({a})")
                self.guarded_print(f"{c}({a}) {sym[op]} 'x'")
            self.guarded_print(f"{c}({a}) {self.pick(['+', '-', '*', '<', '>=', '@', '/'])} {c}({b})")
        elif k == 1:
            c = self.fresh("Cm")
            self.emit(f"class {c}:")
            self.emit("    def __init__(self, tag, swallow): self.tag, self.swallow = tag, swallow")
            self.emit("    def __enter__(self): print('enter', self.tag); return self.tag")
            self.emit("    def __exit__(self, t, v, tb):")
            self.emit("        print('exit', self.tag, t.__name__ if t else None, v)")
            self.emit("        return self.swallow")
            self.emit("try:")
            self.emit(f"    with {c}('a', {self.pick(['True', 'False'])}) as x, {c}('b', {self.pick(['True', 'False'])}) as y:")
            self.emit("        print('body', x, y)")
            self.emit(f"        {self.pick(['raise ValueError(1)', '1 / 0', 'pass', '[][1]'])}")
            self.emit("    print('after with')")
            self.emit("except Exception as e:")
            self.emit("    print('escaped', type(e).__name__, e)")
        elif k == 2:
            g = self.fresh("gen")
            self.emit(f"def {g}():")
            self.emit("    try:")
            self.emit("        got = yield 1")
            self.emit("        print('got', got)")
            self.emit("        got = yield got * 2 if isinstance(got, int) else 0")
            self.emit("        yield from range(got if isinstance(got, int) else 2)")
            self.emit("    except KeyError as e:")
            self.emit("        print('gen caught', e)")
            self.emit("        yield 'after throw'")
            self.emit("    finally:")
            self.emit("        print('gen finally')")
            it = self.fresh("it")
            self.emit(f"{it} = {g}()")
            steps = [self.pick([f"next({it})", f"{it}.send({self.r.randint(0, 4)})", f"{it}.throw(KeyError('k'))", f"{it}.close()", f"list({it})"])
                     for _ in range(self.r.randint(1, 5))]
            for st in steps:
                self.guarded_print(st)
            # CPython finalizes a suspended generator when its last reference
            # goes (its finally runs then); a tracing GC does not, so close it.
            self.guarded_print(f"{it}.close()")
        elif k == 3:
            f = self.fresh("fa")
            self.emit(f"def {f}(a, b=2, *args, c, d=4, **kw): return (a, b, args, c, d, sorted(kw.items()))")
            for _ in range(self.r.randint(1, 3)):
                args = self.pick(["1", "1, c=3", "1, 2, 3, c=5", "c=1", "1, c=1, e=9", "*[1, 2], c=0", "1, **{'c': 2, 'z': 3}",
                                  "1, 2, b=3, c=4", "1, c=2, c=3" if False else "1, 2", "**{'a': 1, 'c': 2}", "*'ab', c=[]"])
                self.guarded_print(f"{f}({args})")
        else:
            self.emit("try:")
            self.emit("    try:")
            risky = self.pick(["1 / 0", "int('x')", "{}[1]", "None.attr"])
            self.emit(f"        {risky}")
            self.emit("    except Exception as e:")
            cause = self.pick(["RuntimeError('wrapped') from e", "ValueError('during')", "KeyError('k') from None"])
            self.emit(f"        raise {cause}")
            self.emit("except Exception as e:")
            self.emit("    print(type(e).__name__, e, type(e.__cause__).__name__, type(e.__context__).__name__, e.__suppress_context__)")

    def match_stmt(self):
        """Structural pattern matching over generated values."""
        f = self.fresh("mt")
        self.emit(f"def {f}(v):")
        self.emit("    match v:")
        cases = [("0 | 1", "'bit'"), ("[x, y]", "f'pair {x} {y}'"), ("[x, *rest]", "f'head {x} rest {rest}'"),
                 ("{'k': val}", "f'map {val}'"), ("str() as s if len(s) > 3", "'long ' + s"), ("int(n) if n < 0", "'neg'"),
                 ("float()", "'float'"), ("(a, b, c)", "f'triple {a}{b}{c}'"), ("[]", "'empty'"), ("None", "'none'")]
        for pat, res in self.r.sample(cases, self.r.randint(2, len(cases))):
            self.emit(f"        case {pat}:")
            self.emit(f"            return {res}")
        self.emit("        case _:")
        self.emit("            return 'other'")
        vals = [self.pick(["0", "1", "[1, 2]", "[3]", "[4, 5, 6]", "(1, 2, 3)", "{'k': 2, 'j': 3}", "'hello'", "'hi'", "-4", "2.5", "None", "[]", "{}"])
                for _ in range(self.r.randint(1, 5))]
        self.emit(f"print([{f}(v) for v in [{', '.join(vals)}]])")

    def gen_stmt(self):
        name = self.fresh("g")
        self.emit(f"def {name}(n):")
        self.emit(f"    for k in range(n):")
        self.emit(f"        yield k * {self.r.randint(1, 9)} % {self.r.randint(2, 11)}")
        self.emit(f"print(list({name}({self.r.randint(0, 8)})), sum({name}({self.r.randint(0, 8)})))")

    def lib_stmt(self):
        """Builtins with keyword/multi-iterable arguments, number hashing, and the
        collections / itertools / functools / math modules."""
        i, f, l, s = self.int_e(2), self.float_e(2), self.safe(self.list_e(2), "[]"), self.str_e(2)
        n, m = self.r.randint(0, 6), self.r.randint(-3, 3)
        self.emit("import collections, itertools, functools, math, operator")
        self.guarded_print(self.pick([
            f"hash({i}), hash({f}), hash(-1), hash({self.pick(['2**61', '2**61 - 1', '-(2**61)', '10**30', '-1.0', '0.5', '1e300', 'True'])})",
            f"sum({l}, {self.pick(['0', '10', '0.5', '-(2**70)'])}), sum([{f}, {f}, 0.1]), sum([0.1] * {n})",
            f"list(enumerate({s}, start={self.pick([str(m), '10**20', '-5'])}))",
            f"list(map(lambda a, b: a * b, {l}, {l}[::-1])), list(map(pow, [2, 3, 4], [{n}, 2], [5, 7, 9]))",
            f"list(filter(None, {l} + [0, '', None, {s}])), list(itertools.filterfalse(lambda x: x % 2, {l}))",
            f"list(reversed({self.safe(self.dict_e(2), '{}')})), list(reversed(range({m}, {n * 3}, {self.pick(['1', '2', '-1', '3'])})))",
            f"list(iter(({l} + [None, 5]).pop, None))",
            f"any({l}), all({l}), any(x > {i} for x in {l}), all(x != {m} for x in {l})",
            f"list(zip({l}, {s}, strict={self.pick(['True', 'False'])}))",
            f"sorted({l}, key=lambda x: (x % {n + 2}, -x)), max({l}, key=lambda x: -x, default={m}), min({l}, default=None)",
            f"collections.Counter({s}).most_common({n}), collections.Counter({l}) - collections.Counter({l}[:{n}])",
            f"sorted((collections.Counter({s}) + collections.Counter({s}[::2])).items())",
            f"(lambda d: ([d[x % 3].append(x) for x in {l}], sorted(d.items()))[1])(collections.defaultdict(list))",
            f"(lambda q: (q.rotate({m}), q.appendleft({n}), q.pop() if q else None, list(q)))(collections.deque({l}, maxlen={n + 1}))",
            f"(lambda o: (o.move_to_end({repr(self.pick(WORDS))}) if {repr(self.pick(WORDS))} in o else 0, list(o.items())))(collections.OrderedDict.fromkeys({s}, {n}))",
            f"(lambda P: (P({i}, {s}), P._fields, P({m}, 1)._replace(b={n}), P._make([1, 2])._asdict()))(collections.namedtuple('P', 'a b'))",
            f"list(itertools.accumulate({l}, {self.pick(['operator.add', 'max', 'operator.mul', 'min'])})), list(itertools.accumulate({l}, initial={m}))",
            f"list(itertools.combinations({l}[:5], {n % 4})), list(itertools.permutations({s}[:4], {n % 3}))",
            f"list(itertools.product({s}[:3], repeat={n % 3})), list(itertools.islice(itertools.cycle({l} or [0]), {n * 2}))",
            f"[(k, list(g)) for k, g in itertools.groupby(sorted({l}), key=lambda x: x % {n + 1})]",
            f"list(itertools.zip_longest({l}, {s}, fillvalue={m})), list(itertools.pairwise({l}))",
            f"list(itertools.takewhile(lambda x: x < {i}, {l})), list(itertools.dropwhile(lambda x: x < {i}, {l}))",
            f"functools.reduce(lambda a, b: a * 31 + b, {l}, {m}), functools.partial(max, {m})({l} and max({l}) or 0, {n})",
            f"sorted({l}, key=functools.cmp_to_key(lambda a, b: (b % 7) - (a % 7)))",
            f"math.floor({f}), math.ceil({f}), math.trunc({f}), math.isqrt(abs({i})), math.gcd({i}, {m}), math.lcm({n}, {m})",
            f"math.fsum({l}), math.prod({l}[:6]), math.copysign({n}, {f}), math.fmod({f}, {self.pick(['3', '-2.5', '0.5', '1e10'])})",
            f"math.factorial({n}), math.comb({n + 3}, {n}), math.perm({n + 1}, {n % 3}), math.hypot({f}, {n}), math.log({n + 1}, 2)",
            f"math.sqrt({f}), math.log({i}), math.exp({self.pick(['1', '-1000', '710', '0.5'])})",
        ]))

    def sem_stmt(self):
        """Semantics users rely on: dunders called directly, bytes %-formatting,
        list subclasses with __iter__, generators' send/return, two-level
        nonlocal, eval/exec with explicit globals, divmod/round/pow edge cases,
        str methods with odd argument shapes, number dunders on foreign selves."""
        i, f, l, s = self.int_e(2), self.float_e(2), self.safe(self.list_e(2), "[]"), self.str_e(2)
        n, m = self.r.randint(0, 6), self.r.randint(-3, 3)
        k = self.r.randint(0, 8)
        if k == 7:
            meth = self.pick(["find", "rfind", "count", "index", "startswith", "endswith", "split", "rsplit", "strip",
                              "center", "ljust", "zfill", "expandtabs", "splitlines", "partition", "replace", "join",
                              "upper", "title", "removeprefix", "encode", "translate"])
            arg = self.pick(["", f"{s}", f"{s}, {m}", f"{s}, None, {n}", f"'a', 'x'", f"{m}, {s}", "None", f"{n}",
                             f"{s}, {m}, {n}, 1", "1.5", f"[{s}]", "sep='-'", f"maxsplit={m}", "x=1", f"{n}, {s}",
                             f"({s}, 'a')", "tabsize=3", "keepends=True", "errors=1", f"{l}"])
            self.guarded_print(f"({s}).{meth}({arg})")
            return
        if k == 8:
            cls, dn = self.pick(["int", "float", "bool"]), self.pick(["__add__", "__rsub__", "__mul__", "__lt__", "__eq__",
                                                                      "__and__", "__truediv__", "__divmod__", "bit_length",
                                                                      "conjugate", "__round__", "__index__", "__float__",
                                                                      "is_integer", "as_integer_ratio", "__getnewargs__"])
            a = self.pick([i, f, "True", str(m)])
            self.guarded_print(f"getattr({cls}, {dn!r}, None) and {cls}.{dn}({a}{', ' + self.pick([str(n), f]) if dn.startswith('__') and dn not in ('__round__', '__index__', '__float__', '__getnewargs__') else ''})")
            return
        if k == 0:
            self.guarded_print(self.pick([
                f"({i}).__add__({f}), ({f}).__add__({i}), ({i}).__mul__({s}), ({i}).__radd__({i})",
                f"({i}).__eq__({f}), ({f}).__eq__({i}), ({i}).__lt__({i}), ({f}).__rsub__({n})",
                f"({i}).__pow__({n}, {self.pick(['7', '-5', '10**9 + 7'])}), ({i}).__floordiv__({f}), ({f}).__mod__({s})",
                f"int.__add__({i}, {m}), float.__mul__({f}, {n}), ({i}).__and__({m}), ({i}).__rshift__({n})",
            ]))
        elif k == 1:
            spec = self.pick(["%d", "%5d|%-4d", "%x %X", "%o", "%s", "%-6s|%4s", "%r", "%c", "%.2f", "%e", "%(a)s", "%%|%d", "%+05d"])
            arg = self.pick([str(n), f"({n}, {m})", "b'xy'", "(b'ab', b'c')", "'str'", f"{{b'a': {n}}}", f"({i},)", f"({f},)", "(65,)", "()"])
            self.guarded_print(f"b{spec!r}.__mod__({arg})")
        elif k == 2:
            c = self.fresh("LS")
            self.emit(f"class {c}(list):")
            self.emit("    def __iter__(self):")
            self.emit(f"        return iter([x * {n} for x in list.__iter__(self)][::-1])")
            o = self.fresh("ls")
            self.emit(f"{o} = {c}({l})")
            self.guarded_print(f"list({o}), tuple({o}), sorted({o}), [x for x in {o}], sum({o}), len({o}), {o}, set({o}) == set(list({o}))")
        elif k == 3:
            g = self.fresh("gs")
            self.emit(f"def {g}(n):")
            self.emit("    total = 0")
            self.emit("    while total < n:")
            self.emit("        got = yield total")
            self.emit("        total += got if got is not None else 1")
            self.emit("    return total * 10")
            self.emit(f"def drive_{g}(vals):")
            self.emit(f"    it = {g}({self.r.randint(0, 20)})")
            self.emit("    out = [next(it, 'empty')]")
            self.emit("    try:")
            self.emit("        for v in vals:")
            self.emit("            out.append(it.send(v))")
            self.emit("    except StopIteration as e:")
            self.emit("        out.append(('stop', e.value))")
            self.emit("    return out")
            self.guarded_print(f"drive_{g}([{', '.join(str(self.r.randint(0, 6)) for _ in range(n))}])")
        elif k == 4:
            o = self.fresh("outer")
            self.emit(f"def {o}(a):")
            self.emit("    x = a")
            self.emit("    def mid():")
            self.emit("        def inner(d):")
            self.emit("            nonlocal x")
            self.emit(f"            x = x * {self.r.randint(1, 4)} + d")
            self.emit("            return x")
            self.emit("        return inner")
            self.emit("    f = mid()")
            self.emit(f"    return [f(d) for d in range({n})], x")
            self.guarded_print(f"{o}({i})")
        elif k == 5:
            self.guarded_print(self.pick([
                f"eval('a * 2 + b', {{'a': {i}, 'b': {n}}}), eval('len(s)', {{'s': {s}}}, {{}})",
                f"(lambda g: (exec('r = [q * 2 for q in range({n})]', g), g['r'], sorted(g))[1:])({{}})",
                f"(lambda g, l: (exec('y = x + 1', g, l), sorted(l), sorted(g))[1:])({{'x': {m}}}, {{}})",
                f"eval('__name__', {{}}), eval('[v for v in range({n}) if v % 2]')",
            ]))
        else:
            big = self.pick(["10**30", "-(7**40)", "2**64 - 1", "-(2**63)", "3**50"])
            e = self.pick([
                f"round({f}, {m}), round({i}, {m}), round({big}, {m * 5}), round({self.pick(['0.5', '1.5', '-2.5', '0.125', '1e-9'])}, {n % 4})",
                f"divmod({big}, {self.pick([str(m), '-3', '10**9'])}), divmod({f}, {self.pick(['-0.5', '3', '1e300'])}), divmod({i}, {m})",
                f"pow({i}, {m}), pow({m}, -{n}), pow({i}, {n}, {self.pick(['1', '-7', '13', '2**61 - 1'])}), pow({m}, -1, {self.pick(['7', '11', '4'])})",
                "fstr",
            ])
            self.guarded_print(self.fstr_specs(i, f) if e == "fstr" else e)

    def fstr_specs(self, i, f):
        """An f-string over bound names (the expressions may hold quotes)."""
        ti, tf = self.safe(i, "0"), self.safe(f, "0.0")
        return (f"f'{{{ti}:{self.pick(['>+12,', '#x', '_b', '^9', '=8', '08.3'])}}}|"
                f"{{{tf}:{self.pick(['.3e', '>10.2%', ',.1f', 'g', '+.0f', '^12.4'])}}}'")

    def program(self):
        for _ in range(self.r.randint(5, 25)):
            self.stmt()
        self.emit("print('done')")
        return "\n".join(self.lines) + "\n"


def generate(seed):
    return Gen(seed).program()


if __name__ == "__main__":
    sys.stdout.write(generate(int(sys.argv[1]) if len(sys.argv) > 1 else 0))
