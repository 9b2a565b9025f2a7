package com.policyminer.compare;

import com.policyminer.model.EntityType;

/** Where an entity is mentioned in an example: offsets into the document text. */
public record Highlight(String name, EntityType type, int start, int end) {
}
