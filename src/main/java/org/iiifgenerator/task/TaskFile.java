package org.iiifgenerator.task;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A task file as written, before its meaning is checked: the request the system we replace passed to AWS Batch
 * {@code SubmitJob}. Fields the file leaves out are null.
 *
 * @param source      where the file came from (a path or S3 URI), named in every problem reported about it
 * @param command     the seed's script ({@code ./createiiif.sh}); kept as written, our container has its own
 * @param environment the {@code environment} entries, name to value, in file order
 */
public record TaskFile(String source, String jobName, String jobQueue, String jobDefinition, String command,
                       Map<String, String> environment) {

    public TaskFile {
        environment = Collections.unmodifiableSequencedMap(new LinkedHashMap<>(environment));
    }
}
