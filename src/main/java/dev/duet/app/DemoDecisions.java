package dev.duet.app;

import dev.duet.access.Role;
import dev.duet.access.User;
import dev.duet.access.Users;
import dev.duet.collab.decisions.DecisionInput;
import dev.duet.collab.decisions.DecisionInput.OptionInput;
import dev.duet.collab.decisions.DecisionOption;
import dev.duet.collab.decisions.Decisions;

import java.util.List;

/**
 * The demo's decisions (journey 5.4): the closed vote on which email tool to keep, with ballots from marketing and IT
 * so the round-by-round result shows, and an open vote on an analytics tool with half the ballots in. Made through
 * the decisions service on the demo's first start; the people are found by email, or created, so other demo data
 * may share them.
 */
final class DemoDecisions {

    /** The demo's people, signing in with the demo admin's password. */
    private record Person(String email, String name, Role role) {
    }

    private static final Person LEA = new Person("lea@acme.example", "Lea Novak", Role.EDITOR);
    private static final Person MIA = new Person("mia@acme.example", "Mia Laurent", Role.APPROVER);
    private static final Person TOM = new Person("tom@acme.example", "Tom Berger", Role.DEVELOPER);
    private static final Person RAJ = new Person("raj@acme.example", "Raj Patel", Role.DEVELOPER);

    private DemoDecisions() {
    }

    static void create(Decisions decisions, Users users, String adminEmail, String password) {
        var admin = find(users, adminEmail);
        var lea = person(users, LEA, password);
        var mia = person(users, MIA, password);
        var tom = person(users, TOM, password);
        var raj = person(users, RAJ, password);
        emailTool(decisions, adminEmail, List.of(admin, lea, mia, tom, raj));
        analyticsTool(decisions, adminEmail, List.of(lea, mia, tom, raj));
    }

    private static void emailTool(Decisions decisions, String actor, List<User> voters) {
        var decision = decisions.create(new DecisionInput("Which email tool do we keep?",
                "Rank the email tools you want us to keep. Leave out any you could not work with.",
                "The stack audit found three tools overlapping in email; together they cost more than the web team. "
                        + "We keep one and move the lists over this quarter.",
                List.of(new OptionInput("Mailchimp", "Campaigns team knows it; 12 seats, 9 active", null),
                        new OptionInput("Brevo", "Cheapest per contact; transactional mail included", null),
                        new OptionInput("HubSpot Email", "Part of the CRM bundle; renews next month", null)),
                voters.stream().map(User::id).toList(), List.of("previous_rounds", "random"), null, null, null), actor);
        decisions.open(decision.id());
        long mailchimp = id(decision.options(), "Mailchimp");
        long brevo = id(decision.options(), "Brevo");
        long hubspot = id(decision.options(), "HubSpot Email");
        // admin, Lea, Mia (marketing); Tom, Raj (IT): HubSpot goes in round 1, Mia's ballot decides round 2
        var ballots = List.of(List.of(mailchimp, hubspot), List.of(mailchimp, brevo), List.of(hubspot, mailchimp),
                List.of(brevo, mailchimp), List.of(brevo, hubspot));
        for (int i = 0; i < voters.size(); i++) {
            decisions.vote(decision.id(), voters.get(i).id(), ballots.get(i).stream().map(List::of).toList());
        }
        decisions.close(decision.id(), actor);
    }

    private static void analyticsTool(Decisions decisions, String actor, List<User> voters) {
        var decision = decisions.create(new DecisionInput("Which web analytics do we standardise on?",
                "Rank the analytics tools for the website and the landing pages.",
                "Duet's own insights now cover content performance; the question is what stays for campaigns.",
                List.of(new OptionInput("Duet insights only", "No extra tool, no cookie banner for it", null),
                        new OptionInput("Plausible", "Privacy-friendly, cheap", null),
                        new OptionInput("Google Analytics 4", "What the agency reports in", null)),
                voters.stream().map(User::id).toList(), List.of("previous_rounds", "fixed_order"), null, null, null),
                actor);
        decisions.open(decision.id());
        var options = decision.options();
        decisions.vote(decision.id(), voters.get(0).id(), List.of(List.of(options.get(2).id()), List.of(options.get(1).id())));
        decisions.vote(decision.id(), voters.get(2).id(), List.of(List.of(options.get(0).id()), List.of(options.get(1).id())));
    }

    private static long id(List<DecisionOption> options, String label) {
        return options.stream().filter(option -> option.label().equals(label)).findFirst().orElseThrow().id();
    }

    private static User person(Users users, Person person, String password) {
        return users.list(0, 1000).stream().filter(user -> user.email().equals(person.email())).findFirst()
                .orElseGet(() -> users.create(person.email(), person.name(), person.role(), password));
    }

    private static User find(Users users, String email) {
        return users.list(0, 1000).stream().filter(user -> user.email().equals(email)).findFirst().orElseThrow();
    }
}
