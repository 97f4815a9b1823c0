package org.iiifgenerator.cloudformation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The project's template and the reference data it is checked with (test resources, {@code schemas/cloudformation/}). */
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
        Path folder = Path.of("src", "test", "resources", "schemas", "cloudformation");
        if (!Files.isRegularFile(folder.resolve("iam-actions.json"))) {
            throw new IllegalStateException("No CloudFormation reference data in " + folder.toAbsolutePath()
                    + ": run the tests from the project folder");
        }
        return folder;
    }
}
