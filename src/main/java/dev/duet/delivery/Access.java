package dev.duet.delivery;

/** What a delivery token opens: one space, and drafts too when it is a preview token. */
record Access(long spaceId, boolean preview) {
}
