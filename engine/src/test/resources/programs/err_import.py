import math
print(math.sqrt(4))
import pandas as pd
