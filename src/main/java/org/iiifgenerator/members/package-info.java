/**
 * What a collection root holds, whoever published it: one member record per published object, written by the
 * run that published it, and the documents rebuilt from all of them (the Collection, {@code index.jsonl}, the
 * collection's summary). Any number of runs, one after another or at the same moment, publish into one root and
 * the collection lists every object at its latest version; removing an object takes it out the same way.
 *
 * <p>May depend on: collection, iiif, iiif.image, iiif.presentation, iiif.writers, layout, storage, task.
 */
package org.iiifgenerator.members;
