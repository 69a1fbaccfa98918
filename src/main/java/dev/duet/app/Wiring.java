package dev.duet.app;

import dev.duet.access.AccessGuard;
import dev.duet.activity.ActivityLog;
import dev.duet.activity.ActivityRoutes;
import dev.duet.activity.StoryActivity;
import dev.duet.admin.AdminRoutes;
import dev.duet.analytics.EventDerivation;
import dev.duet.analytics.EventIntake;
import dev.duet.analytics.EventLog;
import dev.duet.analytics.EventRoutes;
import dev.duet.analytics.ExperimentData;
import dev.duet.analytics.Insights;
import dev.duet.analytics.InsightsRoutes;
import dev.duet.access.AccessRoutes;
import dev.duet.access.ApiTokens;
import dev.duet.access.AuditLog;
import dev.duet.access.PasswordHasher;
import dev.duet.access.Sessions;
import dev.duet.access.Users;
import dev.duet.assets.AssetFileRoutes;
import dev.duet.assets.AssetFiles;
import dev.duet.assets.AssetFolderRoutes;
import dev.duet.assets.AssetFolders;
import dev.duet.assets.AssetLibrary;
import dev.duet.assets.AssetRoutes;
import dev.duet.assets.Assets;
import dev.duet.assets.Renditions;
import dev.duet.collab.goals.GoalRoutes;
import dev.duet.collab.goals.Goals;
import dev.duet.collab.requests.LinkTargets;
import dev.duet.collab.requests.RequestConversation;
import dev.duet.collab.requests.RequestRoutes;
import dev.duet.collab.requests.RequestTriage;
import dev.duet.collab.requests.Requests;
import dev.duet.collab.glossary.Glossary;
import dev.duet.collab.glossary.GlossaryRoutes;
import dev.duet.collab.stack.StackIntegrations;
import dev.duet.collab.stack.StackRoutes;
import dev.duet.collab.stack.StackTools;
import dev.duet.collab.decisions.DecisionRoutes;
import dev.duet.collab.decisions.Decisions;
import dev.duet.collab.wins.DigestRoutes;
import dev.duet.collab.wins.DigestRunner;
import dev.duet.collab.wins.DigestSender;
import dev.duet.collab.wins.DigestSubscriptions;
import dev.duet.collab.wins.StoryWins;
import dev.duet.collab.wins.WinDigests;
import dev.duet.collab.wins.WinLog;
import dev.duet.collab.wins.Wins;
import dev.duet.collab.wins.WinsRoutes;
import dev.duet.content.ContentEvents;
import dev.duet.content.ContentMigration;
import dev.duet.content.SpaceRoutes;
import dev.duet.content.Spaces;
import dev.duet.datasources.DatasourceDelivery;
import dev.duet.datasources.DatasourceEntries;
import dev.duet.datasources.DatasourceEvents;
import dev.duet.datasources.DatasourceRoutes;
import dev.duet.datasources.Datasources;
import dev.duet.datasources.EntryReplacement;
import dev.duet.content.Stories;
import dev.duet.content.StoryHistory;
import dev.duet.content.StoryListing;
import dev.duet.content.StoryPublishing;
import dev.duet.content.StoryRoutes;
import dev.duet.content.StoryHooks;
import dev.duet.content.StoryService;
import dev.duet.content.StoryVersions;
import dev.duet.content.VersionRoutes;
import dev.duet.delivery.ClusterSync;
import dev.duet.experiments.ExperimentKeys;
import dev.duet.experiments.ExperimentResults;
import dev.duet.experiments.ExperimentRoutes;
import dev.duet.experiments.ExperimentStories;
import dev.duet.experiments.ExperimentWrites;
import dev.duet.experiments.Experiments;
import dev.duet.discussions.DiscussionRoutes;
import dev.duet.discussions.DiscussionService;
import dev.duet.delivery.Delivery;
import dev.duet.delivery.DeliveryRoutes;
import dev.duet.experiments.StatsRoutes;
import dev.duet.localization.Localization;
import dev.duet.monitoring.MetricsHandler;
import dev.duet.monitoring.MetricsRoutes;
import dev.duet.monitoring.OperationalMetrics;
import dev.duet.monitoring.RequestMetrics;
import dev.duet.preview.PreviewRoutes;
import dev.duet.scheduling.ReleaseLookup;
import dev.duet.scheduling.ReleaseMerger;
import dev.duet.scheduling.ScheduleRoutes;
import dev.duet.scheduling.ScheduleRunner;
import dev.duet.scheduling.Schedules;
import dev.duet.scheduling.Scheduling;
import dev.duet.releases.ReleaseRoutes;
import dev.duet.releases.Releases;
import dev.duet.presence.MergeRoutes;
import dev.duet.presence.Merges;
import dev.duet.presence.PresenceRoutes;
import dev.duet.presence.Presences;
import dev.duet.schema.ComponentGroupRoutes;
import dev.duet.schema.ComponentGroups;
import dev.duet.schema.ComponentRoutes;
import dev.duet.schema.Components;
import dev.duet.schema.ContentValidator;
import dev.duet.schema.SchemaRoutes;
import dev.duet.schema.SchemaSync;
import dev.duet.storage.ClusterNotifier;
import dev.duet.storage.Database;
import dev.duet.transfer.SpaceExport;
import dev.duet.transfer.SpaceImport;
import dev.duet.web.WebServer;
import dev.duet.webhooks.DeliverySchedule;
import dev.duet.webhooks.TargetGuard;
import dev.duet.webhooks.WebhookDeliveries;
import dev.duet.webhooks.WebhookDispatcher;
import dev.duet.webhooks.WebhookOutbox;
import dev.duet.webhooks.WebhookRoutes;
import dev.duet.webhooks.WebhookSender;
import dev.duet.webhooks.Webhooks;
import dev.duet.workflow.StageBoard;
import dev.duet.workflow.StageMoves;
import dev.duet.workflow.StoryStages;
import dev.duet.workflow.WorkflowHooks;
import dev.duet.workflow.WorkflowRoutes;
import dev.duet.workflow.Workflows;
import io.javalin.config.RoutesConfig;

