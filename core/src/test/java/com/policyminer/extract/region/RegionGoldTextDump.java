package com.policyminer.extract.region;

import com.policyminer.extract.gold.GoldSeeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the parsed text of each seed for {@code gold/entities/locate.py}; runs only when asked:
 * {@code mvn -o -q test -Dtest=RegionGoldTextDump -Dgold.dump=/tmp/gold-text}.
 */
@EnabledIfSystemProperty(named = "gold.dump", matches = ".+")
class RegionGoldTextDump {

    @Test
    void dumpSeedTexts() throws IOException {
        Path dir = Files.createDirectories(Path.of(System.getProperty("gold.dump")));
        for (String seed : GoldSeeds.SEEDS) {
            Files.writeString(dir.resolve(seed + ".txt.text"), GoldSeeds.document(seed).text());
        }
    }
}
