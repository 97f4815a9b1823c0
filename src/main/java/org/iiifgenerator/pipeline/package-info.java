/**
 * The beans the routes call to make a collection: plan it, tile its pages, publish their image services and
 * the objects' manifests, record the run and merge the shares of a run split over several nodes.
 *
 * <p>May depend on: collection, config, iiif, iiif.image, iiif.presentation, iiif.writers, layout, members, metadata,
 * report, share, source, storage, task, tiling, vips.
 */
package org.iiifgenerator.pipeline;