import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;

/**
 * The one composition root: builds every repository, service and route group by hand, in dependency order. Nothing
 * else in Duet constructs collaborators or holds static state.
 */
public final class Wiring implements AutoCloseable {

    public final DuetConfig config;
    public final Clock clock;
    public final Database database;
    public final Users users;
    public final Sessions sessions;
    public final ApiTokens apiTokens;
    public final AuditLog audit;
    /** The team's feed and notifications; record into it inside the transaction of the change. */
    public final ActivityLog activity;
    /** The wins feed; features record wins into it inside the transaction of the change that earned them. */
    public final WinLog wins;
    /** Requests between the teams: filing and reading, triage and the board, comments and watchers. */
    public final Requests requests;
    public final RequestTriage requestTriage;
    public final RequestConversation requestConversation;
    /** Joint decisions by ranked-choice vote (instant runoff). */
    public final Decisions decisions;
    /** The wins feed as people read it, with reactions and kudos; its weekly digest and the webhook that sends it. */
    public final Wins winsFeed;
    public final WinDigests winDigests;
    public final DigestSubscriptions digestSubscriptions;
    private final DigestSender digestSender;
    /** Sends the weekly wins digest; runs while the server runs, on every node (each week is sent by one). */
    public final DigestRunner digestRunner;
    public final Spaces spaces;
    public final Components components;
    public final ComponentGroups componentGroups;
    public final ContentValidator contentValidator;
    public final DatasourceEvents datasourceEvents;
    public final Datasources datasources;
    public final DatasourceEntries datasourceEntries;
    public final EntryReplacement datasourceEntryReplacement;
    public final DatasourceDelivery datasourceDelivery;
    /** Subscribe here to hear of published-content changes (delivery snapshots, webhooks). */
    public final ContentEvents contentEvents;
    public final Stories stories;
    public final StoryVersions storyVersions;
    public final StoryService storyService;
    public final StoryPublishing storyPublishing;
    public final StoryHistory storyHistory;
    /** Releases: bundles of story versions merged (published) or reverted at once. */
    public final Releases releases;
    /** Schema as code: export, plan and apply a space's whole schema, migrating story content along. */
    public final SchemaSync schemaSync;
    public final SpaceExport spaceExport;
    public final SpaceImport spaceImport;
    public final Webhooks webhooks;
    public final WebhookDeliveries webhookDeliveries;
    /** Sends webhook deliveries; runs while the server runs. */
    public final WebhookDispatcher webhookDispatcher;
    public final WebhookOutbox webhookOutbox;
    /** The CDN API; its snapshots hear content and datasource events. */
    public final Delivery delivery;
    /** The asset library: files on disk (by content hash), their records, folders, and the image service. */
    public final AssetFiles assetFiles;
    public final Assets assets;
    public final AssetFolders assetFolders;
    public final AssetLibrary assetLibrary;
    /** Threads on stories, blocks and fields; mentions and replies notify through the activity log. */
    public final DiscussionService discussions;
    public final Renditions assetRenditions;
    /** Workflow stages: each space's stages and the stage each story is in. */
    public final Workflows workflows;
    public final StageMoves stageMoves;
    private final StageBoard stageBoard;
    /** Translation status, exports and imports for translators, language copies. */
    public final Localization localization;
    /** Publishes, unpublishes and release merges planned for a time. */
    public final Schedules schedules;
    public final Scheduling scheduling;
    /** Runs due schedules; runs while the server runs, on every node (each schedule runs on exactly one). */
    public final ScheduleRunner scheduleRunner;
    /** Events from sites, stored with their rollups and experiment metrics in one transaction per batch. */
    public final EventLog eventLog;
    /** Derives rollups, visitor sketches and experiment data from committed events, in the background and on read. */
    public final EventDerivation eventDerivation;
    /** Per-variation units and metric totals of an experiment, for its analysis. */
    public final ExperimentData experimentData;
    /** The space's experiments as their blocks in content say, their results, and deciding them. */
    public final Experiments experiments;
    public final ExperimentResults experimentResults;
    public final ExperimentWrites experimentWrites;
    /** POST /v2/events: checks sites' events and group-commits them through one writer thread. */
    public final EventIntake eventIntake;
    private final EventRoutes eventRoutes;
    /** Every HTTP request counted and timed; Duet's own health numbers (GET /metrics, operational key results). */
    public final RequestMetrics requestMetrics;
    public final OperationalMetrics operationalMetrics;
    /** Objectives and key results, scored from check-ins, insights and operational metrics. */
    public final Goals goals;
    /** The martech stack: tools, their integrations and audit decisions; and the shared glossary. */
    public final StackTools stackTools;
    public final StackIntegrations stackIntegrations;
    public final Glossary glossary;
    private final ClusterNotifier clusterNotifier;
    private final ClusterSync clusterSync;
    private WebServer server;

