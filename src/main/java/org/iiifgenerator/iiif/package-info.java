/**
 * What the IIIF documents share: the one JSON mapper and the API versions a run writes.
 *
 * <p>May depend on: nothing.
 */
package org.iiifgenerator.iiif;
