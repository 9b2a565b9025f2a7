package com.policyminer.app;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Named write tokens: POLICYMINER_TOKENS=name:token,…; a token names its uploader, malformed lists are refused at start-up. */
class WriteTokensTest {

    @Test
    void aTokenNamesItsHolder() {
        WriteTokens t = WriteTokens.parse("plain", "张三:z-1, li si : l:2");
        assertTrue(t.any());
        assertEquals(Optional.of("张三"), t.match("z-1"));
        assertEquals(Optional.of("li si"), t.match(" l:2 "));
        assertEquals(Optional.of(""), t.match("plain"));
        assertEquals(Optional.empty(), t.match("z-2"));
        assertEquals(Optional.empty(), t.match(null));
        assertFalse(WriteTokens.parse("", "").any());
    }

    @Test
    void malformedListsAreRefusedWithoutShowingTheToken() {
        for (String bad : new String[] {"nocolon", ":secret", "name:", "a:x,a:y", "a:x,b:x", "x".repeat(65) + ":t"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> WriteTokens.parse("", bad), bad);
            assertTrue(e.getMessage().startsWith("POLICYMINER_TOKENS"), e.getMessage());
            assertFalse(e.getMessage().contains("secret") || e.getMessage().contains(":x") || e.getMessage().contains(":y"), e.getMessage());
        }
        assertThrows(IllegalArgumentException.class, () -> WriteTokens.parse("same", "a:same"));
        // resolved once, with the rest of the configuration
        Config c = Config.fromEnvironment(Map.of("POLICYMINER_TOKENS", "甲:t1,乙:t2"));
        assertEquals("甲:t1,乙:t2", c.namedTokens());
        assertThrows(IllegalArgumentException.class, () -> Config.fromEnvironment(Map.of("POLICYMINER_TOKENS", "broken")));
    }
}
