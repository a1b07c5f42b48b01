package io.custos.platform.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * One value of a tenant-config document and where it stands: its place ({@code stores[3].country})
 * and its line and column, so that every error names them.
 */
public final class ConfigNode {

    private final String place;
    private final Node node;

    ConfigNode(String place, Node node) {
        this.place = place;
        this.node = node;
    }

    /** The document's root mapping; YAML syntax errors answer with their line and column. */
    public static ConfigNode parse(java.io.Reader yaml) {
        Node root;
        try {
            root = new org.yaml.snakeyaml.Yaml(
                            new org.yaml.snakeyaml.constructor.SafeConstructor(new org.yaml.snakeyaml.LoaderOptions()))
                    .compose(yaml);
        } catch (org.yaml.snakeyaml.error.MarkedYAMLException e) {
            var mark = e.getProblemMark();
            throw new ConfigError("document", mark.getLine() + 1, mark.getColumn() + 1, e.getProblem());
        } catch (org.yaml.snakeyaml.error.YAMLException e) {
            throw new ConfigError("document", 1, 1, e.getMessage());
        }
        if (!(root instanceof MappingNode)) {
            throw new ConfigError("document", 1, 1, "must be a YAML mapping of sections");
        }
        return new ConfigNode("", root);
    }

    public String place() {
        return place;
    }

    public int line() {
        return node.getStartMark().getLine() + 1;
    }

    public int column() {
        return node.getStartMark().getColumn() + 1;
    }

    /** An error at this value. */
    public ConfigError error(String message) {
        return new ConfigError(place, line(), column(), message);
    }

    /** An error at the named field of this mapping (at the mapping itself when the field is absent). */
    public ConfigError error(String field, String message) {
        return field(field)
                .map(f -> f.error(message))
                .orElseGet(() -> new ConfigError(place + "." + field, line(), column(), message));
    }

    public boolean isMapping() {
        return node instanceof MappingNode;
    }

    public Optional<ConfigNode> field(String name) {
        return Optional.ofNullable(fields().get(name));
    }

    /** The fields of a mapping, in document order. */
    public Map<String, ConfigNode> fields() {
        if (!(node instanceof MappingNode mapping)) {
            throw error("must be a mapping");
        }
        Map<String, ConfigNode> fields = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                throw new ConfigNode(place, tuple.getKeyNode()).error("keys must be plain names");
            }
            String name = key.getValue();
            String childPlace = place.isEmpty() ? name : place + "." + name;
            if (fields.put(name, new ConfigNode(childPlace, tuple.getValueNode())) != null) {
                throw new ConfigNode(childPlace, key).error("appears twice");
            }
        }
        return fields;
    }

    /** Refuses fields this mapping does not know. */
    public ConfigNode allowing(String... known) {
        List<String> allowed = List.of(known);
        fields().forEach((name, value) -> {
            if (!allowed.contains(name)) {
                throw value.error("is not a known field here (known: " + String.join(", ", allowed) + ")");
            }
        });
        return this;
    }

    public List<ConfigNode> items() {
        if (!(node instanceof SequenceNode sequence)) {
            throw error("must be a list");
        }
        List<ConfigNode> items = new ArrayList<>();
        List<Node> values = sequence.getValue();
        for (int i = 0; i < values.size(); i++) {
            items.add(new ConfigNode(place + "[" + i + "]", values.get(i)));
        }
        return items;
    }

    public String text() {
        if (!(node instanceof ScalarNode scalar) || scalar.getValue().isEmpty()) {
            throw error("must be a non-empty value");
        }
        return scalar.getValue();
    }

    public String text(String field) {
        return field(field).orElseThrow(() -> error(field, "is required")).text();
    }

    public Optional<String> optionalText(String field) {
        return field(field).filter(f -> !isNull(f.node)).map(ConfigNode::text);
    }

    public List<String> texts(String field) {
        return field(field)
                .map(f -> f.items().stream().map(ConfigNode::text).toList())
                .orElse(List.of());
    }

    /** The plain value (string, number, boolean, list, map or null), for pass-through sections. */
    public Object plain() {
        if (node instanceof ScalarNode scalar) {
            if (isNull(node)) {
                return null;
            }
            String tag = scalar.getTag().getValue();
            if (tag.endsWith(":int")) {
                try {
                    return Integer.valueOf(scalar.getValue());
                } catch (NumberFormatException e) {
                    throw error("must be a whole number");
                }
            }
            if (tag.endsWith(":bool")) {
                return Boolean.valueOf(scalar.getValue().toLowerCase(java.util.Locale.ROOT));
            }
            return scalar.getValue();
        }
        if (node instanceof SequenceNode) {
            return items().stream().map(ConfigNode::plain).toList();
        }
        Map<String, Object> map = new LinkedHashMap<>();
        fields().forEach((k, v) -> map.put(k, v.plain()));
        return map;
    }

    private static boolean isNull(Node node) {
        return node instanceof ScalarNode scalar && scalar.getTag().getValue().endsWith(":null");
    }
}
