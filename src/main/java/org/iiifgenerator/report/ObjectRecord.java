package org.iiifgenerator.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * What happened to one object: published (every page), incomplete (published without the pages that failed),
 * failed (nothing published) or interrupted (the run was stopped before all its pages were done: no manifest).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"identifier", "label", "status", "pages", "pagesFailed", "manifest", "error"})
public record ObjectRecord(String identifier, String label, Status status, int pages, int pagesFailed,
                           String manifest, String error) {

    public enum Status { published, incomplete, failed, interrupted }
}
