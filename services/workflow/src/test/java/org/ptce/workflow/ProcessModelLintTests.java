package org.ptce.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.ptce.testing.ContractLint;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The models pass bpmnlint's recommended rules and Camunda 7.24's compatibility ({@code bpmn/.bpmnlintrc}): no error,
 * and each warning left is one the model explains, in the documentation of the element it is about.
 */
class ProcessModelLintTests {

    private static final Path MODELS = ContractLint.repository().resolve("bpmn");
    private static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";

    @Test
    void bpmnlintFindsNoErrorAndEachWarningIsExplainedInTheModel() throws Exception {
        List<JsonNode> reports = ContractLint.run("bpmnlint-diagnostics.mjs", MODELS.resolve(".bpmnlintrc"),
                MODELS.resolve("call.bpmn"), MODELS.resolve("candidacy.bpmn"));

        assertThat(reports).filteredOn(report -> !report.get("category").asText().equals("warn")).isEmpty();
        for (JsonNode warning : reports) {
            String rule = warning.get("rule").asText();
            assertThat(documentation(Path.of(warning.get("file").asText()), warning.get("id").asText()))
                    .as("%s on %s in %s", rule, warning.get("id").asText(), warning.get("file").asText())
                    .contains("bpmnlint's " + rule + " warning");
        }
    }

    private static String documentation(Path model, String id) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        NodeList elements = factory.newDocumentBuilder().parse(model.toFile()).getElementsByTagNameNS(BPMN, "*");
        for (int i = 0; i < elements.getLength(); i++) {
            var element = (Element) elements.item(i);
            if (id.equals(element.getAttribute("id"))) {
                NodeList documentation = element.getElementsByTagNameNS(BPMN, "documentation");
                // Text can wrap anywhere in the model's XML.
                return documentation.getLength() == 0 ? ""
                        : documentation.item(0).getTextContent().replaceAll("\\s+", " ");
            }
        }
        return "";
    }
}
