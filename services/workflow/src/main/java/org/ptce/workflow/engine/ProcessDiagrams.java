package org.ptce.workflow.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.EventDefinition;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.Task;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnLabel;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.ptce.platform.web.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * The diagrams of the deployed process models, read from their BPMN DI with the model API. A deployed definition
 * never changes: each is read once, then kept.
 */
@Component
public class ProcessDiagrams {

    private final RepositoryService repository;
    private final Map<String, ProcessDiagram> read = new ConcurrentHashMap<>();

    ProcessDiagrams(RepositoryService repository) {
        this.repository = repository;
    }

    /** The diagram of the latest deployed version of the process of this key. */
    public ProcessDiagram latest(String processKey) {
        ProcessDefinition definition = repository.createProcessDefinitionQuery().processDefinitionKey(processKey)
                .latestVersion().singleResult();
        if (definition == null) {
            throw new NotFoundException("process model", processKey);
        }
        return read.computeIfAbsent(definition.getId(), id -> diagram(definition));
    }

    private ProcessDiagram diagram(ProcessDefinition definition) {
        BpmnModelInstance model = repository.getBpmnModelInstance(definition.getId());
        Process process = model.getModelElementById(definition.getKey());
        // The model's order (the modeller's reading of the process), subprocesses' nodes after the subprocess.
        var order = new HashMap<String, Integer>();
        flowNodes(process.getFlowElements()).forEach(node -> order.putIfAbsent(node.getId(), order.size()));
        List<ProcessDiagram.Shape> shapes = model.getModelElementsByType(BpmnShape.class).stream()
                .filter(shape -> shape.getBpmnElement() instanceof FlowNode && shape.getBounds() != null)
                .sorted(Comparator.comparingInt(shape -> order.getOrDefault(shape.getBpmnElement().getId(),
                        Integer.MAX_VALUE)))
                .map(ProcessDiagrams::shape)
                .toList();
        List<ProcessDiagram.Edge> edges = model.getModelElementsByType(BpmnEdge.class).stream()
                .filter(edge -> edge.getWaypoints().size() >= 2)
                .map(ProcessDiagrams::edge)
                .toList();
        return new ProcessDiagram(definition.getId(), definition.getKey(), definition.getName(), bounds(shapes, edges),
                shapes, edges);
    }

    private static Stream<FlowNode> flowNodes(Collection<FlowElement> elements) {
        return elements.stream().flatMap(element -> {
            if (element instanceof SubProcess subProcess) {
                return Stream.concat(Stream.of(subProcess), flowNodes(subProcess.getFlowElements()));
            }
            return element instanceof FlowNode node ? Stream.of(node) : Stream.empty();
        });
    }

    private static ProcessDiagram.Shape shape(BpmnShape shape) {
        BaseElement element = shape.getBpmnElement();
        Bounds bounds = shape.getBounds();
        String kind = element instanceof Task ? "task"
                : element instanceof SubProcess ? "subprocess"
                : element instanceof Event ? "event"
                : element instanceof Gateway ? "gateway"
                : element instanceof Activity ? "task"
                : "other";
        boolean dashed = element instanceof BoundaryEvent boundary && !boundary.cancelActivity()
                || element instanceof SubProcess subProcess && subProcess.triggeredByEvent()
                || element instanceof StartEvent start && start.getParentElement() instanceof SubProcess parent
                        && parent.triggeredByEvent() && !start.isInterrupting();
        return new ProcessDiagram.Shape(element.getId(), kind, element.getElementType().getTypeName(),
                ((FlowNode) element).getName(), bounds.getX(), bounds.getY(), bounds.getWidth(), bounds.getHeight(),
                label(shape.getBpmnLabel()), eventDefinition(element), dashed);
    }

    private static String eventDefinition(BaseElement element) {
        if (!(element instanceof Event event)) {
            return null;
        }
        return event.getChildElementsByType(EventDefinition.class).stream().findFirst()
                .map(definition -> definition.getElementType().getTypeName().replace("EventDefinition", ""))
                .orElse(null);
    }

    private static ProcessDiagram.Edge edge(BpmnEdge edge) {
        BaseElement element = edge.getBpmnElement();
        String id = element == null ? edge.getId() : element.getId();
        String name = element instanceof FlowElement flow ? flow.getName() : null;
        List<ProcessDiagram.Point> points = edge.getWaypoints().stream()
                .map(point -> new ProcessDiagram.Point(point.getX(), point.getY())).toList();
        return new ProcessDiagram.Edge(id, name, points, label(edge.getBpmnLabel()));
    }

    private static ProcessDiagram.Box label(BpmnLabel label) {
        if (label == null || label.getBounds() == null) {
            return null;
        }
        Bounds bounds = label.getBounds();
        return new ProcessDiagram.Box(bounds.getX(), bounds.getY(), bounds.getWidth(), bounds.getHeight());
    }

    /** The smallest box that holds every shape, label and flow. */
    private static ProcessDiagram.Box bounds(List<ProcessDiagram.Shape> shapes, List<ProcessDiagram.Edge> edges) {
        var boxes = new ArrayList<ProcessDiagram.Box>();
        shapes.forEach(shape -> {
            boxes.add(new ProcessDiagram.Box(shape.x(), shape.y(), shape.width(), shape.height()));
            if (shape.label() != null) {
                boxes.add(shape.label());
            }
        });
        edges.forEach(edge -> {
            edge.waypoints().forEach(point -> boxes.add(new ProcessDiagram.Box(point.x(), point.y(), 0, 0)));
            if (edge.label() != null) {
                boxes.add(edge.label());
            }
        });
        if (boxes.isEmpty()) {
            return new ProcessDiagram.Box(0, 0, 0, 0);
        }
        double minX = boxes.stream().mapToDouble(ProcessDiagram.Box::x).min().orElse(0);
        double minY = boxes.stream().mapToDouble(ProcessDiagram.Box::y).min().orElse(0);
        double maxX = boxes.stream().mapToDouble(box -> box.x() + box.width()).max().orElse(0);
        double maxY = boxes.stream().mapToDouble(box -> box.y() + box.height()).max().orElse(0);
        return new ProcessDiagram.Box(minX, minY, maxX - minX, maxY - minY);
    }
}
