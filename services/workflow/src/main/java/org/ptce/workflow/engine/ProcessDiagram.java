package org.ptce.workflow.engine;

import java.util.List;

/**
 * A process model's diagram as its BPMN DI draws it (the coordinates of Camunda Modeler): the shapes of its flow
 * nodes in the model's order, the sequence flows between them, and the box that holds them all.
 *
 * @param processDefinitionId the deployed definition the diagram was read from
 */
public record ProcessDiagram(String processDefinitionId, String processKey, String name, Box bounds,
        List<Shape> shapes, List<Edge> edges) {

    /**
     * A flow node's shape.
     *
     * @param kind            {@code task}, {@code event}, {@code gateway}, {@code subprocess}, or {@code other}
     * @param type            the BPMN element: {@code userTask}, {@code receiveTask}, {@code serviceTask},
     *                        {@code startEvent}, {@code boundaryEvent}, {@code endEvent}, {@code exclusiveGateway},
     *                        {@code subProcess}…
     * @param eventDefinition an event's trigger ({@code message}, {@code timer}, {@code signal}, {@code error}…),
     *                        {@code null} for a plain one or another kind
     * @param dashed          drawn dashed, as BPMN draws a non-interrupting boundary event and an event subprocess
     * @param label           where the name is written outside the shape (events, gateways), if the model says
     */
    public record Shape(String activityId, String kind, String type, String name, double x, double y, double width,
            double height, Box label, String eventDefinition, boolean dashed) {
    }

    /** A sequence flow: its id, its name (« oui »), the points it passes through, and where its name is written. */
    public record Edge(String id, String name, List<Point> waypoints, Box label) {
    }

    public record Box(double x, double y, double width, double height) {
    }

    public record Point(double x, double y) {
    }
}
