/**
 * IIIF Presentation API 3: its manifests, collections and their parts.
 *
 * <p>May depend on: iiif, iiif.image, iiif.presentation.
 */
package org.iiifgenerator.iiif.presentation3;
