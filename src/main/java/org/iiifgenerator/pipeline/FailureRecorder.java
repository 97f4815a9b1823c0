package org.iiifgenerator.pipeline;

import java.util.List;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangeProperty;
import org.apache.camel.Variable;
import org.iiifgenerator.collection.SourcePage;
import org.iiifgenerator.report.ImageRecord;
import org.iiifgenerator.report.ObjectRecord;
import org.iiifgenerator.report.RunReport;
import org.iiifgenerator.storage.StorageUnavailableException;
import org.iiifgenerator.vips.VipsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records a failed page or object in the report and lets the run go on: one bad image never sinks its
 * object, one failed object never sinks the collection. Called from the routes' shared error handling.
 */
public final class FailureRecorder {

    private static final Logger LOG = LoggerFactory.getLogger(FailureRecorder.class);

    public PageResult pageFailed(@Variable("page") SourcePage page,
                                 @ExchangeProperty(Exchange.EXCEPTION_CAUGHT) Throwable cause,
                                 @ExchangeProperty(Run.PROPERTY) Run run) {
        run.noteFailure(cause);
        String reason = reason(cause);
        LOG.warn("Image {} failed: {}", page.source(), reason);
        ImageRecord record = new ImageRecord(page.objectIdentifier(), page.number(), page.source(),
                ImageRecord.Status.failed, null, null, null, null, null, null, null, reason);
        run.imageDone(record, "FAILED");
        return new PageResult.Failed(page, record, StorageUnavailableException.in(cause).isPresent());
    }

    public ObjectOutcome objectFailed(@Variable("object") ObjectPlan object,
                               @ExchangeProperty(Exchange.EXCEPTION_CAUGHT) Throwable cause,
                               @ExchangeProperty(Run.PROPERTY) Run run) {
        run.noteFailure(cause);
        String reason = reason(cause);
        LOG.warn("Object {} failed: {}", object.identifier(), reason);
        run.report().object(new ObjectRecord(object.identifier(), object.metadata().label(),
                ObjectRecord.Status.failed, object.pages().size(), 0, null, reason));
        return ObjectOutcome.failed(object);
    }

    /** A worker function that could not tile its object, after the last try: the object is recorded as failed. */
    public ShareRecord workerFailed(@Variable("objectId") String objectId,
                                    @ExchangeProperty(Exchange.EXCEPTION_CAUGHT) Throwable cause,
                                    @ExchangeProperty(Run.PROPERTY) Run run) {
        String reason = reason(cause);
        LOG.warn("Object {} failed: {}", objectId, reason);
        RunReport part = new RunReport(run.job().collectionId(), Map.of());
        part.object(new ObjectRecord(objectId, null, ObjectRecord.Status.failed, 0, 0, null, reason));
        return new ShareRecord("object " + objectId, null, null, null, List.of(), part.document());
    }

    private static String reason(Throwable cause) {
        if (cause instanceof VipsException vips) {
            // The report names the source already; libvips' file is the same one, or its local copy.
            return vips.operation() + ": " + vips.vipsMessage();
        }
        String message = cause.getMessage();
        return message == null || message.isBlank() ? cause.getClass().getSimpleName() : message;
    }
}
