package dev.duet.collab.stack;

import java.time.Instant;

/** One audit decision on a tool, with why, who took it and when. Decisions are never changed, only added. */
public record ToolDecision(long id, long toolId, Verdict decision, String rationale, String decidedBy, Instant decidedAt) {

    /** A decision as the API sends it: one of keep, consolidate, retire, renegotiate, and the reason. */
    public record Input(String decision, String rationale) {
    }
}
