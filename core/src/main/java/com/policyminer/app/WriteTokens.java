package com.policyminer.app;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The tokens that may write: the unnamed POLICYMINER_TOKEN and the named POLICYMINER_TOKENS
 * ({@code alice:s3cret,bob:0ther}: a name, a colon, the token; entries separated by commas). A write
 * names its uploader by the token it came with (null for the unnamed one).
 */
public final class WriteTokens {

    /** A token and its name ("" for the unnamed one). */
    private record Token(String name, byte[] secret) {
    }

    private final List<Token> tokens;

    private WriteTokens(List<Token> tokens) {
        this.tokens = List.copyOf(tokens);
    }

    /** The tokens of a configuration; a malformed list of named tokens is an IllegalArgumentException naming the entry. */
    public static WriteTokens parse(String unnamed, String named) {
        List<Token> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        Set<String> secrets = new HashSet<>();
        if (unnamed != null && !unnamed.isBlank()) {
            out.add(new Token("", unnamed.strip().getBytes(StandardCharsets.UTF_8)));
            secrets.add(unnamed.strip());
        }
        if (named != null && !named.isBlank()) {
            String[] entries = named.split(",");
            for (int i = 0; i < entries.length; i++) {
                String entry = entries[i];
                int colon = entry.indexOf(':');
                String name = colon < 0 ? "" : entry.substring(0, colon).strip();
                String secret = colon < 0 ? "" : entry.substring(colon + 1).strip();
                if (name.isEmpty() || secret.isEmpty() || name.length() > 64 || name.chars().anyMatch(Character::isISOControl)) {
                    // the message names the entry by its place, never by its text (which may hold a token)
                    throw new IllegalArgumentException("POLICYMINER_TOKENS: entry " + (i + 1)
                            + " is not name:token (a name of 1 to 64 characters, without control characters)");
                }
                if (!names.add(name) || !secrets.add(secret)) {
                    throw new IllegalArgumentException("POLICYMINER_TOKENS: entry " + (i + 1) + " repeats a name or a token");
                }
                out.add(new Token(name, secret.getBytes(StandardCharsets.UTF_8)));
            }
        }
        return new WriteTokens(out);
    }

    /** Whether any token is configured (else writes come only from loopback). */
    public boolean any() {
        return !tokens.isEmpty();
    }

    /**
     * The name of the token given (empty string for the unnamed one), or empty when it matches none.
     * Every token is compared in constant time, whichever matches.
     */
    public Optional<String> match(String given) {
        byte[] g = given == null ? new byte[0] : given.strip().getBytes(StandardCharsets.UTF_8);
        String found = null;
        for (Token t : tokens) {
            if (MessageDigest.isEqual(t.secret, g) && found == null) {
                found = t.name;
            }
        }
        return Optional.ofNullable(found);
    }
}
