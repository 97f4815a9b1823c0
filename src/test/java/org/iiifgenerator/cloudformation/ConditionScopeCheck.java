package org.iiifgenerator.cloudformation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.iiifgenerator.cloudformation.TemplateReferences.Kind;
import org.iiifgenerator.cloudformation.TemplateReferences.Reference;

/**
 * A reference to a resource that has a Condition is only evaluated where that condition holds: inside a resource
 * or output with a condition that implies it, or in the matching branch of a Fn::If. Elsewhere the stack fails
 * when the condition is false ("Unresolved resource dependencies"), in the variant nobody tried.
 */
final class ConditionScopeCheck implements TemplateCheck {

    @Override
    public List<String> problems(Template template) {
        ConditionLogic logic = new ConditionLogic(template.conditions());
        List<String> problems = new ArrayList<>();
        for (Reference reference : TemplateReferences.in(template)) {
            if (reference.kind() == Kind.CONDITION || !template.resources().has(reference.target())) {
                continue;
            }
            Optional<String> condition = template.conditionOf(template.resource(reference.target()));
            if (condition.isPresent() && !logic.guarantees(reference.assumptions(), condition.get())) {
                problems.add(reference.location() + ": refers to " + reference.target() + ", which exists only when "
                        + condition.get() + ", where that is not certain (give the referring resource or output "
                        + "that Condition, or put the reference in Fn::If [" + condition.get() + ", ...])");
            }
        }
        return problems;
    }
}
