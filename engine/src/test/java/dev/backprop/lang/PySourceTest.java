package dev.backprop.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class PySourceTest {
    private static final Path DIR = Path.of("src/main/resources/dev/backprop/lang/py");

    private static List<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(DIR)) {
            return new ArrayList<>(s.sorted().toList());
        }
    }

    /** PySource's class-path reader takes a byte for a char. */
    @Test
    void filesAreAscii() throws IOException {
        List<Path> files = files();
        assertTrue(files.size() >= 14, files.toString());
        for (Path f : files) {
            byte[] b = Files.readAllBytes(f);
            for (int i = 0; i < b.length; i++) {
                assertTrue(b[i] >= 0 && (b[i] >= 32 || b[i] == '\n'), f + ": byte " + i + " is " + b[i]);
            }
        }
    }

    @Test
    void readsEachFileFromTheClassPath() throws IOException {
        for (Path f : files()) {
            assertEquals(Files.readString(f), PySource.read(f.getFileName().toString()), f.toString());
        }
    }

    @Test
    void aMissingFileNamesItself() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> PySource.read("nope.py"));
        assertEquals("py/nope.py could not be read", e.getMessage());
    }

    /** The page's reader: what it returns is the module's source; null (say, offline) is an error naming the file. */
    @Test
    void anInstalledReaderIsUsed() {
        try {
            PySource.use(f -> f.equals("bisect.py") ? "def bisect(a, x):\n    return 42\n" : null);
            assertEquals("def bisect(a, x):\n    return 42\n", PySource.read("bisect.py"));
            assertThrows(IllegalStateException.class, () -> PySource.read("heapq.py"));
        } finally {
            PySource.use(null);
        }
    }
}
