val = "subval"
