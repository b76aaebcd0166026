package dev.backprop.tape;

/**
 * One layer's neuron sums at every data point, replayed as one batched op: {@code points x neurons} strided
 * sums {@code b_j + w_j0*x_p0 + w_j1*x_p1 + ...} whose weights and biases are leaves shared by all points.
 *
 * <p>Why: under TeaVM's strict mode every array access whose index TeaVM cannot prove in range costs a bounds
 * check, one per weight per data point in the per-point sums. Here weights, inputs and the sums' grads are
 * first copied into small dense arrays, then 4x4 register blocks make 16 multiply-adds per 8 array reads
 * (each weight read once for 4 points, each input once for 4 neurons), and every inner loop indexes arrays
 * by its own counter.
 *
 * <p>Exactness: every sum is still computed left to right with the same operations; backward makes the
 * per-point sums' pushes with the same operations, and each grad receives its contributions in the same
 * order as the per-point ops (weights and biases: last point first; inputs: last neuron first). The slots
 * involved (weights, biases, every point's inputs, the sums) are pairwise distinct, and the tape checks
 * the position of this op in the schedule against the Value path's order of pushes ({@link Tape}).
 */
// Not final on purpose: TeaVM then links Block's methods only into scripts that make a Block (the web page
// never does: Tape.batching stays off there), so the batched kernels cost the page nothing.
class Block {
    final int points;
    final int neurons;
    final int n;        // terms per sum
    final int[] bias;   // bias slot of each neuron
    final int[] w0;     // first weight slot of each neuron; weight k at w0 + k*du
    final int du;
    final int[] x0;     // first input slot of each point; input k at x0 + k*dx
    final int dx;
    final int[] out;    // the sum's slot for (point p, neuron j) at p*neurons + j
    int[] act;          // the slot of each sum's ReLU (its only use), or null

    private final double[][] w;    // [neuron][k]
    private final double[][] wt;   // [k][neuron]
    private final double[][] x;    // [point][k]
    private final double[][] xt;   // [k][point]
    private final double[][] gm;   // [point][neuron]: the sums' grads
    private final double[][] gmt;  // [neuron][point]
    private final double[] b;

    Block(int[] bias, int[] w0, int du, int[] x0, int dx, int n, int[] out) {
        this.points = x0.length;
        this.neurons = w0.length;
        this.n = n;
        this.bias = bias;
        this.w0 = w0;
        this.du = du;
        this.x0 = x0;
        this.dx = dx;
        this.out = out;
        this.w = new double[neurons][n];
        this.wt = new double[n][neurons];
        this.x = new double[points][n];
        this.xt = new double[n][points];
        this.gm = new double[points][neurons];
        this.gmt = new double[neurons][points];
        this.b = new double[neurons];
    }

    int minSlot() {
        return out[0];
    }

    // ---- forward ----

    void forward(double[] d) {
        final int pn = points;
        final int cn = neurons;
        final int dl = d.length;
        // fields into locals: TeaVM's strict mode drops a check only for the same variable it compared
        final double[][] w = this.w;
        final double[][] x = this.x;
        final double[] b = this.b;
        final int[] w0 = this.w0;
        final int[] x0 = this.x0;
        final int[] bias = this.bias;
        Tape.check(w.length == cn & w0.length == cn & bias.length == cn & b.length == cn & x.length == pn
                & x0.length == pn);
        for (int j = 0; j < cn; j++) {
            if (j >= w.length || j >= w0.length || j >= bias.length || j >= b.length) {
                throw Tape.oob(j);
            }
            final double[] wj = w[j];
            int u = w0[j];
            for (int k = 0; k < wj.length; k++) {
                if (u <= -1 || u >= dl) {
                    throw Tape.oob(u);
                }
                wj[k] = d[u];
                u += du;
            }
            final int s = bias[j];
            if (s <= -1 || s >= dl) {
                throw Tape.oob(s);
            }
            b[j] = d[s];
        }
        for (int p = 0; p < pn; p++) {
            if (p >= x.length || p >= x0.length) {
                throw Tape.oob(p);
            }
            final double[] xp = x[p];
            int v = x0[p];
            for (int k = 0; k < xp.length; k++) {
                if (v <= -1 || v >= dl) {
                    throw Tape.oob(v);
                }
                xp[k] = d[v];
                v += dx;
            }
        }
        int p = 0;
        for (; p + 4 <= pn; p += 4) {
            int j = 0;
            for (; j + 4 <= cn; j += 4) {
                forward44(d, p, j);
            }
            for (; j < cn; j++) {
                for (int q = p; q < p + 4; q++) {
                    d[out[q * cn + j]] = sum(w[j], x[q], b[j]);
                }
            }
        }
        for (; p < pn; p++) {
            for (int j = 0; j < cn; j++) {
                d[out[p * cn + j]] = sum(w[j], x[p], b[j]);
            }
        }
        final int[] r = act;
        if (r != null) {
            final int[] o = out;
            Tape.check(o.length == r.length);
            for (int q = 0; q < r.length; q++) {
                final int s = o[q];
                final int t = r[q];
                if (q >= o.length || s <= -1 || s >= dl || t <= -1 || t >= dl) {
                    throw Tape.oob(q);
                }
                final double v = d[s];
                d[t] = v < 0 ? 0.0 : v;
            }
        }
    }

