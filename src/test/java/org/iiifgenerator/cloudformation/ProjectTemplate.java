package org.iiifgenerator.cloudformation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The project's template and the reference data it is checked with (Maven passes their folder as cfn.schemas). */
final class ProjectTemplate {

    static final Path FILE = Path.of("cloudformation", "iiif-generator.yaml");

    private ProjectTemplate() {
    }

    /** A fresh copy of the template, free to break. */
    static Template load() {
        try {
            return Template.read(FILE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static TemplateChecker checker() {
        return TemplateChecker.withReferenceDataIn(referenceData());
    }

    static Path referenceData() {
        Path folder = Path.of(System.getProperty("cfn.schemas", "../shared/cfn-schemas"));
        if (!Files.isRegularFile(folder.resolve("iam-actions.json"))) {
            throw new IllegalStateException("No CloudFormation reference data in " + folder.toAbsolutePath()
                    + " (set the system property cfn.schemas to the cfn-schemas folder)");
        }
        return folder;
    }
}
