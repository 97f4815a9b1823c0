/**
 * Which share of a collection one run tiles, and how a collection is cut into shares.
 *
 * <p>One word per idea, here and in the packages that use this one:
 * <ul>
 *   <li><em>share</em>: the part of a collection one run tiles ({@link org.iiifgenerator.share.Share}): the whole
 *       collection, one shard, or named objects;</li>
 *   <li><em>shard</em>: the share of one child of an AWS Batch array job (the user's {@code SHARDS} setting counts
 *       them), planned by {@link org.iiifgenerator.share.ShardPlanner};</li>
 *   <li><em>piece</em>: what a share is made of ({@link org.iiifgenerator.share.Piece}): a whole object or a range
 *       of its source files;</li>
 *   <li><em>work</em>: what a piece or an object costs to tile (source bytes or pixels), which shards are balanced
 *       by.</li>
 * </ul>
 *
 * <p>Used by task, pipeline, dispatch and config, so it stays below them all.
 *
 * <p>May depend on: nothing.
 */
package org.iiifgenerator.share;
