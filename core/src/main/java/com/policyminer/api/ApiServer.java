package com.policyminer.api;

import com.policyminer.app.Engine;
import com.policyminer.index.StoredJson;
import com.policyminer.search.BadQueryException;
import com.policyminer.search.SearchBusyException;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.json.JavalinJackson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP API and web page. All routes are listed here; errors are mapped once to
 * {@code {status, error, message}} JSON, and no stack trace ever reaches a client.
 */
public final class ApiServer {

    private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);

    private final Engine engine;
    private final UserRequests users = new UserRequests();

    public ApiServer(Engine engine) {
        this.engine = engine;
    }

    /** Whether a request other than the warm-up's has come in (the warm-up stops sending once one has). */
    public UserRequests users() {
        return users;
    }

    public Javalin create() {
        engine.precomputeComparisons(); // the comparison's corpus view is read after each commit, not at request time
        SearchHandlers search = new SearchHandlers(engine);
        DocumentHandlers documents = new DocumentHandlers(engine);
        FigureHandlers figures = new FigureHandlers(engine);
        EntityHandlers entities = new EntityHandlers(engine);
        CompareHandlers compare = new CompareHandlers(engine);
        WorkHandlers works = new WorkHandlers(engine);
        CollectionHandlers collections = new CollectionHandlers(engine);
        PageHandlers pages = new PageHandlers(engine.pages());
        WriteHandlers writes = new WriteHandlers(engine);
        WriteAccess access = new WriteAccess(com.policyminer.app.WriteTokens.parse(engine.config().writeToken(), engine.config().namedTokens()));
        HealthHandler health = new HealthHandler(engine);
        return Javalin.create(config -> {
            config.jsonMapper(new JavalinJackson(StoredJson.MAPPER, false));
            config.http.maxRequestSize = engine.config().maxUploadBytes();
            config.http.prefer405over404 = true; // a known path with the wrong method is a 405, not a 404
            config.startup.showJavalinBanner = false;
            java.util.Optional<java.nio.file.Path> web = WebFiles.folder();
            config.staticFiles.add(staticFiles -> {
                staticFiles.hostedPath = "/";
                staticFiles.directory = web.map(java.nio.file.Path::toString).orElse("/" + WebFiles.FOLDER);
                staticFiles.location = web.isPresent() ? io.javalin.http.staticfiles.Location.EXTERNAL
                        : io.javalin.http.staticfiles.Location.CLASSPATH;
            });
            config.routes.before(ctx -> { // first: a request refused below came in all the same
                users.note(ctx);
                if (!UserRequests.isProbe(ctx)) {
                    engine.startGate().requestCameIn(); // background work held at launch waits for a quiet moment
                }
            });
            config.routes.before(ApiServer::securityHeaders);
            config.routes.before(new HostCheck(engine.config().host(), engine.config().hostNames(),
                    !engine.config().writeToken().isBlank())::check);
            writes.configure(config);
            JettyEdges.configure(config);
            Cors.configure(config, engine.config().corsOrigins());
            config.routes.before(PathEncoding::check);
            config.routes.before("/api/*", access::check);
            config.routes.before("/api/*", health::requireWritable);

            config.routes.get(UserRequests.PROBE, health::health); // /api/health, which the warm-up does not count as a user
            config.routes.get("/api/search", search::search);
            config.routes.post("/api/search", search::search); // the same as a form: for queries too long for a URI
            config.routes.get("/api/documents", documents::list);
            config.routes.get("/api/documents/{id}", documents::get);
            config.routes.get("/api/documents/{id}/similar", documents::similar);
            config.routes.get("/api/documents/{id}/diff", works::diff);
            config.routes.get("/api/documents/{id}/figures", figures::ofDocument);
            config.routes.get("/api/documents/{id}/pages", pages::list);
            config.routes.get("/api/documents/{id}/pages/{n}", pages::image);
            config.routes.get("/api/figures", figures::search);
            config.routes.get("/api/regions", entities::regions);
            config.routes.get("/api/regions/{name}", entities::region);
            config.routes.get("/api/policies", entities::policies);
            // <title>, not {title}: a title may contain '/' (sent as is; servlet containers refuse an encoded %2F)
            config.routes.get("/api/policies/<title>", entities::policy);
            config.routes.get("/api/orgs", entities::orgs);
            config.routes.get("/api/mentions", entities::mentions);
            config.routes.get("/api/collections", collections::list);
            config.routes.put("/api/documents/{id}/collections", collections::set);
            config.routes.get("/api/works", works::list);
            config.routes.get("/api/works/{id}", works::get);
            config.routes.get("/api/compare", compare::compare);
            config.routes.get("/api/conflicts", compare::conflicts);
            config.routes.get("/api/cooccurrence", compare::matrix);
            config.routes.get("/api/cooccurrence/partners", compare::partners);
            config.routes.post("/api/upload", writes::upload);
            config.routes.delete("/api/documents/{id}", writes::delete);
            config.routes.post("/api/reindex", writes::reindex);
            config.routes.get("/openapi.json", ctx -> ctx.contentType("application/json")
                    .result(ApiServer.class.getResourceAsStream("/openapi.json")));

            config.routes.exception(BadQueryException.class, (e, ctx) -> error(ctx, 400, "bad_request", e.getMessage()));
            config.routes.exception(SearchBusyException.class, (e, ctx) -> {
                ctx.header("Retry-After", String.valueOf(e.retryAfterSeconds()));
                error(ctx, 503, "busy", e.getMessage());
            });
            config.routes.exception(ApiException.class, (e, ctx) -> error(ctx, e.status(), e.code(), e.getMessage()));
            config.routes.exception(NotFoundException.class, (e, ctx) -> error(ctx, 404, "not_found", e.getMessage()));
            // a read the index backend in use does not serve (another backend than the embedded index)
            config.routes.exception(UnsupportedOperationException.class, (e, ctx) ->
                    error(ctx, 501, "not_implemented", e.getMessage()));
            config.routes.exception(HttpResponseException.class, (e, ctx) ->
                    error(ctx, e.getStatus(), codeOf(e.getStatus()), e.getMessage()));
            config.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
                error(ctx, 500, "internal", "internal error; the server log has the details");
            });
            // an Error (out of memory, stack overflow) in any handler: logged, and a JSON 503, not an empty 500
            config.router.javaLangErrorHandler((res, error) -> {
                LOG.error("request failed with {}", error.toString(), error);
                try {
                    res.setStatus(503);
                    res.setContentType("application/json;charset=utf-8");
                    res.getOutputStream().write(StoredJson.MAPPER.writeValueAsBytes(new ApiError(503, "unavailable",
                            "the server ran out of resources for this request (" + error.getClass().getSimpleName() + "); try again")));
                } catch (java.io.IOException | RuntimeException e) {
                    LOG.warn("cannot answer after {}: {}", error, e.toString());
                }
            });
            config.routes.error(404, ctx -> {
                if (ctx.result() == null || ctx.result().isEmpty()) {
                    error(ctx, 404, "not_found", "no such endpoint: " + ctx.path());
                }
            });
            config.routes.error(405, ctx -> error(ctx, 405, "method_not_allowed", ctx.method() + " is not allowed on " + ctx.path()));
        });
    }

    static String codeOf(int status) {
        return switch (status) {
            case 400 -> "bad_request";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 413 -> "too_large";
            case 414 -> "uri_too_long";
            case 431 -> "headers_too_large";
            case 415 -> "unsupported_media_type";
            case 503 -> "unavailable";
            default -> "http_" + status;
        };
    }

    static void error(Context ctx, int status, String code, String message) {
        ctx.status(status).json(new ApiError(status, code, message == null ? code : message));
    }

    static final String CSP =
            "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; object-src 'none'; frame-ancestors 'none'";

    private static void securityHeaders(Context ctx) {
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Content-Security-Policy", CSP);
    }
}
