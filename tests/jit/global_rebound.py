# A global rebound inside the loop; loop at module level over globals.
step = 1
total = 0
for i in range(3000):
    total = total + step
    if i == 1000:
        step = 2
    if i == 2000:
        step = 0.5
print(total, step)

def use_global(n):
    global step
    s = 0
    for i in range(n):
        s = s + step
        if i == 10:
            step = "x"
            break
    return s

step = 3
print(use_global(1000))
k = 0
while k < 5000:
    k = k + 1
print(k)
