/**
 * Where a collection's images come from (a local folder or a prefix in a bucket), made local one file at a
 * time while it is tiled.
 *
 * <p>May depend on: collection, storage.
 */
package org.iiifgenerator.source;
