/**
 * Makes one page into a level-0 image service: the tile pyramid, its packing and the pre-rendered sizes, with
 * libvips.
 *
 * <p>May depend on: collection, iiif, iiif.image, vips.
 */
package org.iiifgenerator.tiling;
