package dev.duet.app;

import dev.duet.access.Principal;
import dev.duet.access.Role;
import dev.duet.access.User;
import dev.duet.collab.requests.Brief;
import dev.duet.collab.requests.RequestInput;
import dev.duet.collab.requests.RequestLink;
import dev.duet.content.ParentChoice;
import dev.duet.content.StoryFilter;
import dev.duet.content.StoryListing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo's requests between Lea (marketing ops) and Tom (IT lead), as journey 5 tells it: the webinar tracking Tom
 * accepted and is working on, a data pull due soon, a request from IT in review, one rejected, one snoozed and one
 * delivered (which put a win in the feed). Made through the requests' own API on the demo's first start.
 */
final class DemoRequests {

    static final String LEA = "lea@acme.example";
    static final String TOM = "tom@acme.example";

    private DemoRequests() {
    }

    static void add(Wiring wiring, DemoCommand.Demo demo) {
        if (!demo.created()) return;
        var lea = principal(person(wiring, LEA, "Lea Marketing Ops", Role.EDITOR));
        var tom = principal(person(wiring, TOM, "Tom IT Lead", Role.DEVELOPER));
        var today = wiring.requests.today();
        var requests = wiring.requests;
        var triage = wiring.requestTriage;
        var talk = wiring.requestConversation;

        var webinar = requests.file(filing("Tracking for the webinar landing page", "tracking", "it", "high",
                new Brief("We cannot tell which webinar sign-ups came from the newsletter, ads or partners",
                        "Every sign-up on the webinar landing page carries its channel into the CRM",
                        "95% of sign-ups attributed to a channel in the first week",
                        "Visitors of the spring webinar landing page", "UTM capture on the sign-up form; a channel field in the CRM",
                        "Website sign-up form, CRM", "No new cookies; consent banner rules apply"),
                today.plusDays(12), "Registration opens with the newsletter on that day", pricingLink(wiring, demo)), lea);
        long webinarId = webinar.request().id();
        triage.accept(webinarId, tom.userId(), tom);
        triage.move(webinarId, move("in_progress", requests.get(webinarId).request().version(), null), tom);
        talk.comment(webinarId, "Adding UTM capture to the form this week; I'll link the release that ships it.", tom);
        talk.comment(webinarId, "Thanks! The newsletter goes out at 9:00 that morning.", lea);

        requests.file(filing("Export of last quarter's webinar leads", "data_pull", "it", "normal",
                new Brief("The board wants to see lead quality per webinar", "A CSV of leads per webinar with their stage",
                        null, "Leadership", "One CSV", "CRM", null),
                today.plusDays(2), "Board meeting on Thursday", null), lea);

        var banner = requests.file(filing("Consent banner copy for the new analytics tool", "other", "marketing", "high",
                new Brief("The new analytics tool needs consent, and the banner text is legal-only today",
                        "A banner marketers and lawyers both sign off", "Consent rate stays above 70%", "Every visitor",
                        "Banner text in English and German", "Website", "Must name the tool and its purpose"),
                null, null, null), tom);
        long bannerId = banner.request().id();
        triage.accept(bannerId, lea.userId(), lea);
        triage.move(bannerId, move("in_review", requests.get(bannerId).request().version(), null), lea);

        var sandbox = requests.file(filing("Access to the CRM sandbox for the agency", "access", "it", "low",
                new Brief("The agency cannot test the new forms", "The agency tests forms without production data",
                        null, "Our web agency", "Sandbox logins", "CRM", null), null, null, null), lea);
        triage.reject(sandbox.request().id(), "The agency gets a scoped API token instead of logins; I'll send it today.", tom);

        var events = requests.file(filing("Connect the event tool to the CRM", "integration", "it", "normal",
                new Brief("Event sign-ups are copied into the CRM by hand", "Sign-ups flow into the CRM on their own",
                        "No manual imports", "Event attendees", "A sync", "Event tool, CRM", null), null, null, null), lea);
        triage.snooze(events.request().id(), today.plusDays(20).toString(), "After the CRM migration", tom);

        var newsletter = requests.file(filing("Email template for the spring newsletter", "email_template", "it", "normal",
                new Brief("The old template breaks in dark mode", "A template that reads well in every mail client",
                        "No rendering complaints", "Newsletter subscribers", "An HTML template", "Email tool", null),
                null, null, null), lea);
        long newsletterId = newsletter.request().id();
        triage.accept(newsletterId, tom.userId(), tom);
        triage.move(newsletterId, move("done", requests.get(newsletterId).request().version(), null), tom);
    }

    private static RequestInput.Filing filing(String title, String type, String team, String priority, Brief brief,
                                              LocalDate due, String dueReason, RequestLink link) {
        return new RequestInput.Filing(title, type, team, priority, brief, due == null ? null : due.toString(), dueReason,
                List.of(), link == null ? List.of() : List.of(link), null);
    }

    private static RequestInput.Move move(String state, long version, String reason) {
        return new RequestInput.Move(state, null, version, reason);
    }

    /** The demo's Pricing page, which the webinar tracking touches, or null when the demo has none. */
    private static RequestLink pricingLink(Wiring wiring, DemoCommand.Demo demo) {
        var filter = new StoryFilter(new ParentChoice.Unchanged(), null, false, null, null, null, null, null,
                StoryFilter.Sort.DEFAULT);
        return new StoryListing(wiring.database).list(demo.space().id(), filter, 0, 1000).stream()
                .filter(story -> story.slug().equals("pricing")).findFirst()
                .map(story -> new RequestLink("story", demo.space().id(), story.id(), null)).orElse(null);
    }

    /** The demo person with this email; made (with the demo admin's password) when other demo parts have not yet. */
    private static User person(Wiring wiring, String email, String name, Role role) {
        var everyone = new ArrayList<>(wiring.users.list(0, 1000));
        return everyone.stream().filter(user -> user.email().equals(email)).findFirst()
                .orElseGet(() -> wiring.users.create(email, name, role, DemoCommand.ADMIN_PASSWORD));
    }

    private static Principal principal(User user) {
        return new Principal(user.id(), user.email(), user.role(), user.role().permissions(), Principal.Via.SESSION, null);
    }
}
