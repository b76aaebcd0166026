package dev.backprop.lang;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LimitsTest {

    static final Limits SMALL_WORK = Limits.DEFAULT.withMaxWork(1_000_000);

    static String error(String program, Limits limits) {
        Run run = Program.run(program, limits);
        assertFalse(run.ok(), program);
        return run.error().text();
    }

    @Test
    void concatenatingABigStringInALoopRunsOutOfWorkNotSteps() {
        String e = error("s = 'x' * 100000\nwhile True:\n    t = s + 'y'\n", SMALL_WORK);
        assertTrue(e.startsWith("line 3, col 9: BudgetError: work budget exceeded: the program built more than 1000000"), e);
    }

    @Test
    void repeatingCountsBeforeItCopies() {
        String e = error("s = 'ab' * 600000\n", SMALL_WORK);
        assertTrue(e.startsWith("line 1, col 5: BudgetError: work budget exceeded"), e);
        assertTrue(error("l = [0] * 2000000\n", SMALL_WORK).contains("work budget exceeded"));
    }

    @Test
    void listsTuplesAndJoinCountToo() {
        assertTrue(error("l = [0] * 100000\nwhile True:\n    m = l + l\n", SMALL_WORK).contains("work budget exceeded"));
        assertTrue(error("t = (0,) * 100000\nwhile True:\n    u = t + t\n", SMALL_WORK).contains("work budget exceeded"));
        assertTrue(error("l = ['abc'] * 100000\nwhile True:\n    s = ','.join(l)\n", SMALL_WORK).contains("work budget exceeded"));
    }

    @Test
    void smallProgramsStayWithinTheBudget() {
        Run run = Program.run("s = ''\nfor i in range(1000):\n    s = s + 'x'\nprint(len(s))\n", SMALL_WORK);
        assertTrue(run.ok(), () -> run.error().text());
        assertEquals("1000\n", run.text());
    }

    @Test
    void cancelEndsAnEndlessLoop() {
        int[] asked = {0};
        Limits limits = Limits.DEFAULT.withCancel(() -> ++asked[0] >= 3);
        String e = error("while True:\n    pass\n", limits);
        assertTrue(e.contains("BudgetError: time budget exceeded: the run was stopped"), e);
        assertEquals(3, asked[0]);
    }

    @Test
    void theDefaultHasNoWorkBudget() {
        assertEquals(Long.MAX_VALUE, Limits.DEFAULT.maxWork());
        assertEquals(null, Limits.DEFAULT.cancel());
    }
}
