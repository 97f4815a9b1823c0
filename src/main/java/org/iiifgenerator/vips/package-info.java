/**
 * The application's own binding of libvips (and lcms) through the foreign function API.
 *
 * <p>May depend on: nothing.
 */
package org.iiifgenerator.vips;
