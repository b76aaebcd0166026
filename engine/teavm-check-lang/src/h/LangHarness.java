package h;

import dev.backprop.lang.Program;
import dev.backprop.lang.Run;

/** Runs each program text given and prints its output (and its error as run.py does), separated by a marker. */
public class LangHarness {
    public static void main(String[] args) {
        for (String src : args) {
            Run run = Program.run(src);
            System.out.print(run.text());
            if (run.error() != null) {
                System.out.println("ERROR " + run.error().kind() + " " + run.error().line());
            }
            System.out.println("=====END=====");
        }
    }
}
