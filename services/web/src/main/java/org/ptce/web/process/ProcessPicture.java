package org.ptce.web.process;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.ptce.web.api.WorkflowApi;

/**
 * The process model's diagram, ready to be drawn as inline SVG by the template (no script, no inline style: the
 * pages' Content-Security-Policy allows neither): each shape's geometry, its name broken into lines, the flows as
 * polylines, and on each step a badge with its count. Coordinates are the model's own (Camunda Modeler's).
 */
record ProcessPicture(String viewBox, String width, String height, List<Figure> areas, List<Flow> flows,
        List<Figure> figures, List<Badge> badges) {

    /** The steps a candidacy waits in, where a person (or another service) must act. */
    static final Set<String> WAIT_STATES = Set.of("userTask", "receiveTask", "manualTask");

    private static final double PADDING = 24;
    private static final double LINE_HEIGHT = 14;
    /** About the width of a character of the diagram's 12 px system font. */
    private static final double CHARACTER_WIDTH = 6.4;

    /**
     * The diagram with a badge on each step a candidacy waits in (how many wait there now) and on each end (how many
     * ended there); no badge when {@code counted} is false (a call without candidacies).
     */
    static ProcessPicture of(WorkflowApi.ProcessDiagram diagram, List<WorkflowApi.ProcessStep> steps,
            boolean counted) {
        WorkflowApi.DiagramBox bounds = diagram.bounds() == null ? new WorkflowApi.DiagramBox(0, 0, 0, 0)
                : diagram.bounds();
        Map<String, WorkflowApi.ProcessStep> byActivity = steps.stream()
                .collect(Collectors.toMap(WorkflowApi.ProcessStep::activityId, Function.identity(), (a, b) -> a));
        var areas = new ArrayList<Figure>();
        var figures = new ArrayList<Figure>();
        var badges = new ArrayList<Badge>();
        // Tasks first, then gateways, then events: a boundary event sits on its task's edge, drawn over it.
        List<WorkflowApi.DiagramShape> shapes = diagram.shapes().stream()
                .sorted(Comparator.comparingInt(ProcessPicture::layer)).toList();
        for (WorkflowApi.DiagramShape shape : shapes) {
            Figure figure = figure(shape);
            ("subprocess".equals(shape.kind()) ? areas : figures).add(figure);
            WorkflowApi.ProcessStep step = byActivity.get(shape.activityId());
            if (counted && step != null) {
                badge(shape, step).ifPresent(badges::add);
            }
        }
        List<Flow> flows = diagram.edges().stream().filter(edge -> edge.waypoints().size() >= 2)
                .map(ProcessPicture::flow).toList();
        double width = bounds.width() + 2 * PADDING;
        double height = bounds.height() + 2 * PADDING;
        return new ProcessPicture(number(bounds.x() - PADDING) + " " + number(bounds.y() - PADDING) + " "
                + number(width) + " " + number(height), number(width), number(height), areas, flows, figures, badges);
    }

    /** Whether the step is one a candidacy waits in. */
    static boolean waits(WorkflowApi.ProcessStep step) {
        return "task".equals(step.kind()) && WAIT_STATES.contains(step.type());
    }

    /** Whether the step is an end of the process (or of one of its paths). */
    static boolean ends(WorkflowApi.ProcessStep step) {
        return "endEvent".equals(step.type());
    }

    private static int layer(WorkflowApi.DiagramShape shape) {
        return switch (shape.kind() == null ? "" : shape.kind()) {
            case "subprocess" -> 0;
            case "task" -> 1;
            case "gateway" -> 2;
            case "event" -> 3;
            default -> 4;
        };
    }

    private static Figure figure(WorkflowApi.DiagramShape shape) {
        String kind = shape.kind() == null ? "other" : shape.kind();
        double x = shape.x();
        double y = shape.y();
        double w = shape.width();
        double h = shape.height();
        double cx = x + w / 2;
        double cy = y + h / 2;
        String name = shape.name() == null ? "" : shape.name();
        var classes = new StringBuilder("shape ").append(kind);
        if (shape.type() != null) {
            classes.append(' ').append(switch (shape.type()) {
                case "startEvent" -> "start";
                case "endEvent" -> "end";
                case "boundaryEvent", "intermediateCatchEvent", "intermediateThrowEvent" -> "intermediate";
                default -> shape.type().toLowerCase(Locale.ROOT);
            });
        }
        if (shape.dashed()) {
            classes.append(" dashed");
        }
        List<TextLine> lines = switch (kind) {
            case "task" -> centred(name, cx, cy, w - 10);
            case "subprocess" -> List.of(new TextLine(number(x + 10), number(y + 18), name));
            default -> outside(name, shape);
        };
        String points = "gateway".equals(kind) ? number(cx) + "," + number(y) + " " + number(x + w) + ","
                + number(cy) + " " + number(cx) + "," + number(y + h) + " " + number(x) + "," + number(cy) : null;
        return new Figure(shape.activityId(), kind, classes.toString(), number(x), number(y), number(w), number(h),
                number(cx), number(cy), number(Math.min(w, h) / 2), number(Math.min(w, h) / 2 - 3), points,
                "gateway".equals(kind) && "exclusiveGateway".equals(shape.type()) ? cross(cx, cy, w / 5) : null,
                icon(shape, cx, cy, Math.min(w, h) / 2), lines);
    }

    /** The gateway's « X », as two strokes. */
    private static String cross(double cx, double cy, double half) {
        return "M" + number(cx - half) + " " + number(cy - half) + " L" + number(cx + half) + " " + number(cy + half)
                + " M" + number(cx + half) + " " + number(cy - half) + " L" + number(cx - half) + " "
                + number(cy + half);
    }

    /** An event's trigger, drawn inside it: a clock's hands for a timer, an envelope for a message. */
    private static String icon(WorkflowApi.DiagramShape shape, double cx, double cy, double r) {
        if (shape.eventDefinition() == null) {
            return null;
        }
        double s = r * 0.5;
        return switch (shape.eventDefinition()) {
            case "timer" -> "M" + number(cx - s) + " " + number(cy) + " A" + number(s) + " " + number(s) + " 0 1 0 "
                    + number(cx + s) + " " + number(cy) + " A" + number(s) + " " + number(s) + " 0 1 0 "
                    + number(cx - s) + " " + number(cy) + " M" + number(cx) + " " + number(cy - s * 0.75) + " L"
                    + number(cx) + " " + number(cy) + " L" + number(cx + s * 0.6) + " " + number(cy + s * 0.3);
            case "message" -> "M" + number(cx - s) + " " + number(cy - s * 0.7) + " H" + number(cx + s) + " V"
                    + number(cy + s * 0.7) + " H" + number(cx - s) + " Z M" + number(cx - s) + " "
                    + number(cy - s * 0.7) + " L" + number(cx) + " " + number(cy + s * 0.1) + " L"
                    + number(cx + s) + " " + number(cy - s * 0.7);
            default -> null;
        };
    }

    /** A name written inside its box, its lines centred on it. */
    private static List<TextLine> centred(String text, double cx, double cy, double width) {
        List<String> words = wrap(text, width);
        double first = cy - (words.size() - 1) * LINE_HEIGHT / 2 + 4;
        var lines = new ArrayList<TextLine>();
        for (int i = 0; i < words.size(); i++) {
            lines.add(new TextLine(number(cx), number(first + i * LINE_HEIGHT), words.get(i)));
        }
        return lines;
    }

    /** A name written where the model puts it (below an event or a gateway when it says nothing). */
    private static List<TextLine> outside(String text, WorkflowApi.DiagramShape shape) {
        WorkflowApi.DiagramBox label = shape.label() != null ? shape.label()
                : new WorkflowApi.DiagramBox(shape.x() - 25, shape.y() + shape.height() + 4, shape.width() + 50, 14);
        return below(text, label);
    }

    /**
     * A name in the box the model gives it, on as many lines as the box is high (Camunda Modeler sizes the box to its
     * own font): widened when the name would need more.
     */
    private static List<TextLine> below(String text, WorkflowApi.DiagramBox label) {
        int allowed = Math.max(1, (int) Math.round(label.height() / LINE_HEIGHT));
        double width = Math.max(label.width(), 60);
        List<String> words = wrap(text, width);
        while (words.size() > allowed && width < text.length() * CHARACTER_WIDTH) {
            width += CHARACTER_WIDTH;
            words = wrap(text, width);
        }
        double cx = label.x() + label.width() / 2;
        var lines = new ArrayList<TextLine>();
        for (int i = 0; i < words.size(); i++) {
            lines.add(new TextLine(number(cx), number(label.y() + 11 + i * LINE_HEIGHT), words.get(i)));
        }
        return lines;
    }

    /** Words greedily put on lines of about the given width. */
    static List<String> wrap(String text, double width) {
        int most = Math.max(6, (int) Math.floor(width / CHARACTER_WIDTH));
        var lines = new ArrayList<String>();
        var line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            // French puts a space before « ? », « : » and the like: they stay with the word they follow.
            boolean punctuation = word.length() == 1 && "?!:;»".contains(word);
            if (!line.isEmpty() && !punctuation && line.length() + 1 + word.length() > most) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.isEmpty() ? "" : " ").append(word);
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static Flow flow(WorkflowApi.DiagramEdge edge) {
        String points = edge.waypoints().stream().map(point -> number(point.x()) + "," + number(point.y()))
                .collect(Collectors.joining(" "));
        List<TextLine> label = edge.name() == null || edge.name().isBlank() || edge.label() == null ? List.of()
                : below(edge.name(), edge.label());
        return new Flow(edge.id(), points, label);
    }

    /**
     * A step's count on its top right corner: filled for the candidacies waiting there, outlined for those that
     * ended there (the table says the same in words).
     */
    private static Optional<Badge> badge(WorkflowApi.DiagramShape shape, WorkflowApi.ProcessStep step) {
        boolean waiting = waits(step) || step.waitingNow() > 0;
        boolean ended = ends(step);
        if (!waiting && !ended) {
            return Optional.empty();
        }
        long count = waiting ? step.waitingNow() : step.endedThere();
        String text = String.valueOf(count);
        double height = 20;
        double width = 12 + 7.5 * text.length();
        double cx = shape.x() + shape.width() - ("task".equals(shape.kind()) ? 4 : 0);
        double cy = shape.y() + ("task".equals(shape.kind()) ? 4 : 0);
        return Optional.of(new Badge(shape.activityId(), waiting ? "badge waiting" : "badge ended",
                number(cx - width / 2), number(cy - height / 2), number(width), number(height), number(cx),
                number(cy + 4.5), text, waiting ? "en attente" : "terminées"));
    }

    /** « 152 », « 152.5 »: SVG's numbers, without a trailing « .0 ». */
    static String number(double value) {
        double rounded = Math.round(value * 10) / 10.0;
        return rounded == Math.rint(rounded) ? String.valueOf((long) rounded)
                : String.format(Locale.ROOT, "%.1f", rounded);
    }

    /**
     * A shape: a rectangle with rounded corners for a task or subprocess, a circle for an event (an inner one for an
     * intermediate or boundary event), a diamond for a gateway ({@code points}), with its marks and name.
     */
    record Figure(String activityId, String kind, String classes, String x, String y, String width, String height,
            String cx, String cy, String r, String innerR, String points, String marker, String icon,
            List<TextLine> lines) {

        public boolean intermediate() {
            return classes.contains(" intermediate");
        }
    }

    /** A sequence flow: its polyline, ending in an arrowhead, and its name. */
    record Flow(String id, String points, List<TextLine> label) {
    }

    record TextLine(String x, String y, String text) {
    }

    /** A count on a step: its box, where its number goes, and what it counts (for the legend). */
    record Badge(String activityId, String classes, String x, String y, String width, String height, String textX,
            String textY, String text, String counts) {
    }
}
