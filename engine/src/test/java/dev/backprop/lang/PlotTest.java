package dev.backprop.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PlotTest {

    static final String SRC = "import numpy as np\nimport matplotlib.pyplot as plt\nprint('before')\n"
            + "xs = np.arange(-5, 5, 0.25)\nplt.plot(xs, 3*xs**2 - 4*xs + 5)\nplt.title('f(x) <slope>')\nplt.show()\n"
            + "print('after')\nplt.scatter([0, 1], [1, 0], c=[-1, 1])\n";

    /** The line's path has one point per x, in order, and its y extremes are at the plot's top and bottom. */
    @Test
    void lineIsDrawnInOrderWithText() {
        Run run = Program.run(SRC);
        assertNull(run.error());
        assertEquals("before\nafter\n", run.text());
        List<Run.Figure> figs = run.figures();
        assertEquals(2, figs.size()); // show(), then the open figure at the end of the run
        assertEquals("before\n".length(), figs.get(0).at());
        assertEquals(run.text().length(), figs.get(1).at());
        String svg = figs.get(0).svg();
        Matcher m = Pattern.compile("class=\"line\"[^>]* d=\"([^\"]*)\"").matcher(svg);
        assertTrue(m.find(), svg);
        String[] pts = m.group(1).split("(?=[ML])");
        assertEquals(40, pts.length);
        double prevX = -1;
        double minY = 1e9;
        double maxY = -1e9;
        for (String p : pts) {
            String[] xy = p.substring(1).trim().split(" ");
            double x = Double.parseDouble(xy[0]);
            double y = Double.parseDouble(xy[1]);
            assertTrue(x > prevX);
            prevX = x;
            minY = Math.min(minY, y);
            maxY = Math.max(maxY, y);
        }
        assertTrue(svg.contains("f(x) &lt;slope&gt;"));
        assertTrue(svg.startsWith("<svg") && svg.endsWith("</svg>"));
        assertEquals(2, figs.get(1).svg().split("<circle").length - 1);
        assertTrue(maxY > minY + 150, "the parabola spans the plot: " + minY + ".." + maxY);
    }

    @Test
    void figuresCrossTheWire() {
        Run run = Program.run(SRC);
        Run back = Wire.decode(Wire.encode(run, 1000)).run();
        assertEquals(run.figures(), back.figures());
    }

    @Test
    void cellsShowFiguresAtTheirEnd() {
        Run run = Program.run("# %%\nimport matplotlib.pyplot as plt\nplt.plot([1, 2, 3]);\n# %%\nprint('x')\n");
        assertEquals(1, run.figures().size());
        assertEquals(0, run.figures().get(0).at());
    }

    @Test
    void outsideTheSubsetIsNamed() {
        Run run = Program.run("import numpy as np\nnp.fft.fft([1])\n");
        assertEquals("AttributeError", run.error().kind());
        assertEquals("not provided by the playground: numpy.fft", run.error().message());
        Run torch = Program.run("import torch\n");
        assertEquals("ModuleNotFoundError", torch.error().kind());
        assertTrue(torch.error().message().contains("built-in Value"));
    }

    /**
     * What pyplot calls return, as a cell's last line echoes them. Texts are matplotlib's own reprs (CPython 3.11 +
     * matplotlib: Text(0.5, 1.0, 'loss'), Text(0.5, 0, 'step'), Text(0, 0.5, 'y'); xlim/ylim give the limits as
     * floats, as micrograd's demo notebook shows (-1.548639298268643, 1.951360701731357); a figure's repr is
     * matplotlib's, <Figure size 500x500 with 0 Axes> for plt.figure(figsize=(5,5))); artists echo as IPython's default
     * printer shows them, <module.Class at 0x...> (the address differs from run to run in CPython too).
     */
    @Test
    void callsReturnWhatMatplotlibReturns() {
        String src = "import matplotlib.pyplot as plt\n# %%\nplt.title('loss')\n# %%\nplt.xlabel('step')\n# %%\nplt.ylabel('y')\n"
                + "# %%\nplt.scatter([0, 1], [1, 0], c=[1, -1], cmap=plt.cm.Spectral)\n# %%\nplt.xlim(-1.548639298268643, 1.951360701731357)\n"
                + "# %%\nplt.ylim(0, 2)\n# %%\nplt.plot([1, 2])\n# %%\nplt.legend()\n# %%\nplt.grid()\n"
                + "# %%\nplt.figure(figsize=(5,5))\n# %%\nfig, ax = plt.subplots()\nfig\n";
        Run run = Program.run(src);
        assertNull(run.error(), () -> run.error().text());
        assertEquals("Text(0.5, 1.0, 'loss')\nText(0.5, 0, 'step')\nText(0, 0.5, 'y')\n"
                + "<matplotlib.collections.PathCollection at 0x#>\n(-1.548639298268643, 1.951360701731357)\n(0.0, 2.0)\n"
                + "[<matplotlib.lines.Line2D at 0x#>]\n<matplotlib.legend.Legend at 0x#>\n"
                + "<Figure size 500x500 with 0 Axes>\n<Figure size 640x480 with 1 Axes>\n",
                run.text().replaceAll("at 0x[0-9a-f]+", "at 0x#"));
    }
}
