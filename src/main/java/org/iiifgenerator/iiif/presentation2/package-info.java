/**
 * IIIF Presentation API 2.1: its manifests, collections and their parts.
 *
 * <p>May depend on: iiif, iiif.image, iiif.presentation.
 */
package org.iiifgenerator.iiif.presentation2;
