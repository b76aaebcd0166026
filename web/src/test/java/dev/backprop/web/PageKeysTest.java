package dev.backprop.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The graph page by keyboard alone, in real Chromium. */
class PageKeysTest extends PageFixture {
    @BeforeEach
    void open() {
        newPage(900);
        page.navigate(server.url("/"));
        page.waitForSelector(".node.value");
    }

    /** The focused element's id, or its label when it is a graph node. */
    String focused() {
        return (String) page.evaluate("() => { const a = document.activeElement;"
                + " const l = a && a.querySelector && a.querySelector('text.lbl, text.opt');"
                + " return l ? 'node ' + l.textContent : a ? a.id : ''; }");
    }

    @Test
    void graphNodesTakeTheFocusMoveWithArrowsAndExplainOnEnter() {
        assertEquals(1, page.locator("#graph [tabindex='0']").count()); // one Tab stop: the root
        page.locator("#graph [tabindex='0']").focus();
        assertEquals("node L", focused());
        page.keyboard().press("Enter");
        assertFalse(page.locator("#tip").isHidden());
        assertTrue(page.locator("#tip").textContent().contains("L = d * f"), page.locator("#tip").textContent());
        page.keyboard().press("ArrowLeft"); // LR: towards the inputs, through L's op
        assertEquals("node *", focused());
        page.keyboard().press("ArrowLeft");
        String operand = focused();
        assertTrue(operand.equals("node d") || operand.equals("node f"), operand);
        page.keyboard().press("Enter");
        assertTrue(page.locator("#tip").textContent().contains(operand.substring(5) + ".grad"), page.locator("#tip").textContent());
        page.keyboard().press("ArrowRight");
        page.keyboard().press("ArrowRight");
        assertEquals("node L", focused());
        assertEquals(1, page.locator("#graph [tabindex='0']").count()); // the Tab stop moved along
    }

    @Test
    void theShareDialogKeepsTheFocusInsideAndGivesItBack() {
        page.locator("#dot").focus();
        page.keyboard().press("Enter");
        page.waitForSelector("#dialog:not([hidden])");
        assertEquals("dialog-text", focused());
        page.keyboard().press("Tab");
        assertEquals("dialog-copy", focused());
        page.keyboard().press("Tab");
        assertEquals("dialog-close", focused());
        page.keyboard().press("Tab"); // round, not out to the page behind
        assertEquals("dialog-text", focused());
        page.keyboard().press("Shift+Tab");
        assertEquals("dialog-close", focused());
        page.keyboard().press("Escape");
        assertTrue(page.locator("#dialog").isHidden());
        assertEquals("dot", focused()); // back where it was
        page.locator("#share").click();
        page.waitForSelector("#dialog:not([hidden])");
        page.locator("#dialog-close").click();
        assertTrue(page.locator("#dialog").isHidden());
        assertEquals("share", focused());
    }
}
