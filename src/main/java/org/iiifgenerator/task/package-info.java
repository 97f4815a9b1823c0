/**
 * A task file and the job made of it: the predecessor's variables and ours, the checks of buckets and folders,
 * and the job a run carries out.
 *
 * <p>May depend on: config, iiif, iiif.image, iiif.presentation, layout, share, storage, tiling.
 */
package org.iiifgenerator.task;
