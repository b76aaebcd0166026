import random
from micrograd.engine import Value
from micrograd.nn import Neuron, Layer, MLP

random.seed(1337)

# a small two-moons-like data set drawn from the same random stream
X = []
y = []
for i in range(16):
    t = 3.141592653589793 * random.random()
    if i % 2 == 0:
        X.append([(1 - t / 3.14159) + random.gauss(0, 0.1), t / 3 + random.gauss(0, 0.1)])
        y.append(1)
    else:
        X.append([t / 3 - 0.5 + random.gauss(0, 0.1), 0.5 - t / 3 + random.gauss(0, 0.1)])
        y.append(-1)

model = MLP(2, [16, 16, 1]) # 2-layer neural network
print(model)
print("number of parameters", len(model.parameters()))
print(model.layers[0].neurons[0].w[:2], model.layers[0].neurons[0].b)

def loss():
    inputs = [list(map(Value, xrow)) for xrow in X]
    scores = list(map(model, inputs))
    # svm "max-margin" loss
    losses = [(1 + -yi*scorei).relu() for yi, scorei in zip(y, scores)]
    data_loss = sum(losses) * (1.0 / len(losses))
    # L2 regularization
    alpha = 1e-4
    reg_loss = alpha * sum((p*p for p in model.parameters()))
    total_loss = data_loss + reg_loss
    accuracy = [(yi > 0) == (scorei.data > 0) for yi, scorei in zip(y, scores)]
    return total_loss, sum(accuracy) / len(accuracy)

total_loss, acc = loss()
print(total_loss, acc)

for k in range(8):
    # forward
    total_loss, acc = loss()
    # backward
    model.zero_grad()
    total_loss.backward()
    # update (sgd)
    learning_rate = 1.0 - 0.9*k/100
    for p in model.parameters():
        p.data -= learning_rate * p.grad
    print(f"step {k} loss {total_loss.data}, accuracy {acc*100}%")

n = Neuron(3, nonlin=False)
print(n, n.parameters()[-1], Layer(2, 3))
l = Layer(2, 1)
print(l([1.0, -2.0]))
