# comprehensions: list, dict, set comprehensions, nesting, conditions

words = "the quick brown fox jumps over the lazy dog the end".split()
lengths = {w: len(w) for w in words}
print(lengths)
print(sorted({len(w) for w in words}))
print([w.upper() for w in words if len(w) > 3])
matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
print(matrix)
print([[row[i] for row in matrix] for i in range(3)])
print([(x, y) for x in range(4) for y in range(x) if (x + y) % 2])
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
