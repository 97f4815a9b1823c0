package org.iiifgenerator.dispatch;

/**
 * A piece of a collection to give to one shard: an object, or a range of its source files when the object alone
 * is too large for one shard. {@code work} is what it costs (source bytes or pixels), which is what shards are balanced by.
 *
 * @param firstFile 1-based, inclusive
 * @param lastFile  1-based, inclusive
 */
public record WorkItem(String objectIdentifier, int firstFile, int lastFile, long work) {

    public WorkItem {
        if (work < 0 || firstFile < 1 || lastFile < firstFile) {
            throw new IllegalArgumentException("Not a work item: " + objectIdentifier + " files " + firstFile + "-"
                    + lastFile + ", work " + work);
        }
    }
}