    public Wiring(DuetConfig config, Clock clock) {
        this(config, clock, DeliverySchedule.STANDARD);
    }

    /** As {@link #Wiring(DuetConfig, Clock)}, with webhook retries on {@code webhookSchedule} (tests use a fast one). */
    public Wiring(DuetConfig config, Clock clock, DeliverySchedule webhookSchedule) {
        this.config = config;
        this.clock = clock;
        this.database = connect(config);
        this.users = new Users(database, new PasswordHasher(config.passwordIterations()), clock);
        this.sessions = new Sessions(database, clock, config.sessionLifetime());
        this.apiTokens = new ApiTokens(database, clock);
        this.audit = new AuditLog(database, clock);
        this.spaces = new Spaces(database, clock);
        this.components = new Components(database, clock);
        this.componentGroups = new ComponentGroups(database, clock);
        this.contentValidator = new ContentValidator(components);
        this.datasourceEvents = new DatasourceEvents();
        this.datasources = new Datasources(database, spaces, datasourceEvents, clock);
        this.datasourceEntries = new DatasourceEntries(database, datasources);
        this.datasourceEntryReplacement = new EntryReplacement(database, datasources);
        this.datasourceDelivery = new DatasourceDelivery(database);
        this.contentEvents = new ContentEvents();
        this.activity = new ActivityLog(database, clock);
        this.wins = new WinLog(clock);
        this.decisions = new Decisions(database, users, clock);
        this.stories = new Stories(database);
        this.storyVersions = new StoryVersions(database);
        var storyStages = new StoryStages(database);
        this.workflows = new Workflows(database, storyStages, clock);
        this.stageMoves = new StageMoves(database, spaces, stories, storyVersions, users, workflows, storyStages, activity, clock);
        this.stageBoard = new StageBoard(workflows, storyStages);
        this.localization = new Localization(database, clock);
        var experimentStories = new ExperimentStories(database);
        var storyHooks = StoryHooks.all(new ExperimentKeys(experimentStories), new StoryActivity(activity),
                new WorkflowHooks(workflows, storyStages, stageMoves, clock), localization.tracker, new StoryWins(wins));
        this.storyService = new StoryService(database, stories, storyVersions, spaces, contentValidator, contentEvents,
                storyHooks, clock);
        this.storyPublishing = new StoryPublishing(database, stories, spaces, contentEvents, storyHooks, clock);
        this.storyHistory = new StoryHistory(database, stories, storyVersions, spaces, storyService, contentEvents);
        this.releases = new Releases(database, spaces, stories, storyPublishing, activity, wins, clock);
        this.schemaSync = new SchemaSync(database, components,
                new ContentMigration(database, stories, storyVersions, spaces, contentEvents, clock));
        this.spaceExport = new SpaceExport(database);
        this.spaceImport = new SpaceImport(database, spaces, contentValidator, clock);
        var webhookTargets = new TargetGuard(config.webhookAllowPrivateTargets());
        this.webhooks = new Webhooks(database, webhookTargets, clock);
        this.webhookDeliveries = new WebhookDeliveries(database, clock);
        this.webhookDispatcher = new WebhookDispatcher(webhookDeliveries, webhookTargets, webhookSchedule, clock);
        this.webhookOutbox = new WebhookOutbox(webhooks, webhookDeliveries, webhookDispatcher);
        contentEvents.subscribe(webhookOutbox);
        activity.subscribe(webhookOutbox);
        datasourceEvents.subscribe(webhookOutbox);
        this.delivery = new Delivery(database, spaces, datasources, datasourceDelivery,
                Delivery.Settings.DEFAULT.withRateLimit(config.deliveryRateLimit()), clock);
        contentEvents.subscribe(delivery.snapshots());
        datasourceEvents.subscribe(delivery.snapshots());
        this.assetFiles = new AssetFiles(config.assetsDir());
        this.assets = new Assets(database, clock);
        this.assetFolders = new AssetFolders(database, spaces, clock);
        this.assetLibrary = new AssetLibrary(assets, assetFiles, config.maxUploadBytes());
        this.assetRenditions = new Renditions(assetFiles);
        this.discussions = new DiscussionService(database, stories, components, users, activity, clock);
        this.schedules = new Schedules(database, clock);
        ReleaseLookup releaseLookup = (spaceId, releaseId) -> releases.get(spaceId, releaseId).release().name();
        ReleaseMerger releaseMerger = (spaceId, releaseId, actor) -> releases.merge(spaceId, releaseId, false, actor);
        this.scheduling = new Scheduling(database, spaces, stories, schedules, releaseLookup, activity, clock);
        this.scheduleRunner = new ScheduleRunner(database, schedules, stories, storyPublishing, releaseMerger, activity,
                users, config.schedulerInterval());
        this.eventDerivation = new EventDerivation(database, clock);
        this.eventLog = new EventLog(database, eventDerivation, clock);
        spaces.alsoDeleteWithASpace(eventLog::deleteSpaceEvents);
        this.experimentData = new ExperimentData(database, eventDerivation);
        this.experiments = new Experiments(spaces, experimentStories, experimentData);
        this.experimentResults = new ExperimentResults(experiments, experimentData);
        this.experimentWrites = new ExperimentWrites(experiments, stories, storyService, experimentResults, activity, wins);
        this.requests = new Requests(database, users, requestLinkTargets(), clock);
        this.requestTriage = new RequestTriage(database, requests, wins, clock);
        this.requestConversation = new RequestConversation(database, requests, clock);
        this.eventIntake = new EventIntake(eventLog, database, delivery::spaceOfToken, clock, config.eventsQueue());
        this.eventRoutes = new EventRoutes(eventIntake);
        this.requestMetrics = new RequestMetrics();
        this.operationalMetrics = new OperationalMetrics(requestMetrics, eventIntake::queueDepth, eventIntake.queueCapacity());
        this.goals = new Goals(database, users, spaces, stories, experiments, new Insights(database, eventDerivation), experimentResults,
                operationalMetrics, wins, clock);
        this.stackTools = new StackTools(database, clock);
        this.stackIntegrations = new StackIntegrations(database, clock);
        this.glossary = new Glossary(database, clock);
        this.winsFeed = new Wins(database, clock);
        this.winDigests = new WinDigests(winsFeed);
        this.digestSubscriptions = new DigestSubscriptions(database, clock);
        this.digestSender = new DigestSender(winDigests, digestSubscriptions, new WebhookSender(webhookTargets));
        this.digestRunner = new DigestRunner(digestSubscriptions, digestSender, clock, config.schedulerInterval());
        this.clusterNotifier = new ClusterNotifier(database, config.databaseUrl(), config.databaseUser(), config.databasePassword());
        this.clusterSync = new ClusterSync(clusterNotifier, delivery.snapshots());
        contentEvents.subscribe(clusterSync);
        datasourceEvents.subscribe(clusterSync);
    }

