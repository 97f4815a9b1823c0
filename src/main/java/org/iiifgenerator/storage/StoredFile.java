package org.iiifgenerator.storage;

/**
 * A stored file as a listing describes it.
 *
 * @param version what changes whenever the content does, without reading it: the ETag of an S3 object, the size
 *                and modification time of a local file
 */
public record StoredFile(long size, String version) {
}
