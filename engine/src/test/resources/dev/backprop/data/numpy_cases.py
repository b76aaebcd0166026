"""Reference for NumpyRandomTest and ShapeTest: numpy's legacy RandomState (np.random.seed).
Run: python3 numpy_cases.py > numpy_cases.txt   (CPython 3, numpy)
Lines: "<seed> random|uint32|gauss|shuffle ..." then "circles <seed> i x y label" (sklearn's make_circles,
factor 0.5, re-stated as sklearn writes it)."""
import numpy as np

for seed in (0, 1, 1337, 2**32 - 1):
    rs = np.random.RandomState(seed)
    print(seed, 'uint32', ' '.join(str(int(v)) for v in rs.randint(0, 2**32, size=5, dtype=np.uint64)))
    rs = np.random.RandomState(seed)
    print(seed, 'random', ' '.join(repr(float(v)) for v in rs.random_sample(5)))
    print(seed, 'gauss', ' '.join(repr(float(v)) for v in rs.standard_normal(5)))
    print(seed, 'normal', ' '.join(repr(float(v)) for v in rs.normal(scale=0.1, size=3)))
    a = np.arange(100)
    rs.shuffle(a)
    print(seed, 'shuffle', ' '.join(str(int(v)) for v in a))


def make_circles(n_samples, noise, factor, generator):
    n_samples_out = n_samples // 2
    n_samples_in = n_samples - n_samples_out
    linspace_out = np.linspace(0, 2 * np.pi, n_samples_out, endpoint=False)
    linspace_in = np.linspace(0, 2 * np.pi, n_samples_in, endpoint=False)
    outer_circ_x = np.cos(linspace_out)
    outer_circ_y = np.sin(linspace_out)
    inner_circ_x = np.cos(linspace_in) * factor
    inner_circ_y = np.sin(linspace_in) * factor
    X = np.vstack([np.append(outer_circ_x, inner_circ_x), np.append(outer_circ_y, inner_circ_y)]).T
    y = np.hstack([np.zeros(n_samples_out, dtype=np.intp), np.ones(n_samples_in, dtype=np.intp)])
    indices = np.arange(n_samples)
    generator.shuffle(indices)
    X = X[indices]
    y = y[indices]
    X += generator.normal(scale=noise, size=X.shape)
    return X, y


for seed in (7, 1337):
    X, y = make_circles(51, 0.05, 0.5, np.random.RandomState(seed))
    for i, (row, yi) in enumerate(zip(X, y)):
        print('circles', seed, i, repr(float(row[0])), repr(float(row[1])), int(yi) * 2 - 1)
