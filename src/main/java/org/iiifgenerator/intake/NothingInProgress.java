package org.iiifgenerator.intake;

import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.service.ServiceSupport;

/**
 * The in-progress repository of the task bucket's poller: it remembers nothing. The S3 consumer marks each key it
 * lists as in progress and skips marked keys in later polls; it unmarks a key when its exchange completes, but not
 * when reading the object fails (an S3 error after the SDK's retries, or a file deleted between the listing and
 * the read). Such a task file would be skipped until the container restarts. The next poll begins only once every
 * file of the last one is done ({@link TasksInHand}), so no file of a poll is still in progress when it is listed.
 */
public final class NothingInProgress extends ServiceSupport implements IdempotentRepository {

    @Override
    public boolean add(String key) {
        return true;
    }

    @Override
    public boolean contains(String key) {
        return false;
    }

    @Override
    public boolean remove(String key) {
        return true;
    }

    @Override
    public boolean confirm(String key) {
        return true;
    }

    @Override
    public void clear() {
    }
}
