/**
 * Where everything published goes: the key scheme of a collection, the public URLs of its keys, the place of
 * run records and the image server that serves pages without static tiles.
 *
 * <p>May depend on: storage.
 */
package org.iiifgenerator.layout;
