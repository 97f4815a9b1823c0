package org.iiifgenerator.cloudformation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What {@link ReferenceCheck} takes for a reference, on small templates of its own. */
class ReferenceCheckTest {

    private final ReferenceCheck check = new ReferenceCheck(new ProviderSchemas(ProjectTemplate.referenceData()));

    @Test
    void subEscapesLocalVariablesAndPseudoParametersAreNoDanglingReferences() {
        List<String> problems = check.problems(new Template(CloudFormationYaml.parse("""
                Parameters:
                  Prefix: {Type: String}
                Resources:
                  Logs:
                    Type: AWS::Logs::LogGroup
                    Properties:
                      LogGroupName: !Sub ["/${Prefix}/${!Literal}/${Local}-${AWS::Region}", {Local: !Ref Prefix}]
                Outputs:
                  Group: {Value: !GetAtt Logs.Arn}
                """)));

        assertThat(problems).withFailMessage(() -> TemplateChecker.describe(problems)).isEmpty();
    }

    @Test
    void conditionsMayOnlyReferToParameters() {
        List<String> problems = check.problems(new Template(CloudFormationYaml.parse("""
                Conditions:
                  HasLogs: !Not [!Equals [!Ref Logs, ""]]
                Resources:
                  Logs:
                    Type: AWS::Logs::LogGroup
                    Condition: HasLogs
                """)));

        assertThat(problems).anyMatch(problem -> problem.startsWith("Conditions/HasLogs") && problem.contains("'Logs'"));
    }

    @Test
    void attributesAreThoseTheSchemaReports() {
        List<String> problems = check.problems(new Template(CloudFormationYaml.parse("""
                Resources:
                  Logs: {Type: AWS::Logs::LogGroup}
                Outputs:
                  Name: {Value: !GetAtt Logs.LogGroupName}
                  Arn: {Value: !Sub "${Logs.Arn}"}
                """)));

        assertThat(problems).singleElement().asString().startsWith("Outputs/Name/Value").contains("LogGroupName");
    }
}
