package com.policyminer.extract.region;

import java.util.ArrayList;
import java.util.List;

/** A region while the gazetteer is being loaded: mutable, package-private, never escapes loading. */
final class RegionDraft {

    final String name;
    String level;
    final String code;
    String parentKey;
    final List<String> aliases = new ArrayList<>();
    final List<String> members = new ArrayList<>();
    boolean foreign;

    RegionDraft(String name, String level, String code, String parentKey) {
        this.name = name;
        this.level = level;
        this.code = code == null ? "" : code;
        this.parentKey = parentKey;
    }

    String key() {
        return code.isEmpty() ? name : code;
    }

    void alias(String alias) {
        if (alias != null && !alias.isBlank() && !alias.equals(name) && !aliases.contains(alias)) {
            aliases.add(alias);
        }
    }
}
