package org.iiifgenerator.events;

import org.apache.camel.Body;
import org.apache.camel.ExchangeProperty;
import org.apache.camel.Message;
import org.iiifgenerator.iiif.IiifJson;
import org.iiifgenerator.intake.TaskOutcome;
import org.iiifgenerator.pipeline.ObjectOutcome;
import org.iiifgenerator.pipeline.PageResult;
import org.iiifgenerator.pipeline.Run;
import org.iiifgenerator.report.ImageRecord;

/**
 * The messages of the extension events user routes attach to (events.camel.yaml, docs/extending.md): the body is
 * the JSON document the event is about, exactly as the run writes it elsewhere (a report.json image entry, an
 * index.jsonl line, a task's outcome.json); headers carry what a route filters or names things by.
 */
public final class ExtensionEvents {

    public static final String OBJECT = "IiifObject";
    public static final String PAGE = "IiifPage";
    public static final String STATUS = "IiifStatus";
    public static final String TILES = "IiifTiles";
    public static final String BYTES = "IiifBytes";
    public static final String MANIFEST = "IiifManifest";
    public static final String TASK_FILE = "IiifTaskFile";
    public static final String TASK_NAME = "IiifTaskName";

    /** image-tiled, image-failed (and the metrics of kept pages): the page's entry in report.json. */
    public String image(@Body PageResult result, Message message) {
        ImageRecord record = result.record();
        message.setHeader(OBJECT, record.object());
        message.setHeader(PAGE, record.page());
        message.setHeader(STATUS, record.status().name());
        message.setHeader(TILES, record.tiles() == null ? 0 : record.tiles());
        message.setHeader(BYTES, record.bytes() == null ? 0 : record.bytes());
        return IiifJson.line(record);
    }

    /** manifest-published: the object's line in index.jsonl; null (no event) when no manifest was published. */
    public String manifest(@Body ObjectOutcome object, @ExchangeProperty(Run.PROPERTY) Run run, Message message) {
        return object.indexRecord(run.layout()).map(record -> {
            message.setHeader(OBJECT, record.id());
            message.setHeader(MANIFEST, record.manifest());
            return IiifJson.line(record);
        }).orElse(null);
    }

    /** task-completed, task-failed: the outcome document written beside the finished task file. */
    public String task(@Body TaskOutcome outcome, Message message) {
        message.setHeader(TASK_FILE, outcome.task());
        message.setHeader(TASK_NAME, outcome.task().substring(outcome.task().lastIndexOf('/') + 1));
        message.setHeader(STATUS, outcome.status());
        return IiifJson.line(outcome);
    }
}
