package com.policyminer.index;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.policyminer.model.Mention;
import com.policyminer.model.OrganizationMention;
import com.policyminer.model.PolicyMention;
import com.policyminer.model.RegionMention;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How one report's mentions of one kind are stored: each entity once (a mention without its place:
 * name, level, parents … and the rule that found it), then each mention as {@code [entity, start,
 * end, surface]} — in a paged document {@code [entity, start, end, surface, page]}, and the page's
 * printed label after it when it is not the page number — and no document id (the document that
 * stores them has it). A report names the
 * same few places hundreds of times, so this is about a seventh of the size of the plain records
 * (105 MB → 15 MB of region mentions on the benchmark corpus), which is written, compressed and
 * merged at every ingest.
 *
 * <pre>{"entities":[{"rule":"gazetteer","name":"武汉市",…}],"mentions":[[0,0,2,"武汉"],[0,90,93,"武汉市"]]}</pre>
 */
public final class StoredMentions {

    private static final ObjectMapper ENTITY = StoredJson.MAPPER.copy()
            .addMixIn(RegionMention.class, WithoutPlace.class)
            .addMixIn(OrganizationMention.class, WithoutPlace.class)
            .addMixIn(PolicyMention.class, WithoutPlace.class);

    @JsonIgnoreProperties({"docId", "surface", "start", "end", "page", "pageLabel"})
    private abstract static class WithoutPlace {
    }

    private StoredMentions() {
    }

    /** The record components a stored entity leaves out: where the mention is, and whose it is. */
    private static final Set<String> PLACE = Set.of("docId", "surface", "start", "end", "page", "pageLabel");

    /**
     * A mention's entity as a value: its record's other components, in order. Mentions of one entity
     * are compared by it, so each entity is serialized once per report rather than once per mention.
     */
    private record EntityKey(Class<?> type, List<Object> values) {
    }

    private static final ClassValue<List<Method>> ENTITY_PARTS = new ClassValue<>() {
        @Override
        protected List<Method> computeValue(Class<?> type) {
            List<Method> parts = new ArrayList<>();
            for (RecordComponent c : type.getRecordComponents()) {
                if (!PLACE.contains(c.getName())) {
                    parts.add(c.getAccessor());
                }
            }
            return List.copyOf(parts);
        }
    };

    /**
     * What tells a mention's entity from another's: for the three kinds stored here, the mention itself
     * with its place blanked (no document, no surface, offsets 0–1, no page), compared as a record; for any
     * other mention its record's other components read by reflection ({@link #reflectiveKey}). Equal keys,
     * the same entity, either way (a test varies every component of each kind). Made without reflection: a
     * report names the same few places hundreds of times, and the reflective key of each mention was about a
     * third of {@link #write}'s time on C1.
     */
    static Object entityKey(Mention m) {
        if (m instanceof RegionMention r) {
            return new RegionMention("", "", 0, 1, r.rule(), r.name(), r.level(), r.code(), r.parents(), r.foreign());
        }
        if (m instanceof OrganizationMention o) {
            return new OrganizationMention("", "", 0, 1, o.rule(), o.name(), o.kind(), o.level(), o.parent());
        }
        if (m instanceof PolicyMention p) {
            return new PolicyMention("", "", 0, 1, p.rule(), p.title(), p.kind(), p.isPolicy(), p.issuer(), p.date(),
                    p.docNumber());
        }
        return reflectiveKey(m);
    }

    /** A mention's entity as its record's components other than its place ({@link #PLACE}), read by reflection. */
    static Object reflectiveKey(Mention m) {
        List<Method> parts = ENTITY_PARTS.get(m.getClass());
        List<Object> values = new ArrayList<>(parts.size());
        try {
            for (Method part : parts) {
                values.add(part.invoke(m));
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + m.getClass().getSimpleName(), e);
        }
        return new EntityKey(m.getClass(), values);
    }

