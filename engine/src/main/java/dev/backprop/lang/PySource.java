package dev.backprop.lang;

import java.io.IOException;
import java.io.InputStream;

/**
 * The source of the modules written in Python (numpy.py, collections.py, ...: dev/backprop/lang/py/), read
 * when a program first needs one, so the page's script does not carry them. On the JVM they are class-path
 * resources; the page and its worker install a reader that fetches the server's /py/ files.
 */
public final class PySource {
    private PySource() {
    }

    /** Reads one file of dev/backprop/lang/py/ ("numpy.py"), or returns null when it cannot. */
    public interface Reader {
        String read(String file);
    }

    private static Reader reader;

    /** Replaces the class-path reader (call before the first program runs). */
    public static void use(Reader r) {
        reader = r;
    }

    /** The text of a file of dev/backprop/lang/py/; the callers keep its parsed form. */
    static String read(String file) {
        String s = reader != null ? reader.read(file) : resource(file);
        if (s == null) {
            throw new IllegalStateException("py/" + file + " could not be read");
        }
        return s;
    }

    private static String resource(String file) {
        try (InputStream in = PySource.class.getResourceAsStream("py/" + file)) {
            if (in == null) {
                return null;
            }
            // the files are ASCII (PySourceTest checks), so a byte is a char: no Charset, which under TeaVM
            // would bring every standard charset into app.js (+7 KB gzip) for a path the browser never takes
            byte[] b = in.readAllBytes();
            char[] c = new char[b.length];
            for (int i = 0; i < b.length; i++) {
                c[i] = (char) b[i];
            }
            return new String(c);
        } catch (IOException e) {
            return null;
        }
    }
}
