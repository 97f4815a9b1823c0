/**
 * Reads the metadata CSV: its columns, rows and values, into the descriptions of the objects' manifests.
 *
 * <p>May depend on: iiif.presentation.
 */
package org.iiifgenerator.metadata;
