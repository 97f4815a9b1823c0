package org.iiifgenerator.cloudformation;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.SequencedMap;

/**
 * Checks a CloudFormation template offline, with the provider schemas and IAM action names of a folder
 * ({@code aws-*.json}, {@code iam-actions.json}): each check returns readable problems naming the resource and
 * property, so a failing test says what to fix.
 */
public final class TemplateChecker {

    private final SequencedMap<String, TemplateCheck> checks;

    private TemplateChecker(SequencedMap<String, TemplateCheck> checks) {
        this.checks = checks;
    }

    public static TemplateChecker withReferenceDataIn(Path folder) {
        ProviderSchemas schemas = new ProviderSchemas(folder);
        SequencedMap<String, TemplateCheck> checks = new LinkedHashMap<>();
        checks.put("resource properties match the provider schemas", new ResourceSchemaCheck(schemas));
        checks.put("references resolve, parameters and conditions are used", new ReferenceCheck(schemas));
        checks.put("parameter defaults pass their own constraints", new ParameterCheck());
        checks.put("conditional resources are referred to under their condition", new ConditionScopeCheck());
        checks.put("IAM policies name real actions on scoped resources", new IamPolicyCheck(
                IamActions.read(folder.resolve("iam-actions.json"))));
        checks.put("buckets block public ACLs and encrypt", new BucketProtectionCheck());
        checks.put("no hard-coded region, zone, partition or account", new HardCodedValuesCheck());
        return new TemplateChecker(checks);
    }

    /** The names of the checks, in the order they run. */
    public List<String> checkNames() {
        return List.copyOf(checks.sequencedKeySet());
    }

    /** The problems one named check finds. */
    public List<String> problems(String check, Template template) {
        TemplateCheck rule = checks.get(check);
        if (rule == null) {
            throw new IllegalArgumentException("No check named '" + check + "': " + checks.keySet());
        }
        return rule.problems(template);
    }

    /** The problems of every check, in check order. */
    public List<String> problems(Template template) {
        return checks.values().stream().flatMap(check -> check.problems(template).stream()).toList();
    }

    /** For assertion messages: one problem per line. */
    public static String describe(List<String> problems) {
        return problems.size() + " problem(s):\n  " + String.join("\n  ", problems);
    }
}
