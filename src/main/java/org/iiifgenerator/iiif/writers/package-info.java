/**
 * Picks the Presentation API writer of a run's IIIF version.
 *
 * <p>May depend on: iiif, iiif.presentation, iiif.presentation2, iiif.presentation3.
 */
package org.iiifgenerator.iiif.writers;
