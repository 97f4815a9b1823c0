package org.iiifgenerator.dispatch;

/**
 * A piece of a collection to give to one shard: an object, or a range of its pages when the object alone is too
 * large for one shard. {@code work} is what it costs (source bytes or pixels), which is what shards are balanced by.
 *
 * @param firstPage 1-based, inclusive
 * @param lastPage  1-based, inclusive
 */
public record WorkItem(String objectIdentifier, int firstPage, int lastPage, long work) {

    public WorkItem {
        if (work < 0 || firstPage < 1 || lastPage < firstPage) {
            throw new IllegalArgumentException("Not a work item: " + objectIdentifier + " pages " + firstPage + "-"
                    + lastPage + ", work " + work);
        }
    }
}
