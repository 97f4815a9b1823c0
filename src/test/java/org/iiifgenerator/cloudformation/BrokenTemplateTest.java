package org.iiifgenerator.cloudformation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The checker fails on broken copies of the project's template: each breakage, made in memory, yields a problem
 * that names what was broken (so a passing {@link TemplateCheckerTest} means something).
 */
class BrokenTemplateTest {

    private static final TemplateChecker CHECKER = ProjectTemplate.checker();

    /**
     * @param fragments every one of them appears in one problem line: where it is and what is wrong
     */
    record Breakage(String name, Consumer<Template> change, List<String> fragments) {

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Breakage> breakages() {
        String job = "/Resources/JobDefinition/Properties";
        String publishing = "/Resources/DestinationPublishPolicy/Properties/PolicyDocument/Statement/1";
        return Stream.of(
                new Breakage("misspelt property",
                        t -> rename(t, job + "/ContainerProperties", "Command", "Comand"),
                        List.of("Resources/JobDefinition/Properties/ContainerProperties", "Comand")),
                new Breakage("misspelt property in one branch of Fn::If",
                        t -> rename(t, job + "/ContainerProperties/FargatePlatformConfiguration/Fn::If/1",
                                "PlatformVersion", "PlatformVersoin"),
                        List.of("FargatePlatformConfiguration", "PlatformVersoin", "[when Fargate=true]")),
                new Breakage("literal of the wrong type",
                        t -> put(t, "/Resources/JobQueue/Properties", "Priority", "high"),
                        List.of("Resources/JobQueue/Properties/Priority", "integer")),
                new Breakage("missing required property",
                        t -> object(t, job).remove("Type"),
                        List.of("Resources/JobDefinition/Properties", "'Type'")),
                new Breakage("read-only property set",
                        t -> put(t, "/Resources/Repository/Properties", "Arn", "x"),
                        List.of("Resources/Repository/Properties/Arn", "read-only")),
                new Breakage("resource type without a schema",
                        t -> put(t, "/Resources", "Setting", "{Type: AWS::SSM::Parameter, Properties: {Value: x}}"),
                        List.of("Resources/Setting", "AWS::SSM::Parameter", "no provider schema")),
                new Breakage("dangling Ref",
                        t -> put(t, "/Resources/JobQueue/Properties", "SchedulingPolicyArn", "!Ref FairShare"),
                        List.of("Resources/JobQueue/Properties/SchedulingPolicyArn", "'FairShare'")),
                new Breakage("dangling ${} in Fn::Sub",
                        t -> put(t, "/Resources/BatchLogGroup/Properties", "LogGroupName", "!Sub /${Prefix}/batch"),
                        List.of("Resources/BatchLogGroup/Properties/LogGroupName", "'Prefix'")),
                new Breakage("Fn::Sub variable neither local nor declared",
                        t -> put(t, job + "/ContainerProperties", "Image",
                                "!Sub ['${Uri}:${Tagg}', {Uri: !GetAtt Repository.RepositoryUri, Tag: latest}]"),
                        List.of("Resources/JobDefinition/Properties/ContainerProperties/Image", "'Tagg'")),
                new Breakage("Fn::GetAtt of a missing attribute",
                        t -> put(t, "/Resources/TriggerFunction/Properties/Code", "ImageUri",
                                "!Sub '${Repository.RepositoryUrl}:${ImageTag}'"),
                        List.of("Resources/TriggerFunction/Properties/Code/ImageUri", "Repository.RepositoryUrl")),
                new Breakage("Fn::If of an undefined condition",
                        t -> put(t, "/Resources/TriggerFunction/Properties", "MemorySize", "!If [Big, 2048, 1024]"),
                        List.of("Resources/TriggerFunction/Properties/MemorySize", "'Big'")),
                new Breakage("parameter default outside its allowed values",
                        t -> put(t, "/Parameters/LogRetentionDays", "Default", "31"),
                        List.of("Parameters/LogRetentionDays", "'31'", "AllowedValues")),
                new Breakage("unused parameter",
                        t -> put(t, "/Parameters", "Unused", "{Type: String, Default: x}"),
                        List.of("Parameters/Unused", "never used")),
                new Breakage("conditional resource referred to outside its condition",
                        t -> put(t, "/Outputs", "TriggerArn", "{Value: !GetAtt TriggerFunction.Arn}"),
                        List.of("Outputs/TriggerArn", "TriggerFunction", "CreateTrigger")),
                new Breakage("DependsOn a resource that a condition may leave out",
                        t -> put(t, "/Resources/TaskBucket", "DependsOn", "TriggerPermission"),
                        List.of("Resources/TaskBucket/DependsOn", "TriggerPermission", "CreateTrigger")),
                new Breakage("service wildcard action",
                        t -> addAction(t, publishing, "s3:*"),
                        List.of(publishing.substring(1) + "/Action", "'s3:*'")),
                new Breakage("wildcard inside an action",
                        t -> addAction(t, publishing, "s3:Get*"),
                        List.of(publishing.substring(1) + "/Action", "'s3:Get*'", "wildcard")),
                new Breakage("action that does not exist",
                        t -> addAction(t, publishing, "s3:GetObjects"),
                        List.of(publishing.substring(1) + "/Action", "'s3:GetObjects'")),
                new Breakage("Resource * for a scopable action",
                        t -> put(t, publishing, "Resource", "'*'"),
                        List.of(publishing.substring(1) + "/Resource", "s3:PutObject")),
                new Breakage("AmazonS3FullAccess attached",
                        t -> put(t, "/Resources/JobRole/Properties", "ManagedPolicyArns",
                                "[!Sub 'arn:${AWS::Partition}:iam::aws:policy/AmazonS3FullAccess']"),
                        List.of("Resources/JobRole/Properties/ManagedPolicyArns", "AmazonS3FullAccess")),
                new Breakage("bucket without encryption",
                        t -> object(t, "/Resources/TaskBucket/Properties").remove("BucketEncryption"),
                        List.of("Resources/TaskBucket/Properties/BucketEncryption")),
                new Breakage("bucket honouring public ACLs",
                        t -> put(t, "/Resources/DestinationBucket/Properties/PublicAccessBlockConfiguration",
                                "IgnorePublicAcls", "false"),
                        List.of("Resources/DestinationBucket/Properties/", "/IgnorePublicAcls: must be true")),
                new Breakage("hard-coded availability zone",
                        t -> put(t, "/Resources/PublicSubnet1/Properties", "AvailabilityZone", "us-east-1a"),
                        List.of("Resources/PublicSubnet1/Properties/AvailabilityZone", "zone 'us-east-1a'")),
                new Breakage("hard-coded region",
                        t -> put(t, job + "/ContainerProperties/LogConfiguration/Options", "awslogs-region",
                                "eu-west-1"),
                        List.of("Options/awslogs-region", "region 'eu-west-1'")),
                new Breakage("hard-coded partition",
                        t -> put(t, "/Resources/TriggerPermission/Properties", "SourceArn", "arn:aws:s3:::tasks"),
                        List.of("Resources/TriggerPermission/Properties/SourceArn", "partition")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("breakages")
    void checkerNamesTheBreakage(Breakage breakage) {
        Template template = ProjectTemplate.load();
        breakage.change().accept(template);

        List<String> problems = CHECKER.problems(template);

        assertThat(problems).withFailMessage(() -> "No problem mentions all of " + breakage.fragments() + "; "
                        + TemplateChecker.describe(problems))
                .anyMatch(problem -> breakage.fragments().stream().allMatch(problem::contains));
    }

    private static ObjectNode object(Template template, String pointer) {
        if (!(template.root().at(pointer) instanceof ObjectNode object)) {
            throw new IllegalArgumentException("No object at " + pointer);
        }
        return object;
    }

    /** Sets a field to a YAML value, short-form tags allowed. */
    private static void put(Template template, String pointer, String field, String yaml) {
        object(template, pointer).set(field, yaml(yaml));
    }

    private static void rename(Template template, String pointer, String field, String newName) {
        ObjectNode object = object(template, pointer);
        object.set(newName, object.remove(field));
    }

    private static void addAction(Template template, String statement, String action) {
        ((ArrayNode) template.root().at(statement + "/Action")).add(action);
    }

    private static JsonNode yaml(String value) {
        return CloudFormationYaml.parse("value: " + value).get("value");
    }
}
