package com.policyminer.api;

import io.javalin.config.JavalinConfig;

import java.util.Arrays;
import java.util.List;

/** CORS is off unless POLICYMINER_CORS_ORIGINS lists the origins (comma-separated) allowed to call the API. */
final class Cors {

    private Cors() {
    }

    static void configure(JavalinConfig config, String origins) {
        List<String> allowed = Arrays.stream(origins == null ? new String[0] : origins.split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (allowed.isEmpty()) {
            return;
        }
        config.bundledPlugins.enableCors(cors -> cors.addRule(rule -> {
            if (allowed.contains("*")) {
                rule.anyHost();
            } else {
                rule.allowHost(allowed.get(0), allowed.subList(1, allowed.size()).toArray(String[]::new));
            }
        }));
    }
}
