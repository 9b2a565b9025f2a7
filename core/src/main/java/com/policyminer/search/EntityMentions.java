package com.policyminer.search;

import com.policyminer.model.EntityType;
import com.policyminer.model.Mention;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the entity lists ({@link EntityCatalog}) are made from, on either backend: each entity's counts, and the
 * mention records of the first reports (by path) that name it.
 */
public interface EntityMentions {

    /** An entity's counts and its mention records in the first reports (by path) that name it. */
    record Entity(EntityCount count, List<Mention> records) {
    }

    /**
     * The index version the answers are read from: the same object until the index changes, so the lists can be
     * kept for it; null when the backend cannot say (the lists are then read again each time).
     */
    Object version() throws IOException;

    /** Every entity of a type with its counts in these reports (all when empty), most mentioned first, then by name. */
    List<EntityCount> counts(EntityType type, List<String> docIds) throws IOException;

    /** Every entity of a type (in {@link #counts} order) with its records from the first {@code reports} reports naming it. */
    List<Entity> entities(EntityType type, int reports) throws IOException;

    /** The first entity of a type (in {@link #counts} order) named one of {@code names}, with its records. */
    Optional<Entity> entity(EntityType type, Set<String> names, int reports) throws IOException;
}
