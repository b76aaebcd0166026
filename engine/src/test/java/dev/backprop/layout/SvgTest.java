package dev.backprop.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backprop.engine.Value;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

class SvgTest {
    @Test
    void wellFormedWithEscapedLabels() throws Exception {
        Value a = new Value(2.0, "<img src=x onerror=alert(1)>");
        Value b = new Value(-3.0, "b & \"c\"\u0001");
        Value c = a.mul(b).tanh();
        c.backward();
        GraphView view = GraphView.of(List.of(c));
        String svg = Svg.of(view, view.layout(Layered.Direction.LR));
        assertFalse(svg.contains("<img"));
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertEquals("svg", doc.getDocumentElement().getNodeName());
        NodeList texts = doc.getElementsByTagName("text");
        boolean found = false;
        boolean amp = false;
        for (int i = 0; i < texts.getLength(); i++) {
            found |= texts.item(i).getTextContent().equals("<img src=x onerror=alert(1)>");
            amp |= texts.item(i).getTextContent().equals("b & \"c\"");
        }
        assertTrue(found && amp);
        assertEquals(view.graph().edgeCount(), doc.getElementsByTagName("path").getLength() - 1); // minus marker
        assertEquals("12.5", Svg.n(12.49));
        assertEquals("-3", Svg.n(-3.0));
    }
}
