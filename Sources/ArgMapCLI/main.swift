import ArgMap
print("argmap")