    /** Requests link to stories, releases and experiments that exist; a missing space counts as a missing item. */
    private LinkTargets requestLinkTargets() {
        return (kind, spaceId, id, key) -> {
            try {
                return switch (kind) {
                    case "story" -> stories.find(spaceId, id).isPresent();
                    case "release" -> releases.get(spaceId, id) != null;
                    case "experiment" -> experiments.get(spaceId, key) != null;
                    default -> false;
                };
            } catch (dev.duet.failure.NotFound e) {
                return false;
            }
        };
    }

    private static Database connect(DuetConfig config) {
        try {
            var database = new Database(config.databaseUrl(), config.databaseUser(), config.databasePassword());
            database.migrate();
            return database;
        } catch (RuntimeException e) {
            throw new DuetConfig.Invalid("Cannot open the database at " + DuetConfig.redact(config.databaseUrl())
                    + ": " + rootMessage(e) + ".");
        }
    }

    private static String rootMessage(Throwable e) {
        var cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) cause = cause.getCause();
        return String.valueOf(cause.getMessage()).strip();
    }

    private List<Consumer<RoutesConfig>> routes() {
        var guard = new AccessGuard(users, sessions, apiTokens, audit);
        var access = new AccessRoutes(users, sessions, apiTokens, audit, clock, config.secureCookies());
        var spaceRoutes = new SpaceRoutes(spaces);
        var storyRoutes = new StoryRoutes(stories, new StoryListing(database), storyService, storyPublishing);
        var versionRoutes = new VersionRoutes(stories, storyVersions, storyHistory);
        var docs = new DocsRoutes();
        var datasourceRoutes = new DatasourceRoutes(datasources, datasourceEntries, datasourceEntryReplacement);
        var componentRoutes = new ComponentRoutes(components, componentGroups);
        var componentGroupRoutes = new ComponentGroupRoutes(componentGroups);
        var webhookRoutes = new WebhookRoutes(webhooks, webhookDeliveries, webhookOutbox);
        var deliveryRoutes = new DeliveryRoutes(delivery);
        var assetRoutes = new AssetRoutes(assets, assetLibrary, assetFiles);
        var assetFolderRoutes = new AssetFolderRoutes(assetFolders);
        var assetFileRoutes = new AssetFileRoutes(assets, assetFiles, assetRenditions);
        var schemaRoutes = new SchemaRoutes(schemaSync);
        var previewRoutes = new PreviewRoutes(delivery.previewTokens());
        var adminRoutes = new AdminRoutes();
        var activityRoutes = new ActivityRoutes(activity, spaces::get);
        var workflowRoutes = new WorkflowRoutes(workflows, stageMoves, stageBoard, users, activity);
        var discussionRoutes = new DiscussionRoutes(discussions, spaces::get);
        var translationRoutes = localization.routes(spaces, stories, components, storyService, activity);
        var scheduleRoutes = new ScheduleRoutes(scheduling, schedules);
        var releaseRoutes = new ReleaseRoutes(releases);
        var presenceRoutes = new PresenceRoutes(new Presences(database, clock), stories, spaces);
        var mergeRoutes = new MergeRoutes(new Merges(database, stories, storyVersions));
        var experimentRoutes = new ExperimentRoutes(experiments, experimentResults, experimentWrites, stories);
        var statsRoutes = new StatsRoutes();
        var insightsRoutes = new InsightsRoutes(new Insights(database, eventDerivation), spaces::get, stories::get, clock);
        var metricsRoutes = new MetricsRoutes(operationalMetrics);
        var goalRoutes = new GoalRoutes(goals, operationalMetrics);
        var requestRoutes = new RequestRoutes(requests, requestTriage, requestConversation, clock);
        var stackRoutes = new StackRoutes(stackTools, stackIntegrations, clock);
        var glossaryRoutes = new GlossaryRoutes(glossary);
        var decisionRoutes = new DecisionRoutes(decisions);
        var digestRoutes = new DigestRoutes(winDigests, digestSubscriptions, digestSender,
                new TargetGuard(config.webhookAllowPrivateTargets()), clock);
        var winsRoutes = new WinsRoutes(winsFeed);
        return List.of(guard::register, access::register, spaceRoutes::register, componentRoutes::register,
                componentGroupRoutes::register, storyRoutes::register, versionRoutes::register,
                datasourceRoutes::register, docs::register, webhookRoutes::register, deliveryRoutes::register,
                assetRoutes::register, assetFolderRoutes::register, assetFileRoutes::register, adminRoutes::register,
                schemaRoutes::register, previewRoutes::register, activityRoutes::register,
                workflowRoutes::register, discussionRoutes::register, translationRoutes::register,
                scheduleRoutes::register, releaseRoutes::register, presenceRoutes::register, mergeRoutes::register,
                experimentRoutes::register, statsRoutes::register, insightsRoutes::register, eventRoutes::register,
                metricsRoutes::register, goalRoutes::register,
                requestRoutes::register,
                stackRoutes::register, glossaryRoutes::register,
                decisionRoutes::register,
                digestRoutes::register, winsRoutes::register);
    }

    /** Starts the HTTP server on the configured host and port (0 picks a free port). */
    public WebServer startServer() {
        clusterSync.start(); // before serving, so no published snapshot is built that a missed message leaves stale
        server = new WebServer(config.maxBodyBytes(), routes(),
                List.of(new MetricsHandler(requestMetrics), delivery.fastPath(), eventRoutes.fastPath()))
                .start(config.host(), config.port());
        webhookDispatcher.start();
        scheduleRunner.start();
        digestRunner.start();
        return server;
    }

    @Override
    public void close() {
        // first, so requests waiting for their events' commit are answered before the server stops
        eventIntake.close();
        eventDerivation.close();
        if (server != null) server.stop();
        webhookDispatcher.close();
        scheduleRunner.close();
        digestRunner.close();
        digestSender.close();
        clusterNotifier.close();
        database.close();
    }
}
