package dev.backprop.server.snapshot;

import dev.backprop.engine.Value;
import dev.backprop.layout.GraphView;
import dev.backprop.layout.Layered;
import dev.backprop.layout.Layout;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PngTest {

    static {
        System.setProperty("java.awt.headless", "true");
    }

    /** The lecture's first graph: L = (a*b + c) * f, after backward. */
    static Value lecture() {
        Value a = new Value(2.0, "a");
        Value b = new Value(-3.0, "b");
        Value c = new Value(10.0, "c");
        Value e = a.mul(b);
        e.setLabel("e");
        Value d = e.add(c);
        d.setLabel("d");
        Value f = new Value(-2.0, "f");
        Value l = d.mul(f);
        l.setLabel("L");
        l.backward();
        return l;
    }

    static int count(BufferedImage img, int rgb) {
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                if ((img.getRGB(x, y) & 0xffffff) == rgb) n++;
            }
        }
        return n;
    }

    @Test
    void paintsTheGraphLikeTheSvg() throws Exception {
        GraphView view = GraphView.of(List.of(lecture()));
        Layout layout = view.layout(Layered.Direction.LR);
        byte[] png = Png.of(view, layout);
        assertEquals(0x89, png[0] & 0xff);
        assertEquals('P', png[1]);
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
        double w = Math.max(layout.width(), layout.height()) + 32;
        double h = Math.max(layout.height() + 32, w / 2);
        double scale = Math.min(2, Png.MAX_SIDE / Math.max(w, h));
        assertEquals((int) Math.ceil(w * scale), img.getWidth());
        assertEquals((int) Math.ceil(h * scale), img.getHeight());
        assertEquals(2.0, (double) img.getWidth() / img.getHeight(), 0.01, "wide graphs are padded to 2:1 for link previews");
        if (System.getProperty("pngOut") != null) java.nio.file.Files.write(java.nio.file.Path.of(System.getProperty("pngOut")), png);
        int opFill = count(img, 0xeef2ff);
        assertTrue(opFill > 3 * 400, "three op nodes (*, +, *) filled: " + opFill);
        // grad cells: L.grad = 1 is the largest (full green); f.grad = 4 > 0; b.grad = -4 < 0 (red)
        String green = GraphView.gradColor(4, 6);
        String red = GraphView.gradColor(-4, 6);
        assertTrue(count(img, Integer.parseInt(green.substring(1), 16)) > 200, "a positive-grad cell");
        assertTrue(count(img, Integer.parseInt(red.substring(1), 16)) > 200, "a negative-grad cell");
        assertTrue(count(img, 0x111827) + count(img, 0x1f2937) > 100, "text is drawn");
    }

    @Test
    void bigGraphsAreScaledToFit() {
        Value x = new Value(1.0, "x");
        Value s = x;
        for (int i = 0; i < 150; i++) s = s.add(new Value(i, "w" + i)).tanh();
        GraphView view = GraphView.of(List.of(s));
        BufferedImage img = decode(Png.of(view, view.layout(Layered.Direction.LR)));
        assertTrue(Math.max(img.getWidth(), img.getHeight()) <= Png.MAX_SIDE, img.getWidth() + "x" + img.getHeight());
    }

    static BufferedImage decode(byte[] png) {
        try {
            return ImageIO.read(new ByteArrayInputStream(png));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
