package org.iiifgenerator.pipeline;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.List;
import org.iiifgenerator.report.RunReport;

/**
 * What one share of a collection's run published (an AWS Batch array child's shard, a Lambda worker's objects): its
 * objects' pages and its report. The shares' records are merged into the collection, its remaining manifests and
 * one report. An array child's is kept as JSON under the run records' {@code collection/shards/}, in the
 * properties below.
 *
 * @param share   which share, for messages ("shard 3 of 8", "object ms-12")
 * @param shard   the array index, or null for a record that is not one of an array job's
 * @param shards  the size of the array job, or null
 * @param plan    the collection's fingerprint as this share listed it: the shares of one run must agree
 * @param objects what became of each object or object part this run tiled, in collection order
 */
@JsonPropertyOrder({"share", "shard", "shards", "plan", "objects", "report"})
public record ShareRecord(String share, Integer shard, Integer shards, String plan, List<ObjectOutcome> objects,
                          RunReport.Document report) {

    // Plain JSON both ways; unknown properties (derived getters of the models) are ignored when read back.
    private static final ObjectMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    public ShareRecord {
        objects = List.copyOf(objects);
    }

    public byte[] toJson() throws IOException {
        return JSON.writeValueAsBytes(this);
    }

    public static ShareRecord fromJson(byte[] json) throws IOException {
        return JSON.readValue(json, ShareRecord.class);
    }
}
