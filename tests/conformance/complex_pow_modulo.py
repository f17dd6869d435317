for e in ["pow(1j,2,3)", "pow(2,3,1j)", "pow(2,1j,3)", "pow(1.5,2,3)", "pow(2,2.0,1j)", "pow(2,3,1.5)", "pow(2,1j,1.5)", "pow(True,2,3)", "pow(2,3,5)", "pow(complex(1,0),2,3)"]:
    try:
        print(e, eval(e))
    except Exception as x:
        print(e, type(x).__name__, x)