    public static String write(List<? extends Mention> mentions) {
        Map<Object, Integer> ids = new HashMap<>();
        List<String> entities = new ArrayList<>();
        StringBuilder spans = new StringBuilder(mentions.size() * 24);
        JsonStringEncoder quote = JsonStringEncoder.getInstance();
        try {
            for (Mention m : mentions) {
                if (m.surface() == null) {
                    throw new IllegalArgumentException("a mention without surface text at " + m.start() + "-" + m.end());
                }
                Object key = entityKey(m);
                Integer e = ids.get(key);
                if (e == null) {
                    e = entities.size();
                    ids.put(key, e);
                    entities.add(ENTITY.writeValueAsString(m));
                }
                if (!spans.isEmpty()) {
                    spans.append(',');
                }
                spans.append('[').append(e).append(',').append(m.start()).append(',').append(m.end()).append(",\"");
                quote.quoteAsString(m.surface(), spans);
                spans.append('"');
                if (m.page() != null) {
                    spans.append(',').append(m.page());
                    if (!m.pageLabel().equals(m.page().toString())) {
                        spans.append(",\"");
                        quote.quoteAsString(m.pageLabel(), spans);
                        spans.append('"');
                    }
                }
                spans.append(']');
            }
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        return "{\"entities\":[" + String.join(",", entities) + "],\"mentions\":[" + spans + "]}";
    }

    /**
     * The mentions {@link #write} stored, as records of the given kind in document {@code docId}. Each entity
     * is deserialized once (Jackson, so its record's own rules apply), then each mention is that record's
     * values with its place put in, through the record's canonical constructor: a report names the same
     * places hundreds of times, and a region page reads the mentions of every report naming it.
     */
    public static <M extends Mention> List<M> read(String json, Class<M> type, String docId) {
        return read(json, type, docId, Set.of());
    }

    /**
     * As {@link #read(String, Class, String)}, only the mentions of these entities (by name; a policy's by its
     * title), or all when {@code wanted} is empty: the others' entities are not deserialized at all.
     */
    public static <M extends Mention> List<M> read(String json, Class<M> type, String docId, Set<String> wanted) {
        // read as a stream, not as a tree: the mentions are most of the text, and a mention of another entity is
        // skipped without making anything of it (the entities, few, are each read as a tree)
        try (JsonParser p = StoredJson.MAPPER.createParser(json)) {
            expect(p.nextToken(), JsonToken.START_OBJECT, json);
            expect(p.nextToken(), JsonToken.FIELD_NAME, json);
            if (!"entities".equals(p.currentName())) {
                return readTree(json, type, docId, wanted); // not as {@link #write} puts it: entities first
            }
            expect(p.nextToken(), JsonToken.START_ARRAY, json);
            List<JsonNode> entities = new ArrayList<>();
            while (p.nextToken() == JsonToken.START_OBJECT) {
                entities.add(p.readValueAsTree());
            }
            boolean[] skipped = skipped(entities, type, wanted);
            expect(p.nextToken(), JsonToken.FIELD_NAME, json);
            expect(p.nextToken(), JsonToken.START_ARRAY, json);
            Shape shape = SHAPES.get(type);
            Object[][] entityValues = new Object[entities.size()][];
            List<M> out = new ArrayList<>(wanted.isEmpty() ? 16 : 8);
            while (p.nextToken() == JsonToken.START_ARRAY) {
                p.nextToken();
                int e = p.getIntValue();
                if (skipped[e]) {
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        // another entity's mention: its place and surface are not read
                    }
                    continue;
                }
                if (entityValues[e] == null) {
                    entityValues[e] = shape.values(entity(entities.get(e), type, docId));
                }
                Object[] args = entityValues[e].clone();
                p.nextToken();
                args[shape.start] = p.getIntValue();
                p.nextToken();
                args[shape.end] = p.getIntValue();
                p.nextToken();
                args[shape.surface] = p.getText();
                if (p.nextToken() != JsonToken.END_ARRAY) {
                    int page = p.getIntValue();
                    args[shape.page] = page;
                    args[shape.pageLabel] = p.nextToken() == JsonToken.END_ARRAY ? Integer.toString(page) : p.getText();
                    if (p.currentToken() != JsonToken.END_ARRAY) {
                        expect(p.nextToken(), JsonToken.END_ARRAY, json);
                    }
                }
                out.add(type.cast(shape.create(args)));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void expect(JsonToken got, JsonToken wanted, String json) throws IOException {
        if (got != wanted) {
            throw new IOException("stored mentions: " + wanted + " expected, " + got + " found in "
                    + (json.length() > 80 ? json.substring(0, 80) + "…" : json));
        }
    }

    /** Which entities are not wanted (none when {@code wanted} is empty): their mentions are skipped. */
    private static boolean[] skipped(List<JsonNode> entities, Class<?> type, Set<String> wanted) {
        boolean[] skipped = new boolean[entities.size()];
        if (!wanted.isEmpty()) {
            String key = type == PolicyMention.class ? "title" : "name";
            for (int e = 0; e < skipped.length; e++) {
                JsonNode name = entities.get(e).get(key);
                skipped[e] = name == null || !wanted.contains(name.asText());
            }
        }
        return skipped;
    }

    /** As {@link #read(String, Class, String, Set)}, from the whole tree (stored JSON whose fields are in another order). */
    private static <M extends Mention> List<M> readTree(String json, Class<M> type, String docId, Set<String> wanted) {
        try {
            JsonNode root = StoredJson.MAPPER.readTree(json);
            JsonNode entities = root.get("entities");
            JsonNode mentions = root.get("mentions");
            Shape shape = SHAPES.get(type);
            Object[][] entityValues = new Object[entities.size()][];
            List<JsonNode> list = new ArrayList<>();
            entities.forEach(list::add);
            boolean[] skipped = skipped(list, type, wanted);
            List<M> out = new ArrayList<>(wanted.isEmpty() ? mentions.size() : 8);
            for (JsonNode m : mentions) {
                int e = m.get(0).asInt();
                if (skipped[e]) {
                    continue;
                }
                if (entityValues[e] == null) {
                    entityValues[e] = shape.values(entity(entities.get(e), type, docId));
                }
                Object[] args = entityValues[e].clone();
                args[shape.start] = m.get(1).asInt();
                args[shape.end] = m.get(2).asInt();
                args[shape.surface] = m.get(3).asText();
                if (m.size() > 4) {
                    args[shape.page] = m.get(4).asInt();
                    args[shape.pageLabel] = m.size() > 5 ? m.get(5).asText() : m.get(4).asText();
                }
                out.add(type.cast(shape.create(args)));
            }
            return out;
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An entity as a record of its kind, at a stand-in place (the caller puts each mention's own). */
    private static <M extends Mention> M entity(JsonNode stored, Class<M> type, String docId) throws JsonProcessingException {
        ObjectNode node = ((ObjectNode) stored).deepCopy();
        node.put("docId", docId);
        node.put("start", 0);
        node.put("end", 1);
        node.put("surface", "");
        return StoredJson.MAPPER.treeToValue(node, type);
    }

    /** A mention record's canonical constructor, its component accessors and where its place goes. */
    private record Shape(java.lang.reflect.Constructor<?> constructor, List<Method> accessors,
                         int start, int end, int surface, int page, int pageLabel) {

        Object[] values(Object record) {
            Object[] v = new Object[accessors.size()];
            try {
                for (int i = 0; i < v.length; i++) {
                    v[i] = accessors.get(i).invoke(record);
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + record.getClass().getSimpleName(), e);
            }
            return v;
        }

        Object create(Object[] args) {
            try {
                return constructor.newInstance(args);
            } catch (java.lang.reflect.InvocationTargetException e) {
                throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot make a " + constructor.getDeclaringClass().getSimpleName(), e);
            }
        }
    }

    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            Class<?>[] types = new Class<?>[components.length];
            List<Method> accessors = new ArrayList<>();
            List<String> names = new ArrayList<>();
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                accessors.add(components[i].getAccessor());
                names.add(components[i].getName());
            }
            try {
                return new Shape(type.getDeclaredConstructor(types), List.copyOf(accessors), names.indexOf("start"),
                        names.indexOf("end"), names.indexOf("surface"), names.indexOf("page"), names.indexOf("pageLabel"));
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(type.getSimpleName() + " has no canonical constructor", e);
            }
        }
    };
}
