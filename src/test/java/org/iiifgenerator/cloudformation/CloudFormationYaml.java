package org.iiifgenerator.cloudformation;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.constructor.StandardConstructor;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Reads a CloudFormation YAML template as JSON, each short-form tag ({@code !Ref x}, {@code !GetAtt a.b},
 * {@code !Sub ...}) turned into the long form CloudFormation itself works on ({@code {"Ref": "x"}},
 * {@code {"Fn::GetAtt": ["a", "b"]}}, {@code {"Fn::Sub": ...}}), so that the checks see one form only.
 */
public final class CloudFormationYaml {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The short forms whose long form is {@code Fn::<name>} with the tagged node as its value. */
    private static final List<String> FUNCTIONS = List.of("And", "Base64", "Cidr", "Equals", "FindInMap", "GetAZs",
            "If", "ImportValue", "Join", "Length", "Not", "Or", "Select", "Split", "Sub", "ToJsonString");

    private CloudFormationYaml() {
    }

    public static ObjectNode read(Path template) throws IOException {
        return parse(Files.readString(template));
    }

    public static ObjectNode parse(String yaml) {
        // YAML 1.2 core schema: `yes`, `on` and dates stay strings, as CloudFormation reads them.
        LoadSettings settings = LoadSettings.builder().setSchema(new CoreSchema()).build();
        Object document = new Load(settings, new IntrinsicConstructor(settings)).loadFromString(yaml);
        if (!(JSON.valueToTree(document) instanceof ObjectNode template)) {
            throw new IllegalArgumentException("A template is a YAML mapping, not " + document);
        }
        return template;
    }

    /**
     * Constructs the intrinsic-function tags. The tagged node's own content is built by its kind (scalar, sequence,
     * mapping) rather than by its tag, which would lead straight back here; nested tags are built as usual.
     */
    private static final class IntrinsicConstructor extends StandardConstructor {

        IntrinsicConstructor(LoadSettings settings) {
            super(settings);
            tagConstructors.put(new Tag("!Ref"), node -> Map.of("Ref", content(node)));
            tagConstructors.put(new Tag("!Condition"), node -> Map.of("Condition", content(node)));
            tagConstructors.put(new Tag("!GetAtt"), node -> Map.of("Fn::GetAtt", getAtt(node)));
            for (String function : FUNCTIONS) {
                tagConstructors.put(new Tag("!" + function), node -> Map.of("Fn::" + function, content(node)));
            }
        }

        private Object content(Node node) {
            return switch (node) {
                case ScalarNode scalar -> constructScalar(scalar);
                case SequenceNode sequence -> constructSequence(sequence);
                case MappingNode mapping -> constructMapping(mapping);
                default -> throw new IllegalArgumentException("Unexpected YAML node " + node);
            };
        }

        /** {@code !GetAtt Resource.Attribute.Part} names the resource before the first dot, the attribute after it. */
        private Object getAtt(Node node) {
            if (node instanceof ScalarNode scalar) {
                String value = constructScalar(scalar);
                int dot = value.indexOf('.');
                return dot < 0 ? List.of(value) : List.of(value.substring(0, dot), value.substring(dot + 1));
            }
            return content(node);
        }
    }
}
