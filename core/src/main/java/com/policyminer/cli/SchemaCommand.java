package com.policyminer.cli;

import com.policyminer.index.SolrSchema;
import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

@Command(name = "solr-schema", description = "Print the Solr managed-schema for the same fields and analyzer (for a later SolrCloud deployment).")
final class SchemaCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        System.out.print(SolrSchema.xml());
        return 0;
    }
}
