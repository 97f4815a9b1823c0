/**
 * The settings registry (every key, its default, parser, task-file alias and documentation) and typed access
 * to configuration. It knows the values of the packages whose settings it checks, so it sits above them.
 *
 * <p>May depend on: iiif, iiif.image, layout, share, storage, tiling.
 */
package org.iiifgenerator.config;
