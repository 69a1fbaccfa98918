package dev.duet.schema;

import dev.duet.failure.Conflict;

import java.util.List;

/** Applying would drop story data and the request did not accept that; details list each loss, and nothing changed. */
public class DataLossUnconfirmed extends Conflict {
    public DataLossUnconfirmed(List<SchemaPlan.DataLoss> losses) {
        super("applying this schema would drop data from stories (" + String.join("; ", losses.stream().map(loss ->
                (loss.field() == null ? "bloks of " + loss.component() : loss.component() + "." + loss.field())
                        + " in " + loss.stories() + " stor" + (loss.stories() == 1 ? "y" : "ies")).toList())
                + "); nothing was changed: send \"accept_data_loss\": true to apply it anyway", losses);
    }
}
