import math
import numpy as _np

def _state(random_state):
    if random_state is None:
        return _np.random
    if isinstance(random_state, int):
        return _np.random.RandomState(random_state)
    return random_state

def _split(n_samples):
    if isinstance(n_samples, int):
        return n_samples // 2, n_samples - n_samples // 2
    if len(n_samples) != 2:
        raise ValueError('When a tuple, n_samples must have exactly two elements.')
    return n_samples[0], n_samples[1]

def _finish(xs, ys, n_out, n_in, shuffle, noise, gen):
    X = _np.array([[x, y] for x, y in zip(xs, ys)])
    y = _np.array([0] * n_out + [1] * n_in)
    if shuffle:
        idx = list(range(n_out + n_in))
        gen.shuffle(idx)
        X, y = X[idx], y[idx]
    if noise is not None:
        X = X + gen.normal(scale=noise, size=X.shape)
    return X, y

def make_moons(n_samples=100, *, shuffle=True, noise=None, random_state=None):
    n_out, n_in = _split(n_samples)
    gen = _state(random_state)
    t_out = _np.linspace(0, math.pi, n_out).tolist()
    t_in = _np.linspace(0, math.pi, n_in).tolist()
    xs = [math.cos(t) for t in t_out] + [1 - math.cos(t) for t in t_in]
    ys = [math.sin(t) for t in t_out] + [1 - math.sin(t) - 0.5 for t in t_in]
    return _finish(xs, ys, n_out, n_in, shuffle, noise, gen)

def make_circles(n_samples=100, *, shuffle=True, noise=None, random_state=None, factor=0.8):
    if factor >= 1 or factor < 0:
        raise ValueError("'factor' has to be between 0 and 1.")
    n_out, n_in = _split(n_samples)
    gen = _state(random_state)
    t_out = _np.linspace(0, 2 * math.pi, n_out, endpoint=False).tolist()
    t_in = _np.linspace(0, 2 * math.pi, n_in, endpoint=False).tolist()
    xs = [math.cos(t) for t in t_out] + [math.cos(t) * factor for t in t_in]
    ys = [math.sin(t) for t in t_out] + [math.sin(t) * factor for t in t_in]
    return _finish(xs, ys, n_out, n_in, shuffle, noise, gen)

def make_blobs(*a, **kw):
    raise AttributeError('not provided by the playground: sklearn.datasets.make_blobs (make_moons and make_circles are)')