    private static double sum(double[] wj, double[] xp, double s) {
        for (int k = 0; k < wj.length; k++) {
            s = s + wj[k] * xp[k];
        }
        return s;
    }

    /** Points p..p+3 times neurons j..j+3; each sum left to right as {@code b + w0*x0 + w1*x1 + ...}. */
    private void forward44(double[] d, int p, int j) {
        final double[] xa = x[p];
        final double[] xb = x[p + 1];
        final double[] xc = x[p + 2];
        final double[] xd = x[p + 3];
        final double[] wa = w[j];
        final double[] wb = w[j + 1];
        final double[] wc = w[j + 2];
        final double[] wd = w[j + 3];
        final double ba = b[j];
        final double bb = b[j + 1];
        final double bc = b[j + 2];
        final double bd = b[j + 3];
        // dereference every array once here: TeaVM's strict mode null-checks inside the loop otherwise
        Tape.check(xb.length == xa.length & xc.length == xa.length & xd.length == xa.length
                & wa.length == xa.length & wb.length == xa.length & wc.length == xa.length & wd.length == xa.length);
        double s00 = ba, s01 = bb, s02 = bc, s03 = bd;
        double s10 = ba, s11 = bb, s12 = bc, s13 = bd;
        double s20 = ba, s21 = bb, s22 = bc, s23 = bd;
        double s30 = ba, s31 = bb, s32 = bc, s33 = bd;
        final int nk = xa.length;
        final int nxb = xb.length;
        final int nxc = xc.length;
        final int nxd = xd.length;
        final int nwa = wa.length;
        final int nwb = wb.length;
        final int nwc = wc.length;
        final int nwd = wd.length;
        for (int k = 0; k < nk; k++) {
            if (k >= nxb || k >= nxc || k >= nxd || k >= nwa || k >= nwb || k >= nwc || k >= nwd) {
                throw new ArrayIndexOutOfBoundsException(k);
            }
            final double x0 = xa[k];
            final double x1 = xb[k];
            final double x2 = xc[k];
            final double x3 = xd[k];
            final double v0 = wa[k];
            final double v1 = wb[k];
            final double v2 = wc[k];
            final double v3 = wd[k];
            s00 = s00 + v0 * x0;
            s01 = s01 + v1 * x0;
            s02 = s02 + v2 * x0;
            s03 = s03 + v3 * x0;
            s10 = s10 + v0 * x1;
            s11 = s11 + v1 * x1;
            s12 = s12 + v2 * x1;
            s13 = s13 + v3 * x1;
            s20 = s20 + v0 * x2;
            s21 = s21 + v1 * x2;
            s22 = s22 + v2 * x2;
            s23 = s23 + v3 * x2;
            s30 = s30 + v0 * x3;
            s31 = s31 + v1 * x3;
            s32 = s32 + v2 * x3;
            s33 = s33 + v3 * x3;
        }
        final int cn = neurons;
        final int[] o = out;
        final int dl = d.length;
        final int ol = o.length;
        final int r0 = p * cn + j;
        final int r00 = r0;
        final int r01 = r0 + 1;
        final int r02 = r0 + 2;
        final int r03 = r0 + 3;
        final int r10 = r0 + 1 * cn;
        final int r11 = r0 + 1 * cn + 1;
        final int r12 = r0 + 1 * cn + 2;
        final int r13 = r0 + 1 * cn + 3;
        final int r20 = r0 + 2 * cn;
        final int r21 = r0 + 2 * cn + 1;
        final int r22 = r0 + 2 * cn + 2;
        final int r23 = r0 + 2 * cn + 3;
        final int r30 = r0 + 3 * cn;
        final int r31 = r0 + 3 * cn + 1;
        final int r32 = r0 + 3 * cn + 2;
        final int r33 = r0 + 3 * cn + 3;
        if (r00 <= -1 || r00 >= ol || r01 <= -1 || r01 >= ol || r02 <= -1 || r02 >= ol || r03 <= -1 ||
                r03 >= ol || r10 <= -1 || r10 >= ol || r11 <= -1 || r11 >= ol || r12 <= -1 || r12 >= ol ||
                r13 <= -1 || r13 >= ol || r20 <= -1 || r20 >= ol || r21 <= -1 || r21 >= ol || r22 <= -1 ||
                r22 >= ol || r23 <= -1 || r23 >= ol || r30 <= -1 || r30 >= ol || r31 <= -1 || r31 >= ol ||
                r32 <= -1 || r32 >= ol || r33 <= -1 || r33 >= ol) {
            throw Tape.oob(r00);
        }
        final int o00 = o[r00];
        final int o01 = o[r01];
        final int o02 = o[r02];
        final int o03 = o[r03];
        final int o10 = o[r10];
        final int o11 = o[r11];
        final int o12 = o[r12];
        final int o13 = o[r13];
        final int o20 = o[r20];
        final int o21 = o[r21];
        final int o22 = o[r22];
        final int o23 = o[r23];
        final int o30 = o[r30];
        final int o31 = o[r31];
        final int o32 = o[r32];
        final int o33 = o[r33];
        if (o00 <= -1 || o00 >= dl || o01 <= -1 || o01 >= dl || o02 <= -1 || o02 >= dl || o03 <= -1 ||
                o03 >= dl || o10 <= -1 || o10 >= dl || o11 <= -1 || o11 >= dl || o12 <= -1 || o12 >= dl ||
                o13 <= -1 || o13 >= dl || o20 <= -1 || o20 >= dl || o21 <= -1 || o21 >= dl || o22 <= -1 ||
                o22 >= dl || o23 <= -1 || o23 >= dl || o30 <= -1 || o30 >= dl || o31 <= -1 || o31 >= dl ||
                o32 <= -1 || o32 >= dl || o33 <= -1 || o33 >= dl) {
            throw Tape.oob(o00);
        }
        d[o00] = s00;
        d[o01] = s01;
        d[o02] = s02;
        d[o03] = s03;
        d[o10] = s10;
        d[o11] = s11;
        d[o12] = s12;
        d[o13] = s13;
        d[o20] = s20;
        d[o21] = s21;
        d[o22] = s22;
        d[o23] = s23;
        d[o30] = s30;
        d[o31] = s31;
        d[o32] = s32;
        d[o33] = s33;
    }

