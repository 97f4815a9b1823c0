/**
 * The objects of a collection among the files of a source, as the system we replace laid them out: which
 * files are page images, in natural order, grouped into objects, and how many pages a file holds.
 *
 * <p>May depend on: storage.
 */
package org.iiifgenerator.collection;
