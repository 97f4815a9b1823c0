package org.iiifgenerator.cloudformation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class CloudFormationYamlTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void shortFormsBecomeTheLongForms() throws Exception {
        JsonNode template = CloudFormationYaml.parse("""
                ref: !Ref Bucket
                getAtt: !GetAtt Function.Arn
                nestedAttribute: !GetAtt Database.Endpoint.Address
                getAttList: !GetAtt [Function, Arn]
                sub: !Sub "${AWS::StackName}-tasks"
                subWithVariables: !Sub ["${Uri}:${Tag}", {Uri: !GetAtt Repository.RepositoryUri, Tag: latest}]
                if: !If [HasImage, !Ref ImageTag, !Ref AWS::NoValue]
                zone: !Select [0, !GetAZs ""]
                condition: !And [!Condition A, !Not [!Equals [!Ref B, ""]], !Or [!Condition C, !Condition D]]
                misc: [!Join [",", [a, b]], !Split [",", "a,b"], !ImportValue Shared, !Base64 text,
                       !Cidr [10.0.0.0/16, 2, 8], !FindInMap [Map, Key, Value]]
                """);

        assertThat(template).isEqualTo(JSON.readTree("""
                {"ref": {"Ref": "Bucket"},
                 "getAtt": {"Fn::GetAtt": ["Function", "Arn"]},
                 "nestedAttribute": {"Fn::GetAtt": ["Database", "Endpoint.Address"]},
                 "getAttList": {"Fn::GetAtt": ["Function", "Arn"]},
                 "sub": {"Fn::Sub": "${AWS::StackName}-tasks"},
                 "subWithVariables": {"Fn::Sub": ["${Uri}:${Tag}",
                     {"Uri": {"Fn::GetAtt": ["Repository", "RepositoryUri"]}, "Tag": "latest"}]},
                 "if": {"Fn::If": ["HasImage", {"Ref": "ImageTag"}, {"Ref": "AWS::NoValue"}]},
                 "zone": {"Fn::Select": [0, {"Fn::GetAZs": ""}]},
                 "condition": {"Fn::And": [{"Condition": "A"}, {"Fn::Not": [{"Fn::Equals": [{"Ref": "B"}, ""]}]},
                     {"Fn::Or": [{"Condition": "C"}, {"Condition": "D"}]}]},
                 "misc": [{"Fn::Join": [",", ["a", "b"]]}, {"Fn::Split": [",", "a,b"]}, {"Fn::ImportValue": "Shared"},
                     {"Fn::Base64": "text"}, {"Fn::Cidr": ["10.0.0.0/16", 2, 8]},
                     {"Fn::FindInMap": ["Map", "Key", "Value"]}]}
                """));
    }

    @Test
    void plainScalarsKeepTheirYamlTypes() {
        JsonNode values = CloudFormationYaml.parse("""
                count: 3
                enabled: true
                version: 2010-09-09
                yes: no
                """);

        assertThat(values.get("count").isInt()).isTrue();
        assertThat(values.get("enabled").isBoolean()).isTrue();
        assertThat(values.get("version").asText()).isEqualTo("2010-09-09");
        assertThat(values.get("yes").asText()).isEqualTo("no");
    }

    @Test
    void duplicateKeysAreRejectedAsCloudFormationDoes() {
        assertThatThrownBy(() -> CloudFormationYaml.parse("a: 1\na: 2\n")).hasMessageContaining("a");
    }
}
