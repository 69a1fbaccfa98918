package dev.duet.assets;

import dev.duet.failure.InvalidInput;
import dev.duet.web.Json;
import dev.duet.web.Params;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.util.Map;

import static dev.duet.access.Permission.CONTENT_READ;
import static dev.duet.access.Permission.STORY_WRITE;

/** The folders of a space's asset library over HTTP; reads need {@code content:read}, changes {@code story:write}. */
public final class AssetFolderRoutes {

    static final String FOLDERS = "/api/spaces/{space_id}/asset_folders";
    static final String FOLDER = FOLDERS + "/{folder_id}";

    record FolderBody(FolderSettings assetFolder) {
    }

    private final AssetFolders folders;

    public AssetFolderRoutes(AssetFolders folders) {
        this.folders = folders;
    }

    public void register(RoutesConfig routes) {
        routes.get(FOLDERS, ctx -> ctx.json(Map.of("asset_folders", folders.list(spaceId(ctx)))), CONTENT_READ);
        routes.post(FOLDERS, ctx -> ctx.status(201).json(Map.of("asset_folder", folders.create(spaceId(ctx), settings(ctx)))), STORY_WRITE);
        routes.get(FOLDER, ctx -> ctx.json(Map.of("asset_folder", folders.get(spaceId(ctx), folderId(ctx)))), CONTENT_READ);
        routes.put(FOLDER, ctx -> ctx.json(Map.of("asset_folder", folders.update(spaceId(ctx), folderId(ctx), settings(ctx)))), STORY_WRITE);
        routes.delete(FOLDER, this::delete, STORY_WRITE);
    }

    private static long spaceId(Context ctx) {
        return Params.id(ctx, "space_id");
    }

    private static long folderId(Context ctx) {
        return Params.id(ctx, "folder_id");
    }

    private static FolderSettings settings(Context ctx) {
        var body = Json.body(ctx, FolderBody.class);
        if (body.assetFolder() == null) throw InvalidInput.field("asset_folder", "is required: send {\"asset_folder\": {...}}");
        return body.assetFolder();
    }

    private void delete(Context ctx) {
        folders.delete(spaceId(ctx), folderId(ctx));
        ctx.status(204);
    }
}
