package com.policyminer.app;

import java.util.Map;

/**
 * Where the index is: the embedded Lucene index (the default, at {@link Config#index()}) or a SolrCloud collection
 * ({@code solr}: its ZooKeeper address {@code HOST:PORT[,HOST:PORT…][/chroot]} and the collection's name).
 * Resolved once at start-up: defaults → environment ({@code POLICYMINER_BACKEND}, {@code POLICYMINER_ZK},
 * {@code POLICYMINER_SOLR_COLLECTION}) → flags.
 */
public record BackendOptions(String name, String zk, String collection) {

    public static final String EMBEDDED = "embedded";
    public static final String SOLR = "solr";

    public BackendOptions {
        name = name == null || name.isBlank() ? EMBEDDED : name.strip();
        zk = zk == null ? "" : zk.strip();
        collection = collection == null ? "" : collection.strip();
        if (!name.equals(EMBEDDED) && !name.equals(SOLR)) {
            throw new IllegalArgumentException("backend must be embedded or solr, not '" + name + "'");
        }
        if (name.equals(SOLR) && (zk.isEmpty() || collection.isEmpty())) {
            throw new IllegalArgumentException("the solr backend needs a ZooKeeper address (--zk HOST:PORT/chroot or "
                    + "$POLICYMINER_ZK) and a collection (--solr-collection NAME or $POLICYMINER_SOLR_COLLECTION)");
        }
    }

    public static BackendOptions embedded() {
        return new BackendOptions(EMBEDDED, "", "");
    }

    /** The environment's choice, then each flag that is set (null: not given). */
    public static BackendOptions resolve(Map<String, String> env, String name, String zk, String collection) {
        return new BackendOptions(name != null ? name : env.get("POLICYMINER_BACKEND"),
                zk != null ? zk : env.get("POLICYMINER_ZK"),
                collection != null ? collection : env.get("POLICYMINER_SOLR_COLLECTION"));
    }

    public boolean isEmbedded() {
        return name.equals(EMBEDDED);
    }
}
