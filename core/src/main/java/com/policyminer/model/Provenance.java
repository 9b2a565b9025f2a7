package com.policyminer.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Where a report's file came from.
 *
 * @param path       its path in the corpus (an upload's is {@code uploads/<sha-256>.<ext>})
 * @param fileName   its own name: the name it was uploaded under, else the last part of its path
 * @param uploadedAt when it was first uploaded (ISO-8601), or null for a file put into the corpus folder
 * @param sourceUrl  the web address it came from (given at upload or found in the file), or null
 * @param uploadedBy who uploaded it (the name of the named write token it came with), or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Provenance(String path, String fileName, String uploadedAt, String sourceUrl, String uploadedBy) {

    /** Without an uploader. */
    public Provenance(String path, String fileName, String uploadedAt, String sourceUrl) {
        this(path, fileName, uploadedAt, sourceUrl, null);
    }
}
