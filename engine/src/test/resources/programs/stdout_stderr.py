import sys
print('to out')
print('to err', file=sys.stderr)
sys.stdout.write('written\n')
sys.stderr.write('err written\n')
print('end')
