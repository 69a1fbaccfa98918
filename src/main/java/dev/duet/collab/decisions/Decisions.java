package dev.duet.collab.decisions;

import dev.duet.access.User;
import dev.duet.access.Users;
import dev.duet.failure.NotFound;
import dev.duet.storage.Database;
import org.jdbi.v3.core.Handle;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Decisions by ranked-choice vote: drafting, opening, voting, closing and the round-by-round result. Each change runs
 * in one transaction and checks the decision's state inside it. Ballots are secret: while a vote is open only their
 * own ballot is shown to a voter, and no tally to anyone; once closed the result and the ballots (without names) are
 * shown to everyone who may read. Thread-safe.
 */
public final class Decisions {

    /** Seeds stay below 10^9 so that people (and JavaScript numbers) can read and repeat them exactly. */
    static final int SEED_BOUND = 1_000_000_000;

    /** A voter's own ballot. */
    public record OwnBallot(long decisionId, List<List<Long>> rankings, Instant castAt) {
    }

    /** A closed vote's outcome: the options (for their labels), the turnout and the count round by round. */
    public record Result(long decisionId, String title, List<DecisionOption> options, Decision.Turnout turnout,
                         Tabulation tabulation) {
    }

    private final DecisionRepository repository;
    private final Users users;
    private final Clock clock;
    private final SecureRandom seeds = new SecureRandom();

    public Decisions(Database db, Users users, Clock clock) {
        this.repository = new DecisionRepository(db);
        this.users = users;
        this.clock = clock;
    }

    public List<Decision> list(int offset, int limit) {
        return repository.db().read(handle -> repository.list(handle, offset, limit, clock.instant()));
    }

    public long count() {
        return repository.db().read(repository::count);
    }

    public Decision get(long id) {
        return repository.db().read(handle -> find(handle, id));
    }

    public Decision create(DecisionInput input, String actor) {
        var draft = DecisionRules.draft(input, this::person);
        return repository.db().write(handle -> find(handle, repository.insert(handle, draft, actor, clock.instant())));
    }

    /** Replaces a draft's fields, options and voters; 409 once voting has opened. */
    public Decision redraft(long id, DecisionInput input) {
        var draft = DecisionRules.draft(input, this::person);
        return repository.db().write(handle -> {
            requireStatus(find(handle, id), DecisionStatus.DRAFT, "its options, voters and rules are fixed once voting opens");
            repository.replace(handle, id, draft, clock.instant());
            return find(handle, id);
        });
    }

    /** Opens voting: options, voters and tie-break rules are fixed from now on; the seed is drawn if none was given. */
    public Decision open(long id) {
        return repository.db().write(handle -> {
            var decision = requireStatus(find(handle, id), DecisionStatus.DRAFT, "it was opened before");
            long seed = decision.seed() != null ? decision.seed() : seeds.nextInt(SEED_BOUND);
            repository.markOpen(handle, id, seed, clock.instant());
            return find(handle, id);
        });
    }

    /** Closes voting now; the ballots are fixed and the result can be read. */
    public Decision close(long id, String actor) {
        return repository.db().write(handle -> {
            requireStatus(find(handle, id), DecisionStatus.OPEN, "only an open vote can be closed");
            repository.markClosed(handle, id, actor, clock.instant());
            return find(handle, id);
        });
    }

    /**
     * Deletes a draft or closed decision with its options, voters and ballots; 409 while the vote is open, so nobody's
     * ballot disappears under them (close the vote first).
     */
    public void delete(long id) {
        repository.db().writeVoid(handle -> {
            var decision = find(handle, id);
            if (decision.status() == DecisionStatus.OPEN) {
                throw new DecisionLocked("decision “" + decision.title() + "” is open: close the vote first, then delete it");
            }
            repository.delete(handle, id);
        });
    }

    /** Casts or replaces {@code userId}'s ballot: 403 unless invited, 409 unless the vote is open, 400 for a bad ballot. */
    public OwnBallot vote(long id, long userId, List<List<Long>> rankings) {
        return repository.db().write(handle -> {
            var decision = find(handle, id);
            if (!decision.isVoter(userId)) throw new NotAVoter(id);
            requireStatus(decision, DecisionStatus.OPEN, "ballots are taken only while the vote is open");
            var now = clock.instant();
            if (decision.opensAt() != null && now.isBefore(decision.opensAt())) {
                throw new DecisionLocked("voting on “" + decision.title() + "” starts at " + decision.opensAt());
            }
            var ranks = DecisionRules.ballot(rankings, decision.optionIds());
            repository.saveBallot(handle, id, userId, ranks, now);
            return new OwnBallot(id, ranks, now);
        });
    }

    /** The caller's own ballot, empty when they have not voted. */
    public Optional<OwnBallot> ownBallot(long id, long userId) {
        return repository.db().read(handle -> {
            find(handle, id);
            return repository.ballot(handle, id, userId)
                    .map(ballot -> new OwnBallot(id, ballot.rankings(), ballot.castAt()));
        });
    }

    /** The round-by-round result; 409 while the vote is not closed (tallies are secret until then). */
    public Result result(long id) {
        return repository.db().read(handle -> {
            var decision = requireClosed(find(handle, id));
            var ballots = repository.ballots(handle, id).stream().map(Ballot::new).toList();
            var tabulation = InstantRunoff.tabulate(decision.optionIds(), ballots, decision.tieRules());
            return new Result(id, decision.title(), decision.options(), decision.turnout(), tabulation);
        });
    }

    /** Every ballot's rankings without who cast it, in an order unrelated to voters; 409 until the vote closes. */
    public List<List<List<Long>>> ballots(long id) {
        return repository.db().read(handle -> {
            requireClosed(find(handle, id));
            return repository.ballots(handle, id);
        });
    }

    private Decision find(Handle handle, long id) {
        return repository.find(handle, id, clock.instant()).orElseThrow(() -> new DecisionNotFound(id));
    }

    private static Decision requireClosed(Decision decision) {
        if (decision.status() != DecisionStatus.CLOSED) {
            throw new DecisionLocked("the result of “" + decision.title() + "” is sealed until the vote closes");
        }
        return decision;
    }

    private static Decision requireStatus(Decision decision, DecisionStatus wanted, String why) {
        if (decision.status() != wanted) {
            throw new DecisionLocked("decision “" + decision.title() + "” is " + decision.status().id() + ": " + why);
        }
        return decision;
    }

    private User person(long id) {
        try {
            return users.get(id);
        } catch (NotFound e) {
            return null;
        }
    }
}
