/**
 * The IIIF Presentation API whatever its version: the published object, the collection and
 * the writer interface each version implements.
 *
 * <p>May depend on: iiif, iiif.image.
 */
package org.iiifgenerator.iiif.presentation;
