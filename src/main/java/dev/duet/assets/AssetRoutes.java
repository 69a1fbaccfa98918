package dev.duet.assets;

import dev.duet.failure.DuetException;
import dev.duet.failure.InvalidInput;
import dev.duet.web.Json;
import dev.duet.web.Paging;
import dev.duet.web.Params;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import jakarta.servlet.MultipartConfigElement;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import static dev.duet.access.Permission.CONTENT_READ;
import static dev.duet.access.Permission.STORY_WRITE;

/**
 * A space's asset library over HTTP: upload (multipart), list, read, change metadata, delete. Reading needs
 * {@code content:read}; uploading and changing need {@code story:write}, as marketers fill the library themselves.
 */
public final class AssetRoutes {

    static final String ASSETS = "/api/spaces/{space_id}/assets";
    static final String ASSET = ASSETS + "/{asset_id}";
    /** Room for the form fields and multipart boundaries around the file itself. */
    static final long FORM_OVERHEAD = 64 * 1024;
    private static final String MULTIPART_CONFIG = "org.eclipse.jetty.multipartConfig";

    record AssetBody(AssetSettings asset) {
    }

    private final Assets assets;
    private final AssetLibrary library;
    private final MultipartConfigElement multipart;

    public AssetRoutes(Assets assets, AssetLibrary library, AssetFiles files) {
        this.assets = assets;
        this.library = library;
        // parts larger than 256 KiB spool to the asset folder's temporary files, not to memory
        this.multipart = new MultipartConfigElement(files.temporaryFolder().toString(), -1,
                library.maxUploadBytes() + FORM_OVERHEAD, 256 * 1024);
    }

    public void register(RoutesConfig routes) {
        routes.get(ASSETS, this::list, CONTENT_READ);
        routes.post(ASSETS, this::upload, STORY_WRITE);
        routes.get(ASSET, ctx -> ctx.json(Map.of("asset", AssetJson.of(assets.get(spaceId(ctx), assetId(ctx)), AssetJson.base(ctx)))), CONTENT_READ);
        routes.put(ASSET, this::update, STORY_WRITE);
        routes.delete(ASSET, this::delete, STORY_WRITE);
    }

    private static long spaceId(Context ctx) {
        return Params.id(ctx, "space_id");
    }

    private static long assetId(Context ctx) {
        return Params.id(ctx, "asset_id");
    }

    private void list(Context ctx) {
        var paging = Paging.of(ctx);
        long spaceId = spaceId(ctx);
        var filter = AssetFilter.of(ctx.queryParam("search"), Params.queryId(ctx, "in_folder"), ctx.queryParam("type"),
                ctx.queryParam("sort_by"));
        var page = assets.list(spaceId, filter, paging.offset(), paging.perPage());
        paging.answer(ctx, assets.count(spaceId, filter));
        var base = AssetJson.base(ctx);
        ctx.json(Map.of("assets", page.stream().map(asset -> AssetJson.of(asset, base)).toList()));
    }

    private void upload(Context ctx) {
        long spaceId = spaceId(ctx);
        // refuse what is announced too large before reading any of it
        if (ctx.req().getContentLengthLong() > library.maxUploadBytes() + FORM_OVERHEAD) throw new UploadTooLarge(library.maxUploadBytes());
        if (!ctx.isMultipartFormData()) {
            throw new UnsupportedFileType("send the upload as multipart/form-data, with the file in the field \"file\"");
        }
        assets.requireSpace(spaceId);
        ctx.req().setAttribute(MULTIPART_CONFIG, multipart);
        var file = file(ctx);
        var metadata = new AssetSettings(ctx.formParam("name"), ctx.formParam("alt"), ctx.formParam("title"),
                ctx.formParam("copyright"), ctx.formParam("focus"), folderId(ctx.formParam("asset_folder_id")));
        try (var content = file.content()) {
            var stored = library.upload(spaceId, file.filename(), content, metadata);
            ctx.status(stored.created() ? 201 : 200).json(Map.of("asset", AssetJson.of(stored.asset(), AssetJson.base(ctx))));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the uploaded file", e);
        }
    }

    /** The part named file; a body beyond the multipart limit surfaces here as the parser's failure. */
    private UploadedFile file(Context ctx) {
        UploadedFile file;
        try {
            file = ctx.uploadedFile("file");
        } catch (Exception e) {
            // Javalin passes on the servlet container's checked ServletException without declaring it
            throw unreadable(e);
        }
        if (file == null) throw InvalidInput.field("file", "is required: send the file in the multipart field \"file\"");
        return file;
    }

    /** Jetty's multipart parser fails with an IllegalStateException ("max length exceeded") past the size limit. */
    private RuntimeException unreadable(Exception e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof IllegalStateException && String.valueOf(cause.getMessage()).contains("exceeded")) {
                return new UploadTooLarge(library.maxUploadBytes());
            }
        }
        if (e instanceof DuetException failure) return failure;
        return new InvalidInput("the multipart/form-data body cannot be read (" + e.getMessage() + ")");
    }

    private static Long folderId(String raw) {
        return raw == null || raw.isBlank() ? null : Params.parseId("asset_folder_id", raw);
    }

    private void update(Context ctx) {
        var body = Json.body(ctx, AssetBody.class);
        if (body.asset() == null) throw InvalidInput.field("asset", "is required: send {\"asset\": {...}}");
        var asset = assets.update(spaceId(ctx), assetId(ctx), body.asset());
        ctx.json(Map.of("asset", AssetJson.of(asset, AssetJson.base(ctx))));
    }

    private void delete(Context ctx) {
        library.delete(spaceId(ctx), assetId(ctx));
        ctx.status(204);
    }
}