    // ---- backward ----

    /**
     * The pushes of every sum, as a per-point sum's backward makes them: each sum's grad {@code gm = 0.0 +
     * 1.0 * grad} (a fused chain's fresh interior grad), then {@code input.grad += w * gm},
     * {@code w.grad += x * gm}, {@code b.grad += 1.0 * gm}; inputs take the neurons last to first, weights and
     * biases the points last to first.
     */
    void backward(double[] d, double[] g) {
        final int pn = points;
        final int cn = neurons;
        final int dl = d.length;
        final int gl = g.length;
        final double[][] gm = this.gm;
        final double[][] gmt = this.gmt;
        final double[][] wt = this.wt;
        final double[][] xt = this.xt;
        final int[] w0 = this.w0;
        final int[] x0 = this.x0;
        final int[] bias = this.bias;
        final int[] o = out;
        final int ol = o.length;
        final int[] ra = act;
        if (ra != null) { // the ReLUs' pushes first: out.grad += (act > 0 ? 1 : 0) * act.grad
            Tape.check(ra.length == ol);
            for (int q = 0; q < ra.length; q++) {
                if (q >= ol) {
                    throw Tape.oob(q);
                }
                final int s = o[q];
                final int t = ra[q];
                if (s <= -1 || s >= gl || t <= -1 || t >= gl || t >= dl) {
                    throw Tape.oob(q);
                }
                g[s] += (d[t] > 0 ? 1.0 : 0.0) * g[t];
            }
        }
        Tape.check(gm.length == pn & gmt.length == cn & wt.length == n & xt.length == n & w0.length == cn
                & x0.length == pn & bias.length == cn);
        for (int p = 0; p < pn; p++) {
            if (p >= gm.length) {
                throw Tape.oob(p);
            }
            final double[] gp = gm[p];
            for (int j = 0; j < gp.length; j++) {
                final int r = p * cn + j;
                if (r <= -1 || r >= ol || j >= gmt.length) {
                    throw Tape.oob(r);
                }
                final int s = o[r];
                final double[] mj = gmt[j];
                if (s <= -1 || s >= gl || p >= mj.length) {
                    throw Tape.oob(s);
                }
                final double m = 0.0 + 1.0 * g[s];
                gp[j] = m;
                mj[p] = m;
            }
        }
        for (int k = 0; k < n; k++) {
            if (k >= wt.length || k >= xt.length) {
                throw Tape.oob(k);
            }
            final double[] wk = wt[k];
            final double[] xk = xt[k];
            for (int j = 0; j < wk.length; j++) {
                if (j >= w0.length) {
                    throw Tape.oob(j);
                }
                final int s = w0[j] + k * du;
                if (s <= -1 || s >= dl) {
                    throw Tape.oob(s);
                }
                wk[j] = d[s];
            }
            for (int p = 0; p < xk.length; p++) {
                if (p >= x0.length) {
                    throw Tape.oob(p);
                }
                final int s = x0[p] + k * dx;
                if (s <= -1 || s >= dl) {
                    throw Tape.oob(s);
                }
                xk[p] = d[s];
            }
        }
        inputGrads(g);
        weightGrads(g);
        for (int j = 0; j < cn; j++) {
            if (j >= gmt.length || j >= bias.length) {
                throw Tape.oob(j);
            }
            final double[] mj = gmt[j];
            final int s = bias[j];
            if (s <= -1 || s >= gl) {
                throw Tape.oob(s);
            }
            double acc = g[s];
            for (int p = mj.length - 1; p > -1; p--) {
                acc = acc + 1.0 * mj[p];
            }
            g[s] = acc;
        }
    }

