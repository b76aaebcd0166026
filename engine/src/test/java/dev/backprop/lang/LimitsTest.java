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
    void slicesAndFormatWidthsCountToo() {
        // before: 40 steps of '{:>50000000}' took 48 s and 2.5 GB on the server, under 1024 steps so never cancelled
        assertTrue(error("l = []\nfor i in range(40):\n    l.append('{:>500000}'.format(i))\n", SMALL_WORK).contains("work budget exceeded"));
        assertTrue(error("l = []\nfor i in range(40):\n    l.append(f'{i:>500000}')\n", SMALL_WORK).contains("work budget exceeded"));
        assertTrue(error("l = []\nfor i in range(40):\n    l.append('%500000d' % i)\n", SMALL_WORK).contains("work budget exceeded"));
        assertTrue(error("s = 'x' * 100000\nwhile True:\n    t = s[1:]\n", SMALL_WORK).contains("work budget exceeded"));
        // the same programs, small, are unchanged (CPython 3.11 prints the same)
        Run run = Program.run("print(len('{:>5000}'.format(1)), len(f'{2.5:>300}'), '%5d|' % 42, 'abcdef'[1:4], 'abcdef'[::-2])\n", SMALL_WORK);
        assertEquals("5000 300    42| bcd fdb\n", run.text());
    }

    @Test
    void aBigCopyAsksTheCancelHookAtOnce() {
        // one statement, far fewer than 1024 steps: only the copy itself can ask
        int[] asked = {0};
        String e = error("t = '{:>5000000}'.format(1)\n", Limits.DEFAULT.withCancel(() -> ++asked[0] >= 1));
        assertTrue(e.contains("BudgetError: time budget exceeded: the run was stopped"), e);
        assertEquals(1, asked[0]);
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
