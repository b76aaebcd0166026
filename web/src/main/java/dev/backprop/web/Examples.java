package dev.backprop.web;

/** The Examples menu: short programs in the lecture's style, each teaching one thing. */
final class Examples {
    private Examples() {
    }

    static final String[] TITLES = {
        "Expression: L = (a*b + c) * f",
        "A neuron with tanh",
        "tanh rebuilt from exp",
        "b = a + a (gradients accumulate)",
        "(a*b) * (a+b)",
        "Manual backprop with _backward()",
        "MLP training loop",
        "Bug: forgetting zero_grad (and the fix)",
        "Big graph: MLP loss over a batch",
    };

    static final String[] PROGRAMS = {
        // 0
        "# The lecture's first graph: build it, then press Backward (or Step).\n"
            + "a = Value(2.0, label='a')\n"
            + "b = Value(-3.0, label='b')\n"
            + "c = Value(10.0, label='c')\n"
            + "e = a*b; e.label = 'e'\n"
            + "d = e + c; d.label = 'd'\n"
            + "f = Value(-2.0, label='f')\n"
            + "L = d * f; L.label = 'L'\n"
            + "print(L)\n",
        // 1
        "# A neuron: o = tanh(x1*w1 + x2*w2 + b)\n"
            + "x1 = Value(2.0, label='x1')\n"
            + "x2 = Value(0.0, label='x2')\n"
            + "w1 = Value(-3.0, label='w1')\n"
            + "w2 = Value(1.0, label='w2')\n"
            + "b = Value(6.8813735870195432, label='b')\n"
            + "x1w1 = x1*w1; x1w1.label = 'x1*w1'\n"
            + "x2w2 = x2*w2; x2w2.label = 'x2*w2'\n"
            + "x1w1x2w2 = x1w1 + x2w2; x1w1x2w2.label = 'x1*w1 + x2*w2'\n"
            + "n = x1w1x2w2 + b; n.label = 'n'\n"
            + "o = n.tanh(); o.label = 'o'\n"
            + "o.backward()\n"
            + "print('o', o.data, 'dw1', w1.grad, 'dw2', w2.grad)\n",
        // 2
        "# The same neuron with tanh written out: (e^2n - 1) / (e^2n + 1)\n"
            + "x1 = Value(2.0, label='x1')\n"
            + "x2 = Value(0.0, label='x2')\n"
            + "w1 = Value(-3.0, label='w1')\n"
            + "w2 = Value(1.0, label='w2')\n"
            + "b = Value(6.8813735870195432, label='b')\n"
            + "n = x1*w1 + x2*w2 + b; n.label = 'n'\n"
            + "e = (2*n).exp(); e.label = 'e'\n"
            + "o = (e - 1) / (e + 1); o.label = 'o'\n"
            + "o.backward()\n"
            + "print('o', o.data)\n"
            + "print('x1.grad', x1.grad, 'w1.grad', w1.grad)  # same as with tanh()\n",
        // 3
        "# a is used twice: both paths add to a.grad (db/da = 1 + 1 = 2)\n"
            + "a = Value(3.0, label='a')\n"
            + "b = a + a; b.label = 'b'\n"
            + "b.backward()\n"
            + "print('a.grad =', a.grad)\n",
        // 4
        "# a and b each feed two ops: their grads sum over both uses\n"
            + "a = Value(-2.0, label='a')\n"
            + "b = Value(3.0, label='b')\n"
            + "d = a * b; d.label = 'd'\n"
            + "e = a + b; e.label = 'e'\n"
            + "f = d * e; f.label = 'f'\n"
            + "f.backward()\n"
            + "print('a.grad', a.grad, 'b.grad', b.grad)\n",
        // 5
        "# Backprop by hand, node by node, as in the lecture\n"
            + "x1 = Value(2.0, label='x1'); w1 = Value(-3.0, label='w1')\n"
            + "x2 = Value(0.0, label='x2'); w2 = Value(1.0, label='w2')\n"
            + "b = Value(6.8813735870195432, label='b')\n"
            + "x1w1 = x1*w1; x1w1.label = 'x1*w1'\n"
            + "x2w2 = x2*w2; x2w2.label = 'x2*w2'\n"
            + "s = x1w1 + x2w2; s.label = 's'\n"
            + "n = s + b; n.label = 'n'\n"
            + "o = n.tanh(); o.label = 'o'\n"
            + "o.grad = 1.0\n"
            + "o._backward()\n"
            + "n._backward()\n"
            + "s._backward()\n"
            + "x2w2._backward()\n"
            + "x1w1._backward()\n"
            + "print('w1.grad', w1.grad, 'x1.grad', x1.grad)\n",
        // 6
        "# A tiny MLP learns four points (micrograd's nn)\n"
            + "import random\n"
            + "from micrograd.nn import MLP\n"
            + "random.seed(1337)\n"
            + "model = MLP(3, [4, 4, 1])\n"
            + "xs = [[2.0, 3.0, -1.0], [3.0, -1.0, 0.5], [0.5, 1.0, 1.0], [1.0, 1.0, -1.0]]\n"
            + "ys = [1.0, -1.0, -1.0, 1.0]\n"
            + "for k in range(20):\n"
            + "    ypred = [model(x) for x in xs]\n"
            + "    loss = sum((yout - ygt)**2 for ygt, yout in zip(ys, ypred))\n"
            + "    model.zero_grad()\n"
            + "    loss.backward()\n"
            + "    for p in model.parameters():\n"
            + "        p.data += -0.05 * p.grad\n"
            + "    print(k, loss.data)\n"
            + "draw_dot(loss)\n",
        // 7
        "# The common bug: grads accumulate across iterations unless you zero them.\n"
            + "w = Value(0.5, label='w')\n"
            + "x = Value(2.0, label='x')\n"
            + "for step in range(3):\n"
            + "    loss = (w * x - 3.0)**2; loss.label = 'loss'\n"
            + "    # BUG: missing `w.grad = 0.0` here\n"
            + "    loss.backward()\n"
            + "    print('step', step, 'w.grad', w.grad)\n"
            + "# The fix: zero the grad before every backward()\n"
            + "w.grad = 0.0; x.grad = 0.0\n"
            + "loss = (w * x - 3.0)**2; loss.label = 'loss'\n"
            + "loss.backward()\n"
            + "print('fixed: w.grad', w.grad)  # run the gradient check on this graph\n",
        // 8
        "# An MLP's loss over a batch: ~1,500 values. Calls start collapsed; click a box to open it.\n"
            + "import random\n"
            + "from micrograd.nn import MLP\n"
            + "random.seed(42)\n"
            + "model = MLP(2, [8, 8, 1])\n"
            + "xs = [[random.uniform(-1, 1), random.uniform(-1, 1)] for _ in range(8)]\n"
            + "ys = [1.0 if x[0] * x[1] > 0 else -1.0 for x in xs]\n"
            + "loss = sum((model(x) - y)**2 for x, y in zip(xs, ys))\n"
            + "loss.label = 'loss'\n"
            + "loss.backward()\n"
            + "print('loss', loss.data)\n",
    };
}
