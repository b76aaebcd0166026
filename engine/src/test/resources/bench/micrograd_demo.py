# Benchmark: micrograd's demo through the playground language (issue 3). 100 points, MLP(2, [16, 16, 1]),
# SVM max-margin loss + L2, 100 SGD steps, as in micrograd's demo notebook (data drawn with random, not numpy).
import random
from micrograd.nn import MLP
random.seed(1337)
X = [[random.uniform(-1, 1), random.uniform(-1, 1)] for _ in range(100)]
y = [1 if a * b > 0 else -1 for a, b in X]
model = MLP(2, [16, 16, 1])

def loss():
    inputs = [list(map(Value, xrow)) for xrow in X]
    scores = list(map(model, inputs))
    losses = [(1 + -yi*scorei).relu() for yi, scorei in zip(y, scores)]
    data_loss = sum(losses) * (1.0 / len(losses))
    reg_loss = 1e-4 * sum((p*p for p in model.parameters()))
    total_loss = data_loss + reg_loss
    accuracy = [(yi > 0) == (scorei.data > 0) for yi, scorei in zip(y, scores)]
    return total_loss, sum(accuracy) / len(accuracy)

for k in range(100):
    total_loss, acc = loss()
    model.zero_grad()
    total_loss.backward()
    learning_rate = 1.0 - 0.9*k/100
    for p in model.parameters():
        p.data -= learning_rate * p.grad
    if k % 10 == 9:
        print(f"step {k} loss {total_loss.data}, accuracy {acc*100}%")