    /** {@code x_pk.grad += w_jk * gm_pj} for j last to first. */
    private void inputGrads(double[] g) {
        grads(g, gm, wt, x0, dx, points, n);
    }

    /** {@code w_jk.grad += x_pk * gm_pj} for p last to first. */
    private void weightGrads(double[] g) {
        grads(g, gmt, xt, w0, du, neurons, n);
    }

    /**
     * {@code g[base[r] + c*stride] += v[c][i] * m[r][i]} for i last to first, for every row r < rows and
     * column c < cols, in 4x4 register blocks: the input grads and the weight grads are this one product.
     */
    private static void grads(double[] g, double[][] m, double[][] v, int[] base, int stride, int rows, int cols) {
        int r = 0;
        for (; r + 4 <= rows; r += 4) {
            int c = 0;
            for (; c + 4 <= cols; c += 4) {
                grads44(g, m, v, base, stride, r, c);
            }
            for (; c < cols; c++) {
                grads41(g, m, v, base, stride, r, c);
            }
        }
        for (; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                grad(g, m, v, base, stride, r, c);
            }
        }
    }

    private static void grad(double[] g, double[][] m, double[][] v, int[] base, int stride, int r, int c) {
        final double[] mr = m[r];
        final double[] vc = v[c];
        final int s = base[r] + c * stride;
        double acc = g[s];
        for (int i = mr.length - 1; i > -1; i--) {
            acc = acc + vc[i] * mr[i];
        }
        g[s] = acc;
    }

    private static void grads44(double[] g, double[][] m, double[][] v, int[] base, int st, int r, int c) {
        final double[] ma = m[r];
        final double[] mb = m[r + 1];
        final double[] mc = m[r + 2];
        final double[] md = m[r + 3];
        final double[] va = v[c];
        final double[] vb = v[c + 1];
        final double[] vc = v[c + 2];
        final double[] vd = v[c + 3];
        final int gl = g.length;
        if (r + 3 >= base.length || r <= -1) {
            throw Tape.oob(r);
        }
        final int q00 = base[r] + c * st;
        final int q01 = q00 + 1 * st;
        final int q02 = q00 + 2 * st;
        final int q03 = q00 + 3 * st;
        final int q10 = base[r + 1] + c * st;
        final int q11 = q10 + 1 * st;
        final int q12 = q10 + 2 * st;
        final int q13 = q10 + 3 * st;
        final int q20 = base[r + 2] + c * st;
        final int q21 = q20 + 1 * st;
        final int q22 = q20 + 2 * st;
        final int q23 = q20 + 3 * st;
        final int q30 = base[r + 3] + c * st;
        final int q31 = q30 + 1 * st;
        final int q32 = q30 + 2 * st;
        final int q33 = q30 + 3 * st;
        if (q00 <= -1 || q00 >= gl || q01 <= -1 || q01 >= gl || q02 <= -1 || q02 >= gl || q03 <= -1 ||
                q03 >= gl || q10 <= -1 || q10 >= gl || q11 <= -1 || q11 >= gl || q12 <= -1 || q12 >= gl ||
                q13 <= -1 || q13 >= gl || q20 <= -1 || q20 >= gl || q21 <= -1 || q21 >= gl || q22 <= -1 ||
                q22 >= gl || q23 <= -1 || q23 >= gl || q30 <= -1 || q30 >= gl || q31 <= -1 || q31 >= gl ||
                q32 <= -1 || q32 >= gl || q33 <= -1 || q33 >= gl) {
            throw Tape.oob(q00);
        }
        Tape.check(mb.length == ma.length & mc.length == ma.length & md.length == ma.length
                & va.length == ma.length & vb.length == ma.length & vc.length == ma.length & vd.length == ma.length);
        double t00 = g[q00], t01 = g[q01], t02 = g[q02], t03 = g[q03];
        double t10 = g[q10], t11 = g[q11], t12 = g[q12], t13 = g[q13];
        double t20 = g[q20], t21 = g[q21], t22 = g[q22], t23 = g[q23];
        double t30 = g[q30], t31 = g[q31], t32 = g[q32], t33 = g[q33];
        final int nma = ma.length;
        final int nmb = mb.length;
        final int nmc = mc.length;
        final int nmd = md.length;
        final int nva = va.length;
        final int nvb = vb.length;
        final int nvc = vc.length;
        final int nvd = vd.length;
        for (int i = nma - 1; i > -1; i--) {
            if (i >= nma || i >= nmb || i >= nmc || i >= nmd || i >= nva || i >= nvb || i >= nvc || i >= nvd) {
                throw Tape.oob(i);
            }
            final double m0 = ma[i];
            final double m1 = mb[i];
            final double m2 = mc[i];
            final double m3 = md[i];
            final double v0 = va[i];
            final double v1 = vb[i];
            final double v2 = vc[i];
            final double v3 = vd[i];
            t00 = t00 + v0 * m0;
            t01 = t01 + v1 * m0;
            t02 = t02 + v2 * m0;
            t03 = t03 + v3 * m0;
            t10 = t10 + v0 * m1;
            t11 = t11 + v1 * m1;
            t12 = t12 + v2 * m1;
            t13 = t13 + v3 * m1;
            t20 = t20 + v0 * m2;
            t21 = t21 + v1 * m2;
            t22 = t22 + v2 * m2;
            t23 = t23 + v3 * m2;
            t30 = t30 + v0 * m3;
            t31 = t31 + v1 * m3;
            t32 = t32 + v2 * m3;
            t33 = t33 + v3 * m3;
        }
        g[q00] = t00;
        g[q01] = t01;
        g[q02] = t02;
        g[q03] = t03;
        g[q10] = t10;
        g[q11] = t11;
        g[q12] = t12;
        g[q13] = t13;
        g[q20] = t20;
        g[q21] = t21;
        g[q22] = t22;
        g[q23] = t23;
        g[q30] = t30;
        g[q31] = t31;
        g[q32] = t32;
        g[q33] = t33;
    }

    /** {@link #grads44} for one column: rows r..r+3. */
    private static void grads41(double[] g, double[][] m, double[][] v, int[] base, int st, int r, int c) {
        final double[] ma = m[r];
        final double[] mb = m[r + 1];
        final double[] mc = m[r + 2];
        final double[] md = m[r + 3];
        final double[] vc = v[c];
        final int gl = g.length;
        if (r + 3 >= base.length || r <= -1) {
            throw Tape.oob(r);
        }
        final int q0 = base[r] + c * st;
        final int q1 = base[r + 1] + c * st;
        final int q2 = base[r + 2] + c * st;
        final int q3 = base[r + 3] + c * st;
        if (q0 <= -1 || q0 >= gl || q1 <= -1 || q1 >= gl || q2 <= -1 || q2 >= gl || q3 <= -1 || q3 >= gl) {
            throw Tape.oob(q0);
        }
        Tape.check(mb.length == ma.length & mc.length == ma.length & md.length == ma.length & vc.length == ma.length);
        double t0 = g[q0];
        double t1 = g[q1];
        double t2 = g[q2];
        double t3 = g[q3];
        final int nma = ma.length;
        final int nmb = mb.length;
        final int nmc = mc.length;
        final int nmd = md.length;
        final int nvc = vc.length;
        for (int i = nma - 1; i > -1; i--) {
            if (i >= nma || i >= nmb || i >= nmc || i >= nmd || i >= nvc) {
                throw Tape.oob(i);
            }
            final double x = vc[i];
            t0 = t0 + x * ma[i];
            t1 = t1 + x * mb[i];
            t2 = t2 + x * mc[i];
            t3 = t3 + x * md[i];
        }
        g[q0] = t0;
        g[q1] = t1;
        g[q2] = t2;
        g[q3] = t3;
    }
}
