package dev.backprop.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** CPython-equality of random through the language: exact text, not a tolerance. */
class RandomModuleTest {
    private static void exact(String name) throws IOException {
        Path dir = ProgramTest.PROGRAMS;
        String src = Files.readString(dir.resolve(name + ".py"), StandardCharsets.UTF_8);
        String expected = Files.readString(dir.resolve(name + ".out"), StandardCharsets.UTF_8);
        Run r = Program.run(src);
        assertEquals(null, r.error());
        assertEquals(expected, r.text());
    }

    @Test
    void seedsRandomUniformRandintRandrangeGetrandbitsShuffleChoiceSampleAsCPython() throws IOException {
        exact("random_stream");
    }

    @Test
    void micrograd1337WeightsAsCPython() {
        // random.seed(1337); MLP(2, [16, 16, 1]): the first neuron's weights CPython + micrograd give
        Run r = Program.run("import random\nfrom micrograd.nn import MLP\nrandom.seed(1337)\nm = MLP(2, [16, 16, 1])\n"
                + "print(m.layers[0].neurons[0].w, m.layers[2].neurons[0].w[15], len(m.parameters()))\n");
        assertEquals("[Value(data=0.23550571390294128), Value(data=0.06653114721000164)] Value(data=-0.2532524374373504) 337\n", r.text());
    }

    @Test
    void unseededStreamsDifferFromRunToRunAsCPythonsWhileASeedRepeats() {
        // CPython seeds the module (and Random()) from the OS: two runs of an unseeded program differ
        String src = "import random\nprint(random.random(), random.Random().random(), random.getrandbits(64))\n";
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < 3; i++) {
            seen.add(Program.run(src).text());
        }
        assertEquals(3, seen.size(), seen.toString());
        String seeded = "import random\nrandom.seed(5)\nprint(random.random())\nrandom.seed()\nrandom.seed(5)\nprint(random.random())\n";
        assertEquals("0.6229016948897019\n0.6229016948897019\n", Program.run(seeded).text()); // CPython 3.11: seed(5); random()
    }

    @Test
    void errorsAsCPython() {
        assertEquals("ValueError", Program.run("import random\nrandom.randint(5, 1)\n").error().kind());
        assertEquals("IndexError", Program.run("import random\nrandom.choice([])\n").error().kind());
        assertEquals("TypeError", Program.run("import random\nrandom.shuffle((1, 2))\n").error().kind());
    }

    /**
     * programs/lib_random_more.py: seed of str (sha512, version 2), float, negative and large ints; choices with
     * weights and cum_weights; the variates; sample of range(10**9) without building it; Random instances; the
     * errors; every digit as CPython 3.11.
     */
    @Test
    void seedsChoicesVariatesAndInstancesAsCPython() {
        org.junit.jupiter.api.Assertions.assertNull(Expected.exactly("lib_random_more"));
    }

    /**
     * programs/lib_random_big.py: seeds past 64 bits, getrandbits(k) for k > 63, randrange/randint/choice/sample over
     * big ints and ranges past 2^31, getstate/setstate (versions 2 and 3), randrange's 3.11 messages; CPython 3.11's output.
     */
    @Test
    void bigIntsStateAndRangeErrorsAsCPython() {
        org.junit.jupiter.api.Assertions.assertNull(Expected.exactly("lib_random_big"));
    }

    @Test
    void setstateReplaysTheSameNumbers() {
        Run r = ProgramTest.runBig("import random\nrandom.seed(2**64 + 5)\ns = random.getstate()\na = random.getrandbits(100)\n"
                + "random.setstate(s)\nprint(a == random.getrandbits(100), a)\n");
        org.junit.jupiter.api.Assertions.assertNull(r.error());
        // CPython 3.11: random.seed(2**64+5); print(random.getrandbits(100))
        assertEquals("True 782755124322270624659323306931\n", r.text());
    }
}
