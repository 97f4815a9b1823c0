package org.iiifgenerator.share;

/**
 * A piece of a collection that one share tiles: a whole object, or a range of its source files when the object alone
 * is too large for one shard. {@code work} is what it costs (source bytes or pixels), which is what shards are balanced by.
 *
 * @param firstFile 1-based, inclusive
 * @param lastFile  1-based, inclusive
 */
public record Piece(String objectIdentifier, int firstFile, int lastFile, long work) {

    public Piece {
        if (work < 0 || firstFile < 1 || lastFile < firstFile) {
            throw new IllegalArgumentException("Not a work item: " + objectIdentifier + " files " + firstFile + "-"
                    + lastFile + ", work " + work);
        }
    }
}
