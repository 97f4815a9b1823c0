package org.iiifgenerator.cloudformation;

import java.util.List;

/** One rule a template must follow; each problem is a readable sentence that starts with where it is. */
interface TemplateCheck {

    List<String> problems(Template template);
}
