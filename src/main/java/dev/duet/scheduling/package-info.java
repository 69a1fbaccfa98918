/**
 * Scheduling: publish or unpublish a story, or merge a release, at a planned time (kept with the time zone it was
 * planned in). {@link dev.duet.scheduling.Scheduling} plans and cancels (with feed entries schedule.created and
 * schedule.cancelled); {@link dev.duet.scheduling.ScheduleRunner} runs on every node while the server runs, claims due
 * schedules in the database so each runs exactly once across nodes, runs what came due while no node was up, and
 * records schedule.ran or schedule.failed (the creator is notified of a failure with reason {@code schedule_failed}).
 * Publishing goes through the content feature's {@code StoryPublishing}, so its story hooks apply: a publish the
 * workflow refuses fails the schedule with the refusal as its reason. Release merges go through the
 * {@link dev.duet.scheduling.ReleaseMerger} and {@link dev.duet.scheduling.ReleaseLookup} the composition root binds.
 * Routes: {@code GET/POST /api/spaces/{space_id}/schedules}, {@code GET .../schedules/{schedule_id}} (content:read for
 * reads) and {@code POST .../schedules/{schedule_id}/cancel} (story:publish for writes).
 */
package dev.duet.scheduling;
