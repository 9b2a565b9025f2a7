package com.policyminer.app;

import com.policyminer.index.Analyzers;
import com.policyminer.index.IndexBackend;
import com.policyminer.search.SearchService;

import java.io.Closeable;
import java.io.IOException;
import java.util.ServiceLoader;

/**
 * An index backend other than the embedded one, found on the class path by {@link ServiceLoader}: the Solr module's
 * jar registers one named {@code solr} ({@code META-INF/services/com.policyminer.app.BackendFactory}). The product
 * does not depend on it (Solr's Jetty and Javalin's must not meet at build time); it is there when its jar is.
 */
public interface BackendFactory {

    /** The name {@code --backend} takes. */
    String name();

    /** Opens the backend: both ports, and what to close after them. */
    Opened open(BackendOptions options, Analyzers analyzers) throws IOException;

    record Opened(IndexBackend writes, SearchService reads, Closeable resources) {
    }

    /**
     * The factory of this name on the class path.
     *
     * @throws IllegalStateException naming the jar to add when there is none
     */
    static BackendFactory named(String name) {
        for (BackendFactory f : ServiceLoader.load(BackendFactory.class)) {
            if (f.name().equals(name)) {
                return f;
            }
        }
        throw new IllegalStateException("the " + name + " backend is not on the class path: run with the Solr module's "
                + "backend jar beside the product (java -cp target/policy-miner.jar:target/policy-miner-solr-backend.jar "
                + "com.policyminer.cli.Main …; see README, \"SolrCloud\")");
    }
}
