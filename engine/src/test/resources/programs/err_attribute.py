a = Value(2.0)
print(a.data)
print(a.dtaa)
