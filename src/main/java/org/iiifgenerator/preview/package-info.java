/**
 * The preview server of {@code serve}: the published output and a viewer, served the way a bucket would.
 *
 * <p>May depend on: collection, layout, storage.
 */
package org.iiifgenerator.preview;
