package org.iiifgenerator.cloudformation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The project's template passes every check of {@link TemplateChecker}. */
class TemplateCheckerTest {

    private static final TemplateChecker CHECKER = ProjectTemplate.checker();

    static List<String> checks() {
        return CHECKER.checkNames();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("checks")
    void projectTemplatePasses(String check) {
        List<String> problems = CHECKER.problems(check, ProjectTemplate.load());

        assertThat(problems).withFailMessage(() -> TemplateChecker.describe(problems)).isEmpty();
    }
}
