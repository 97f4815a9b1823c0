/**
 * The IIIF Image API: info.json in versions 2 and 3, the tile pyramid, sizes and formats of an image service.
 *
 * <p>May depend on: iiif.
 */
package org.iiifgenerator.iiif.image;
