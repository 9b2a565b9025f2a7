package com.policyminer.search;

import java.util.List;

/** Resolves a region name for filtering: its canonical name, plus sub-regions and members when expanding. */
@FunctionalInterface
public interface RegionExpander {

    List<String> resolve(String name, boolean expand);

    /** Takes names as given, no hierarchy. */
    RegionExpander IDENTITY = (name, expand) -> List.of(name);
}
