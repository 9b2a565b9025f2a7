package com.policyminer.cli;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code serve}'s warm-up budget: a negative one stops the command before anything starts. */
class ServeOptionsTest {

    @Test
    void aNegativeWarmupBudgetIsAnErrorNamingTheOption() {
        PrintStream err = System.err;
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = Main.run(new String[] {"serve", "--warmup-ms", "-5", "--index", "/nonexistent/index"});
        } finally {
            System.setErr(err);
        }
        assertEquals(2, code);
        assertTrue(e.toString(StandardCharsets.UTF_8).contains("--warmup-ms must be 0 or more, not -5"), e.toString(StandardCharsets.UTF_8));
    }
}
